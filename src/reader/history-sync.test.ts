import { describe, expect, it, vi } from 'vitest';
import { createFakeWindow } from '../test/fake-window';
import { createHistorySync } from './history-sync';

const ORIGIN = 'https://news.example';
const a = `${ORIGIN}/world/a`;
const b = `${ORIGIN}/world/b`;
const c = `${ORIGIN}/world/c`;

function setup(mode: 'push' | 'replace' = 'push', start = a) {
  const fake = createFakeWindow(start);
  const onRestore = vi.fn<(url: string) => void>();
  const sync = createHistorySync({ window: fake.window, mode, onRestore });
  return { fake, sync, onRestore };
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
});
