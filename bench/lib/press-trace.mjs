// Reads a Chromium trace of one press (bench/trace-next-slide.mjs): the main thread's trace
// events from the input to the frame that presented it, summed by name (nested events are
// each counted, so a FunctionCall holds its own microtasks), largest first. The page's clock
// is tied to the trace's by the user-timing mark `bench:press`, made at `markAt` (page ms).

/** [[event name, ms]] of the renderer's main thread within the Event Timing entry `press`. */
export function pressFrame(events, markAt, press) {
  const mark = events.find((event) => event.name === 'bench:press');
  if (!mark) return [];
  const main = events.find(
    (event) =>
      event.ph === 'M' &&
      event.name === 'thread_name' &&
      event.pid === mark.pid &&
      event.args?.name === 'CrRendererMain',
  );
  const toTrace = (pageMs) => mark.ts + (pageMs - markAt) * 1000;
  const from = toTrace(press.start);
  const to = toTrace(press.start + press.duration);
  const sums = new Map();
  for (const event of events) {
    if (event.ph !== 'X' || event.pid !== mark.pid || (main && event.tid !== main.tid)) continue;
    if (event.ts + (event.dur ?? 0) < from || event.ts > to) continue;
    // Only the part inside the press's window.
    const ms = (Math.min(to, event.ts + event.dur) - Math.max(from, event.ts)) / 1000;
    const detail =
      event.name === 'EventDispatch'
        ? `EventDispatch ${event.args?.data?.type ?? ''}`
        : event.name === 'FunctionCall'
          ? `FunctionCall ${(event.args?.data?.url ?? '').split('/').pop()}:${event.args?.data?.functionName ?? ''}`
          : event.name;
    sums.set(detail, (sums.get(detail) ?? 0) + ms);
  }
  return [...sums.entries()].filter(([, ms]) => ms >= 0.5).sort((a, b) => b[1] - a[1]);
}

/** [[function (file), ms]] of the JS profiler's samples between `from` and `to` (page ms). */
export function pressSamples(events, markAt, from, to) {
  const mark = events.find((event) => event.name === 'bench:press');
  if (!mark) return [];
  const toPage = (ts) => markAt + (ts - mark.ts) / 1000;
  const profiles = new Map();
  for (const event of events)
    if (event.name === 'Profile' && event.pid === mark.pid)
      profiles.set(event.id, { start: event.args.data.startTime, nodes: new Map(), list: [] });
  for (const event of events) {
    const profile = event.name === 'ProfileChunk' ? profiles.get(event.id) : null;
    const data = event.args?.data;
    if (!profile || !data) continue;
    for (const node of data.cpuProfile?.nodes ?? []) profile.nodes.set(node.id, node);
    let at = profile.last ?? profile.start;
    (data.cpuProfile?.samples ?? []).forEach((id, index) => {
      at += data.timeDeltas?.[index] ?? 0;
      profile.list.push({ id, at });
    });
    profile.last = at;
  }
  const [main] = [...profiles.values()].sort((a, b) => b.list.length - a.list.length);
  if (!main) return [];
  const sums = new Map();
  main.list.forEach((sample, index) => {
    const next = main.list[index + 1];
    const at = toPage(sample.at);
    if (!next || at < from || at > to) return;
    // Named by the innermost frame of the page's own code, or by the top frame.
    const frames = [];
    for (let node = main.nodes.get(sample.id); node; node = main.nodes.get(node.parent))
      frames.push(node.callFrame);
    const own = frames.find((frame) => /\.js$/.test(frame.url ?? '')) ?? frames[0];
    if (!own || own.functionName === '(idle)') return;
    const name = `${own.functionName || '(anonymous)'} (${(own.url ?? '').split('/').pop()})`;
    sums.set(name, (sums.get(name) ?? 0) + (next.at - sample.at) / 1000);
  });
  return [...sums.entries()].filter(([, ms]) => ms >= 0.5).sort((a, b) => b[1] - a[1]);
}
