import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

interface SampleItem {
  id: string;
  url: string;
  title: string;
  _reader?: { section?: string; gallery?: unknown[] };
  authors?: { name: string }[];
  summary?: string;
}

interface SamplePage {
  items: SampleItem[];
  next_url?: string;
}

/** The bundled sample feed, read from public/ in feed order, for expectations. */
export function sampleItems(): SampleItem[] {
  const items: SampleItem[] = [];
  let file = 'feed.json';
  let dir = resolve('public');
  for (;;) {
    const path = resolve(dir, file);
    const page = JSON.parse(readFileSync(path, 'utf8')) as SamplePage;
    items.push(...page.items);
    if (!page.next_url) return items;
    const next = resolve(dir, page.next_url);
    dir = resolve(next, '..');
    file = next.slice(dir.length + 1);
  }
}

export function sampleItem(index: number): SampleItem {
  const item = sampleItems()[index];
  if (!item) throw new Error(`The sample feed has no item ${index}`);
  return item;
}
