import { afterEach, describe, expect, it, vi } from 'vitest';
import { createFakeWindow } from '../test/fake-window';
import { readMark } from './history-mark';
import { createHistorySync, TRAVERSAL_TIMEOUT_MS } from './history-sync';

const ORIGIN = 'https://news.example';
const a = `${ORIGIN}/world/a`;
const b = `${ORIGIN}/world/b`;
const c = `${ORIGIN}/world/c`;

function setup(mode: 'push' | 'replace' = 'push', start = a, storage: Storage | null = null) {
  const fake = createFakeWindow(start);
  const onRestore = vi.fn<(url: string) => void>();
  const sync = createHistorySync({ window: fake.window, mode, onRestore, storage });
  return { fake, sync, onRestore };
}

afterEach(() => {
  vi.useRealTimers();
  sessionStorage.clear();
});

/**
 * The page again after a reload (a new sync on the same window and session storage): showing
 * c, then b, moves back to the entries a, b, c read before instead of pushing new ones.
 */
async function expectReloadToMoveBack(fake: ReturnType<typeof createFakeWindow>) {
  const sync = createHistorySync({
    window: fake.window,
    mode: 'push',
    onRestore: () => undefined,
    storage: sessionStorage,
  });
  sync.show(c);
  sync.show(b);
  await fake.settle();
  expect(fake.entries.map((entry) => entry.url)).toEqual([a, b, c]);
  expect(fake.window.location.href).toBe(b);
}

