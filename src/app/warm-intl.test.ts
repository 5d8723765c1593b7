import { afterEach, describe, expect, it, vi } from 'vitest';
import { warmIntl } from './warm-intl';

/** Counts the formatters built, by kind, while `run` goes on. */
function counting(run: (built: Record<string, number>) => void): void {
  const built: Record<string, number> = { ListFormat: 0, DateTimeFormat: 0 };
  const originals = { ListFormat: Intl.ListFormat, DateTimeFormat: Intl.DateTimeFormat };
  for (const [name, Real] of Object.entries(originals)) {
    const Counted = new Proxy(Real, {
      construct(target, args: unknown[]) {
        built[name] = (built[name] ?? 0) + 1;
        return Reflect.construct(target, args) as object;
      },
    });
    Object.defineProperty(Intl, name, { value: Counted, configurable: true });
  }
  try {
    run(built);
  } finally {
    for (const [name, Real] of Object.entries(originals))
      Object.defineProperty(Intl, name, { value: Real, configurable: true });
  }
}

function fakeWindow(lang: string) {
  const idle: (() => void)[] = [];
  const win = {
    document: { documentElement: { lang } as HTMLElement },
    setTimeout: vi.fn(),
    requestIdleCallback: (task: () => void) => idle.push(task),
  };
  return { win: win as unknown as Parameters<typeof warmIntl>[0], idle };
}

afterEach(() => vi.restoreAllMocks());

describe('warmIntl', () => {
  it('builds the byline’s formatters at an idle moment, not at once', () => {
    counting((built) => {
      const { win, idle } = fakeWindow('en-GB');
      warmIntl(win);
      expect(built).toEqual({ ListFormat: 0, DateTimeFormat: 0 });
      idle.shift()?.();
      expect(built).toEqual({ ListFormat: 1, DateTimeFormat: 1 });
    });
  });

  it('goes on quietly when the page’s language is not a tag Intl accepts', () => {
    const { win, idle } = fakeWindow('not a tag');
    const errors = vi.spyOn(console, 'error');
    warmIntl(win);
    expect(() => {
      while (idle.length) idle.shift()?.();
    }).not.toThrow();
    expect(errors).not.toHaveBeenCalled();
  });
});
