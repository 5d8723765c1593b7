// Reads a Chromium trace of the embed page's landing (bench/trace-landing.mjs) into the
// critical path's milestones, in ms from the navigation's start, and what the main thread
// did between the app chunk's arrival and LCP (the kinds overlap: a forced layout inside a
// script call counts in both).

/** [key, label] in the order they are printed. */
export const MILESTONES = [
  ['entrySent', 'entry module (article-reader.js) requested'],
  ['entryDone', '  arrived'],
  ['entryRun', '  runs'],
  ['feedSent', 'first feed page requested'],
  ['feedDone', '  arrived'],
  ['chunkSent', 'app chunk (mount-reader-*.js) requested'],
  ['chunkDone', '  arrived'],
  ['chunkRun', '  runs (module evaluation starts)'],
  ['chunkRunMs', '  its evaluation (ms)'],
  ['firstArticle', "first article in the page (React's first commit)"],
  ['imageSent', 'lead picture requested'],
  ['imageDone', '  arrived'],
  ['heading', 'first heading on screen'],
  ['lcp', 'LCP'],
  ['busyMs', 'main thread busy from chunk arrival to LCP (ms)'],
  ['busyChunkMs', '  the chunk’s evaluation'],
  ['busyScriptMs', '  script calls (React’s tasks, timers, callbacks)'],
  ['busyLayoutMs', '  style and layout'],
  ['busyPaintMs', '  paint'],
  ['busyGcMs', '  garbage collection'],
];

const ms = (micros) => micros / 1000;

export function landingMilestones(events, pageSide) {
  const navigation = events
    .filter(
      (event) =>
        event.name === 'navigationStart' &&
        event.args?.data?.isLoadingMainFrame &&
        /^https?:/.test(event.args.data.documentLoaderURL ?? ''),
    )
    .at(-1);
  if (!navigation) return { ...pageSide };
  const t0 = navigation.ts;
  const onMain = (event) => event.pid === navigation.pid && event.tid === navigation.tid;
  const at = (event) => (event ? ms(event.ts - t0) : null);
  const end = (event) => (event ? ms(event.ts + (event.dur ?? 0) - t0) : null);

  const sent = events.filter((event) => event.name === 'ResourceSendRequest' && event.ts >= t0);
  const request = (pattern) => {
    const first = sent.find((event) => pattern.test(event.args?.data?.url ?? ''));
    if (!first) return { sent: null, done: null, url: null };
    const id = first.args.data.requestId;
    const done = events.find(
      (event) => event.name === 'ResourceFinish' && event.args?.data?.requestId === id,
    );
    return { sent: at(first), done: at(done), url: first.args.data.url };
  };
  const entry = request(/\/article-reader\.js(\?|$)/);
  const feed = request(/\.json(\?|$)/);
  const chunk = request(/\/chunks\/mount-reader-[\w-]+\.js$/);
  const image = request(/\/media\/[^?]+\.(svg|jpe?g|png|webp|avif)(\?|$)/);

  // A module's evaluation carries no URL: it is the first on the main thread after its compile.
  const evaluation = (url) => {
    if (!url) return null;
    const compiled = events.find(
      (event) =>
        event.name === 'v8.compileModule' &&
        (event.args?.fileName ?? event.args?.data?.url) === url,
    );
    if (!compiled) return null;
    return (
      events.find(
        (event) => event.name === 'v8.evaluateModule' && onMain(event) && event.ts >= compiled.ts,
      ) ?? null
    );
  };
  const entryRun = evaluation(entry.url);
  const chunkRun = evaluation(chunk.url);

  const from = chunk.done;
  const to = pageSide.lcp;
  const within = (name) =>
    from === null || to === null
      ? null
      : events
          .filter(
            (event) =>
              onMain(event) &&
              (typeof name === 'string' ? event.name === name : name.test(event.name)) &&
              at(event) >= from &&
              end(event) <= to,
          )
          .reduce((sum, event) => sum + ms(event.dur ?? 0), 0);
  const busy = within('RunTask');
  const chunkMs = chunkRun ? ms(chunkRun.dur ?? 0) : null;
  const script = within('FunctionCall');
  // What each long task of the path ran: its first script call, idle callback, timer or
  // module evaluation, else the rendering work in it.
  const tasks = events
    .filter(
      (event) =>
        onMain(event) &&
        event.name === 'RunTask' &&
        ms(event.dur ?? 0) >= 20 &&
        entryRun !== null &&
        event.ts >= entryRun.ts - 1000 &&
        (to === null || at(event) <= to),
    )
    .map((task) => {
      const inside = events.filter(
        (event) =>
          onMain(event) &&
          event.ts >= task.ts &&
          event.ts + (event.dur ?? 0) <= task.ts + task.dur &&
          event !== task &&
          ms(event.dur ?? 0) >= 2,
      );
      const named = inside.find((event) =>
        /^(v8\.evaluateModule|FunctionCall|FireIdleCallback|TimerFire|FireAnimationFrame|EventDispatch|ParseHTML)$/.test(
          event.name,
        ),
      );
      const data = named?.args?.data ?? {};
      const source = (data.url ?? '').split('/').pop();
      const what = named
        ? `${named.name}${data.functionName ? ` ${data.functionName}` : ''}${source ? ` (${source})` : ''}${data.type ? ` ${data.type}` : ''}`
        : (inside.map((event) => event.name).find((name) => /Layout|Paint|GC/.test(name)) ??
          '(other)');
      const layout = inside
        .filter((event) => /^(UpdateLayoutTree|Layout)$/.test(event.name))
        .reduce((sum, event) => sum + ms(event.dur ?? 0), 0);
      return {
        at: at(task),
        ms: ms(task.dur),
        what: layout >= 5 ? `${what}; style and layout ${Math.round(layout)} ms` : what,
      };
    });
  return {
    tasks,
    entrySent: entry.sent,
    entryDone: entry.done,
    entryRun: at(entryRun),
    feedSent: feed.sent,
    feedDone: feed.done,
    chunkSent: chunk.sent,
    chunkDone: chunk.done,
    chunkRun: at(chunkRun),
    chunkRunMs: chunkMs,
    firstArticle: pageSide.firstArticle,
    imageSent: image.sent,
    imageDone: image.done,
    heading: pageSide.heading,
    lcp: pageSide.lcp,
    busyMs: busy,
    busyChunkMs: chunkMs,
    busyScriptMs: script,
    busyLayoutMs: within(/^(UpdateLayoutTree|Layout)$/),
    busyPaintMs: within(/^(Paint|PrePaint|Layerize|Commit)$/),
    busyGcMs: within(/^(MinorGC|MajorGC|V8\.GC_SCAVENGER|BlinkGC\.AtomicPhase)$/),
  };
}