describe('history sync', () => {
  it('pushes one entry per article, in reading order', () => {
    const { fake, sync } = setup();
    for (const url of [a, b, c]) sync.show(url);
    expect(fake.entries.map((entry) => entry.url)).toEqual([a, b, c]);
    expect(fake.window.history.scrollRestoration).toBe('manual');
  });

  it('moves within history, not adding entries, when scrolling back to a read article', async () => {
    const { fake, sync, onRestore } = setup();
    for (const url of [a, b, c]) sync.show(url);
    sync.show(b);
    await fake.settle();
    expect(fake.entries).toHaveLength(3);
    expect(fake.window.location.href).toBe(b);
    // Our own traversal is not a Back for the reader to act on.
    expect(onRestore).not.toHaveBeenCalled();
  });

  it('gives an article scrolled past too fast its entry, in reading order', async () => {
    const d = `${ORIGIN}/world/d`;
    const { fake, sync } = setup();
    sync.show(a);
    sync.show(c, [b]); // b never crossed the middle on the way down
    expect(fake.entries.map((entry) => entry.url)).toEqual([a, b, c]);
    sync.show(b); // and does on the way up: a move, not a push
    await fake.settle();
    expect(fake.entries.map((entry) => entry.url)).toEqual([a, b, c]);
    sync.show(d, [c]);
    await fake.settle();
    await fake.settle();
    expect(fake.entries.map((entry) => entry.url)).toEqual([a, b, c, d]);
    expect(fake.window.location.href).toBe(d);
  });

  it('tells the reader where Back and Forward landed', async () => {
    const { fake, sync, onRestore } = setup();
    for (const url of [a, b, c]) sync.show(url);
    await fake.traverse(-1);
    expect(onRestore).toHaveBeenLastCalledWith(b);
    await fake.traverse(1);
    expect(onRestore).toHaveBeenLastCalledWith(c);
    // The reader scrolls there; the tracker reports it; nothing more happens.
    sync.show(c);
    expect(fake.entries).toHaveLength(3);
  });

  it('catches up when the reader moved on while a traversal was on its way', async () => {
    const { fake, sync } = setup();
    for (const url of [a, b, c]) sync.show(url);
    sync.show(a); // go(-2) queued
    sync.show(b); // arrives before the popstate
    await fake.settle();
    await fake.settle();
    expect(fake.window.location.href).toBe(b);
    expect(fake.entries.map((entry) => entry.url)).toEqual([a, b, c]);
  });

  it('replaces the home page entry with the first article instead of adding one', () => {
    const { fake, sync } = setup('push', `${ORIGIN}/`);
    sync.show(a);
    sync.show(b);
    expect(fake.entries.map((entry) => entry.url)).toEqual([a, b]);
  });

  it('keeps the host article’s entry when the reader’s first article shows before it', () => {
    const host = `${ORIGIN}/world/host`;
    const fake = createFakeWindow(host);
    const sync = createHistorySync({
      window: fake.window,
      mode: 'push',
      onRestore: vi.fn(),
      openedOnArticle: true,
    });
    sync.show(a); // scrolled straight into the reader's first article
    sync.show(b);
    expect(fake.entries.map((entry) => entry.url)).toEqual([host, a, b]);
  });

  it('in replace mode never grows history', () => {
    const { fake, sync } = setup('replace');
    for (const url of [a, b, c, b, a]) sync.show(url);
    expect(fake.entries).toHaveLength(1);
    expect(fake.window.location.href).toBe(a);
  });

  it('never writes a URL of another origin', () => {
    const { fake, sync } = setup();
    sync.show('https://elsewhere.example/story');
    expect(fake.entries.map((entry) => entry.url)).toEqual([a]);
  });

  it('keeps numbering across a reload, so a later Back lands on the right article', async () => {
    const first = setup();
    for (const url of [a, b]) first.sync.show(url);
    first.sync.dispose();
    // A reload: same entries and state, a new sync.
    const onRestore = vi.fn<(url: string) => void>();
    const sync = createHistorySync({ window: first.fake.window, mode: 'push', onRestore });
    sync.show(b); // the reloaded page shows b first
    sync.show(c);
    expect(first.fake.entries.map((entry) => entry.url)).toEqual([a, b, c]);
    await first.fake.traverse(-2);
    expect(onRestore).toHaveBeenLastCalledWith(a);
  });

  it('keeps the host page’s own history state', () => {
    const fake = createFakeWindow(a);
    fake.window.history.replaceState({ hostKey: 1 }, '');
    createHistorySync({ window: fake.window, mode: 'push', onRestore: () => undefined });
    expect(fake.window.history.state).toMatchObject({ hostKey: 1 });
  });

  it('marks its own entries, and never rewrites one that is not its own', async () => {
    const { fake, sync, onRestore } = setup();
    sync.show(a);
    sync.show(b);
    expect(fake.entries.every((entry) => readMark(entry.state) !== null)).toBe(true);
    // A fragment link in the article (or the page's own script) adds an entry of its own.
    fake.window.history.pushState({ host: 'note' }, '', `${b}#note-1`);
    sync.show(c);
    expect(fake.entries.map((entry) => entry.url)).toEqual([a, b, `${b}#note-1`, c]);
    expect(fake.entries[2]?.state).toEqual({ host: 'note' });
    // Back onto it: nothing to restore, and it stays as the page left it.
    await fake.traverse(-1);
    expect(onRestore).not.toHaveBeenCalled();
    expect(fake.entries[2]?.state).toEqual({ host: 'note' });
    await fake.traverse(-1);
    expect(onRestore).toHaveBeenLastCalledWith(b);
  });

  it('carries on with pushes when a history.go() never lands', async () => {
    vi.useFakeTimers();
    const { fake, sync } = setup();
    for (const url of [a, b, c]) sync.show(url);
    fake.dropOldest(2); // a's and b's entries are gone
    sync.show(a); // go(-2) goes nowhere
    await vi.advanceTimersByTimeAsync(TRAVERSAL_TIMEOUT_MS);
    expect(fake.entries.map((entry) => entry.url)).toEqual([c, a]);
    sync.show(b);
    expect(fake.entries.map((entry) => entry.url)).toEqual([c, a, b]);
    expect(fake.window.location.href).toBe(b);
  });

  it('never calls history.go(0), which would reload the page', async () => {
    const { fake, sync } = setup();
    sync.show(a);
    sync.show(b);
    const go = vi.spyOn(fake.window.history, 'go');
    // The page's script rewrites our entry for b with another URL, keeping our mark.
    fake.window.history.replaceState(fake.window.history.state, '', c);
    sync.show(b);
    await fake.settle();
    expect(go).not.toHaveBeenCalledWith(0);
    expect(fake.window.location.href).toBe(b);
  });

  it('after a reload, moves to the entry of an article read before instead of pushing', async () => {
    const first = setup('push', a, sessionStorage);
    for (const url of [a, b, c]) first.sync.show(url);
    first.sync.dispose();
    await expectReloadToMoveBack(first.fake);
  });

  it('writes what it remembers of the entries at an idle moment, not as an article becomes current', () => {
    vi.useFakeTimers();
    const remembered = () =>
      Array.from({ length: sessionStorage.length }, (_, i) => sessionStorage.key(i)).filter((key) =>
        key?.startsWith('article-reader:history:'),
      );
    const { sync } = setup('push', a, sessionStorage);
    for (const url of [a, b, c]) sync.show(url);
    expect(remembered()).toEqual([]);
    vi.advanceTimersByTime(1000);
    const [key] = remembered();
    expect(JSON.parse(sessionStorage.getItem(key ?? '') ?? '[]')).toHaveLength(3);
    sync.dispose();
  });

  it('after a reload that came before an idle moment, still moves to the entry read before', async () => {
    const first = setup('push', a, sessionStorage);
    for (const url of [a, b, c]) first.sync.show(url);
    // Leaving the page (a reload) writes what waits; nothing else ran in between.
    first.fake.window.dispatchEvent(new Event('pagehide'));
    await expectReloadToMoveBack(first.fake);
  });
});
