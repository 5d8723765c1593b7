// Reads a Chromium trace of the reading phase (bench/trace-reading.mjs) into what filled each
// long animation frame: the JS sampling profiler's samples, named by the first frame of their
// stack that tells the kind of work (React's render or commit, Swiper, sanitising, the
// reader's own code), and the trace's rendering events (style, layout, paint, HTML parsing).
// The page's clock is tied to the trace's by a user-timing mark the page made at a known
// performance.now() (`bench:trace-start`).

const RENDERING = new Map([
  ['UpdateLayoutTree', 'style'],
  ['Layout', 'layout'],
  ['PrePaint', 'paint'],
  ['Paint', 'paint'],
  ['Layerize', 'paint'],
  ['Commit', 'paint'],
  ['ParseHTML', 'parse HTML'],
  ['HitTest', 'hit test'],
  ['IntersectionObserverController::computeIntersections', 'intersections'],
]);

// Stack frames that name a kind of work, tried from the top of the stack down: the first
// that matches names the sample. Function names are those of an unminified build
// (`npx vite build --config vite.embed.config.ts --minify false`); a minified one falls to
// "script (file)".
const KINDS = [
  [/swiper/i, null, 'Swiper'],
  [null, /^(sanitize|_sanitize|purify|DOMPurify)/, 'sanitise'],
  [null, /^(setInnerHTML|setValueForProperty|setProp)/, 'React commit: innerHTML'],
  [
    null,
    /^(commitRoot|commitRootImpl|flushLayoutEffects|flushPassiveEffects|commitMutationEffects|commitLayoutEffects|flushMutationEffects|commitPassiveMountEffects|commitPassiveUnmountEffects|flushPendingEffects)/,
    'React commit',
  ],
  [
    null,
    /^(performWorkUntilDeadline|workLoopConcurrent|workLoopSync|performUnitOfWork|beginWork|completeWork|renderRootConcurrent|renderRootSync|performWorkOnRoot)/,
    'React render',
  ],
];

function kindOf(stack) {
  for (const frame of stack) {
    if (frame.functionName === '(garbage collector)') return 'GC';
    for (const [url, name, kind] of KINDS)
      if ((url && url.test(frame.url ?? '')) || (name && name.test(frame.functionName)))
        return kind;
  }
  const top = stack[0];
  if (!top) return 'script';
  if (top.functionName === '(program)') return '(program)';
  return `script (${(top.url ?? '').split('/').pop() || 'native'})`;
}

/** Every sample of the page's main-thread profile: { at (page ms), kind }. */
function samples(events, toPage) {
  const profiles = new Map();
  for (const event of events) {
    if (event.name === 'Profile')
      profiles.set(event.id, {
        pid: event.pid,
        start: event.args.data.startTime,
        nodes: new Map(),
        list: [],
      });
  }
  for (const event of events) {
    if (event.name !== 'ProfileChunk') continue;
    const profile = profiles.get(event.id);
    const data = event.args?.data;
    if (!profile || !data) continue;
    for (const node of data.cpuProfile?.nodes ?? []) profile.nodes.set(node.id, node);
    const ids = data.cpuProfile?.samples ?? [];
    const deltas = data.timeDeltas ?? [];
    let at = profile.last ?? profile.start;
    ids.forEach((id, index) => {
      at += deltas[index] ?? 0;
      profile.list.push({ id, at });
    });
    profile.last = at;
  }
  // The profile with the most samples is the page's main thread.
  const [main] = [...profiles.values()].sort((a, b) => b.list.length - a.list.length);
  if (!main) return [];
  const stackOf = new Map();
  const stack = (id) => {
    if (stackOf.has(id)) return stackOf.get(id);
    const frames = [];
    for (let node = main.nodes.get(id); node; node = main.nodes.get(node.parent))
      frames.push(node.callFrame);
    stackOf.set(id, frames);
    return frames;
  };
  return main.list.map((sample, index) => {
    const next = main.list[index + 1];
    return {
      at: toPage(sample.at),
      ms: next ? (next.at - sample.at) / 1000 : 0,
      kind: kindOf(stack(sample.id)),
    };
  });
}

/** `markAt`: the mark's performance.now() in the page. */
export function readingFrames(events, frames, markAt) {
  const mark = events.find((event) => event.name === 'bench:trace-start');
  if (!mark) throw new Error('no bench:trace-start mark in the trace');
  const toPage = (ts) => markAt + (ts - mark.ts) / 1000;
  const onMain = (event) => event.pid === mark.pid && event.tid === mark.tid;
  const all = samples(events, toPage).filter((sample) => sample.kind !== '(idle)');
  const rendering = events.filter((event) => onMain(event) && RENDERING.has(event.name));
  // The main thread's own work over the whole reading, as wall time and as its CPU time
  // (`tdur`): the CPU time moves less with the machine's load, for before/after comparisons.
  const tasks = events.filter(
    (event) => onMain(event) && /(^|::)RunTask$/.test(event.name) && toPage(event.ts) >= markAt,
  );
  const busy = {
    wallMs: tasks.reduce((sum, task) => sum + (task.dur ?? 0), 0) / 1000,
    cpuMs: tasks.reduce((sum, task) => sum + (task.tdur ?? 0), 0) / 1000,
  };
  return {
    busy,
    frames: frames.map((frame) => {
      const end = frame.start + frame.duration;
      const parts = new Map();
      const add = (name, ms) => parts.set(name, (parts.get(name) ?? 0) + ms);
      for (const sample of all)
        if (sample.at >= frame.start && sample.at < end && sample.kind !== '(program)')
          add(sample.kind, sample.ms);
      for (const event of rendering) {
        const at = toPage(event.ts);
        if (at >= frame.start && at < end) add(RENDERING.get(event.name), (event.dur ?? 0) / 1000);
      }
      return { ...frame, parts };
    }),
  };
}
