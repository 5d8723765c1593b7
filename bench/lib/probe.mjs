// Installed by addInitScript before any of the page's own scripts, in every document: it
// records what the browser reports (LCP, layout shifts with their sources, long animation
// frames, Event Timing entries), when the first article's heading is on screen, when the
// address changes, when an article crosses the viewport's middle, and how long the reader
// is seen waiting. The bench reads window.__bench afterwards. Self-contained: Playwright
// sends this function's source to the page.
export function probe() {
  const bench = {
    headingAt: null,
    lcp: [],
    shifts: [],
    frames: [],
    events: [],
    urlChanges: [],
    crossings: [],
    waitMs: 0,
    // Set by the bench while it reads: how many articles it wants, so the page's bottom on
    // screen below fewer than that counts as waiting.
    waitFor: 0,
  };
  Object.defineProperty(window, '__bench', { value: bench });

  // A short, readable name for an element: tag, id or first classes, and a lead image's file.
  const describe = (node) => {
    if (!node) return '(removed)';
    const element = node.nodeType === 1 ? node : node.parentElement;
    if (!element) return '(text)';
    let name = element.localName;
    if (element.id) name += `#${element.id}`;
    else if (element.classList.length) name += `.${[...element.classList].slice(0, 2).join('.')}`;
    const src = element.currentSrc || element.getAttribute('src');
    if (src) name += `[${src.split('/').pop()}]`;
    const parent = element.parentElement;
    if (!element.id && parent && parent !== document.body) {
      const up = parent.id ? `#${parent.id}` : parent.classList[0] ? `.${parent.classList[0]}` : '';
      if (up) name = `${parent.localName}${up} > ${name}`;
    }
    return name;
  };

  const observe = (options, onEntry) => {
    try {
      new PerformanceObserver((list) => list.getEntries().forEach(onEntry)).observe({
        buffered: true,
        ...options,
      });
    } catch {
      // An entry type this browser lacks: its figure stays empty.
    }
  };
  // The embed entry's first screen (src/app/first-screen-paint.ts) is replaced by the reader's
  // own article once React commits; an entry read after that has no element, only its URL.
  const describeLcp = (entry) => {
    if (entry.element) {
      const early = entry.element.closest?.('[data-first-screen]') ? ' (first screen)' : '';
      return `${describe(entry.element)}${early}`;
    }
    return entry.url
      ? `img[${entry.url.split('/').pop()}] (first screen, since replaced)`
      : '(removed)';
  };
  observe({ type: 'largest-contentful-paint' }, (entry) =>
    bench.lcp.push({ start: entry.startTime, size: entry.size, element: describeLcp(entry) }),
  );
  observe({ type: 'layout-shift' }, (entry) =>
    bench.shifts.push({
      start: entry.startTime,
      value: entry.value,
      recentInput: entry.hadRecentInput,
      sources: (entry.sources ?? []).map((source) => describe(source.node)),
    }),
  );
  observe({ type: 'long-animation-frame' }, (entry) =>
    bench.frames.push({
      start: entry.startTime,
      duration: entry.duration,
      blocking: entry.blockingDuration,
      // What ran in it: the longest script's invoker and file, to name a long frame's cause.
      script: (() => {
        const [top] = [...(entry.scripts ?? [])].sort((a, b) => b.duration - a.duration);
        if (!top) return null;
        const file = (top.sourceURL ?? '').split('/').pop() || '(page)';
        return `${top.invoker || top.invokerType} in ${file}`;
      })(),
    }),
  );
  observe({ type: 'event', durationThreshold: 16 }, (entry) => {
    if (entry.interactionId)
      bench.events.push({
        name: entry.name,
        interactionId: entry.interactionId,
        start: entry.startTime,
        duration: entry.duration,
      });
  });

  // Every change of the address, with its time: pushes and replaces as they happen.
  let address = location.href;
  const noteAddress = () => {
    if (location.href === address) return;
    address = location.href;
    bench.urlChanges.push({ at: performance.now(), path: location.pathname });
  };
  for (const name of ['pushState', 'replaceState']) {
    const original = History.prototype[name];
    History.prototype[name] = function (...args) {
      const result = original.apply(this, args);
      noteAddress();
      return result;
    };
  }
  window.addEventListener('popstate', noteAddress, true);

  // The first article's heading, checked once a frame until it is on screen with its text.
  const headingVisible = () => {
    // The entry's first screen (a <div>, not yet an article) counts: its heading is on screen.
    const heading = document.querySelector('article h1, article h2, [data-first-screen] h1');
    if (!heading || !heading.textContent.trim()) return false;
    const box = heading.getBoundingClientRect();
    return box.width > 0 && box.height > 0 && box.top < window.innerHeight && box.bottom > 0;
  };
  const watchHeading = () => {
    if (headingVisible()) bench.headingAt = performance.now();
    else requestAnimationFrame(watchHeading);
  };
  requestAnimationFrame(watchHeading);

  // An article "crosses the middle" when it starts covering the viewport's middle line: a
  // 2 px band there is the observer's root. entry.time is the frame that saw it.
  const pathOf = (url) => new URL(url, location.href).pathname;
  let current = null;
  const middle = new IntersectionObserver(
    (entries) => {
      for (const entry of entries) {
        const url = entry.target.getAttribute('data-url');
        if (!entry.isIntersecting || !url || url === current) continue;
        current = url;
        bench.crossings.push({ at: entry.time, path: pathOf(url), addressThen: location.pathname });
      }
    },
    { rootMargin: '-50% 0px -49.8% 0px', threshold: 0 },
  );
  const watched = new WeakSet();
  const watchArticles = () => {
    for (const article of document.querySelectorAll('article[data-url]')) {
      if (watched.has(article)) continue;
      watched.add(article);
      middle.observe(article);
    }
  };
  new MutationObserver(watchArticles).observe(document, { childList: true, subtree: true });

  // Waiting, as the reader sees it: a loading state on screen, or the page's end on screen
  // while the bench still wants more articles. Summed over 100 ms ticks (light, since the
  // probe's own work would otherwise show in the pages' long frames).
  const onScreen = (element) => {
    const box = element.getBoundingClientRect();
    return box.height > 0 && box.bottom > 0 && box.top < window.innerHeight;
  };
  let tick = performance.now();
  setInterval(() => {
    const now = performance.now();
    if (bench.waitFor > 0) {
      const loading = [...document.querySelectorAll('[role="status"]')].some(
        (element) => /loading/i.test(element.textContent) && onScreen(element),
      );
      const atEnd =
        window.scrollY + window.innerHeight >= document.documentElement.scrollHeight - 2 &&
        document.querySelectorAll('article').length < bench.waitFor;
      if (loading || atEnd) bench.waitMs += now - tick;
    }
    tick = now;
  }, 100);
}
