import { afterEach, describe, expect, it, vi } from 'vitest';

const PUBLISHED = '2026-11-25T06:45:00Z';
const zone = process.env.TZ;

afterEach(() => {
  process.env.TZ = zone;
  vi.resetModules();
});

/** The byline and React as a fresh process would load them: formatters made anew. */
async function load() {
  vi.resetModules();
  const [{ Byline }, { createElement, act }] = await Promise.all([
    import('./byline'),
    import('react'),
  ]);
  const byline = (language?: string) =>
    createElement(Byline, {
      authors: ['Ana Reyes'],
      published: PUBLISHED,
      modified: null,
      language,
    });
  return { byline, act };
}

describe('byline dates', () => {
  it('hydrate without a mismatch on a browser in another time zone, then show its own time', async () => {
    // The server, in UTC.
    process.env.TZ = 'UTC';
    const { renderToString } = await import('react-dom/server');
    const html = renderToString((await load()).byline('en-GB'));
    expect(html).toContain('25 Nov 2026, 06:45 UTC');

    // The reader's browser, thirteen hours ahead.
    process.env.TZ = 'Pacific/Auckland';
    const { byline, act } = await load();
    const { hydrateRoot } = await import('react-dom/client');
    const container = document.createElement('div');
    container.innerHTML = html;
    document.body.append(container);
    const onRecoverableError = vi.fn();
    let root: ReturnType<typeof hydrateRoot> | undefined;
    act(() => {
      root = hydrateRoot(container, byline('en-GB'), { onRecoverableError });
    });
    expect(onRecoverableError).not.toHaveBeenCalled();
    expect(container.querySelector('time')?.textContent).toBe('25 Nov 2026, 19:45');
    expect(container.querySelector('time')?.getAttribute('datetime')).toBe(PUBLISHED);
    act(() => root?.unmount());
    container.remove();
  });

  it('render the same text on any server for an article without a language', async () => {
    process.env.TZ = 'America/Los_Angeles';
    const { renderToString } = await import('react-dom/server');
    expect(renderToString((await load()).byline())).toContain('25 Nov 2026, 06:45 UTC');
  });
});
