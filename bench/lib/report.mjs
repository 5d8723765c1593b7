// The tables: every figure of issue 7's table and item 7, and issue 8's page figures, beside
// the peer's, the ratio and the goal, with whether the goal is met.
const ms = (value) => (value === null || value === undefined ? '–' : `${Math.round(value)}`);
const kib = (value) => (value === null || value === undefined ? '–' : value.toFixed(1));
const shift = (value) => (value === null || value === undefined ? '–' : value.toFixed(3));
const count = (value) => (value === null || value === undefined ? '–' : `${Math.round(value)}`);
const times = (value) => (value === null || value === undefined ? '–' : `${value.toFixed(2)}x`);
const names = (list, top = 3) =>
  Array.isArray(list) && list.length
    ? list
        .slice(0, top)
        .map((item) =>
          typeof item === 'string' ? item : `${item.element} ${item.value.toFixed(3)}`,
        )
        .join('; ')
    : 'none';
const ratio = (a, b) => (typeof a === 'number' && typeof b === 'number' && b > 0 ? a / b : null);
const verdict = (met) => (met === null || met === undefined ? '–' : met ? 'yes' : 'NO');
const atMost = (limit) => (value) => (typeof value === 'number' ? value <= limit : null);

/** One row: the figure, the peer's, ours, ours/peer, the goal, met. */
function row(label, peer, ours, format, goal, met, showRatio = true) {
  return [
    label,
    format(peer),
    format(ours),
    showRatio ? times(ratio(ours, peer)) : '',
    goal,
    verdict(met),
  ];
}

function growth(s, who, key) {
  return ratio(s[`memory.${who}.checkpoints.100.${key}`], s[`memory.${who}.checkpoints.10.${key}`]);
}

function memoryRows(s) {
  const rows = [];
  for (const [key, label, format] of [
    ['domNodes', 'DOM nodes', count],
    [
      'jsHeapMB',
      'JS heap after GC (MB)',
      (v) => (v === null || v === undefined ? '–' : v.toFixed(2)),
    ],
    ['listeners', 'event listeners (getEventListeners)', count],
  ]) {
    const at = (who) =>
      [10, 50, 100]
        .map((n) => format(s[`memory.${who}.checkpoints.${n}.${key}`] ?? null))
        .join(' / ');
    rows.push([`${label} at 10 / 50 / 100 articles`, at('peer'), at('reader'), '', '', '']);
    const ours = growth(s, 'reader', key);
    rows.push(
      row(
        `${label}, 100 vs 10 articles`,
        growth(s, 'peer', key),
        ours,
        times,
        '<= 1.3x',
        atMost(1.3)(ours),
        false,
      ),
    );
  }
  return rows;
}

export function readerRows(s) {
  const p = (key) => s[`peer.${key}`] ?? null;
  const r = (key) => s[`reader.${key}`] ?? null;
  const lcpRatio = ratio(r('lcpMs'), p('lcpMs'));
  const lead = r('lcpElement');
  return [
    row(
      'LCP (ms)',
      p('lcpMs'),
      r('lcpMs'),
      ms,
      '<= 1.5x peer',
      lcpRatio === null ? null : lcpRatio <= 1.5,
    ),
    [
      'LCP element',
      p('lcpElement') ?? '–',
      lead ?? '–',
      '',
      "the first article's lead image",
      verdict(lead ? /01-lead/.test(lead) : null),
    ],
    row('First heading visible (ms)', p('headingMs'), r('headingMs'), ms, '', null),
    row(
      'CLS while landing (sum)',
      p('landingShift'),
      r('landingShift'),
      shift,
      '<= 0.01',
      atMost(0.01)(r('landingShift')),
      false,
    ),
    [
      '  shifted while landing',
      names(p('landingShiftSources')),
      names(r('landingShiftSources')),
      '',
      'nothing',
      verdict(r('landingShiftSources') ? r('landingShiftSources').length === 0 : null),
    ],
    row(
      'CLS while reading 10 articles (sum)',
      p('readingShift'),
      r('readingShift'),
      shift,
      '<= 0.01',
      atMost(0.01)(r('readingShift')),
      false,
    ),
    [
      '  shifted while reading',
      names(p('readingShiftSources')),
      names(r('readingShiftSources')),
      '',
      'nothing',
      verdict(r('readingShiftSources') ? r('readingShiftSources').length === 0 : null),
    ],
    row(
      'CLS, landing + reading (web-vitals windows)',
      p('cls'),
      r('cls'),
      shift,
      '<= 0.01',
      atMost(0.01)(r('cls')),
      false,
    ),
    row(
      'INP "Read more" (ms)',
      p('readMoreMs'),
      r('readMoreMs'),
      ms,
      '<= 100',
      atMost(100)(r('readMoreMs')),
    ),
    row(
      'INP "Next slide" (ms)',
      p('nextSlideMs'),
      r('nextSlideMs'),
      ms,
      '<= 100',
      atMost(100)(r('nextSlideMs')),
    ),
    row(
      'INP Page Down between articles (ms)',
      p('pageDownMs'),
      r('pageDownMs'),
      ms,
      '<= 100',
      atMost(100)(r('pageDownMs')),
    ),
    row(
      'JS+CSS before the first scroll (KiB gzip)',
      p('jsCssKiB'),
      r('jsCssKiB'),
      kib,
      '<= 100',
      atMost(100)(r('jsCssKiB')),
    ),
    row('  JS+CSS files', p('jsCssFiles'), r('jsCssFiles'), count, '', null),
    [
      '  chunks of an unused source',
      names(p('unusedSourceChunks')),
      names(r('unusedSourceChunks')),
      '',
      'none',
      verdict(Array.isArray(r('unusedSourceChunks')) ? r('unusedSourceChunks').length === 0 : null),
    ],
    row(
      'Requests before the first scroll',
      p('requestsBeforeScroll'),
      r('requestsBeforeScroll'),
      count,
      '',
      null,
    ),
    [
      '  lead image is request #, after',
      `${count(p('leadImageRequest'))}, ${names(p('beforeLeadImage'), 5)}`,
      `${count(r('leadImageRequest'))}, ${names(r('beforeLeadImage'), 5)}`,
      '',
      'no feed page or carousel before it',
      verdict(Array.isArray(r('beforeLeadImage')) ? r('beforeLeadImage').length === 0 : null),
    ],
    row(
      'Web fonts before the first scroll (KiB)',
      p('fontKiB'),
      r('fontKiB'),
      kib,
      '(standalone row below)',
      null,
    ),
    row(
      'Long animation frames while reading',
      p('longFrames'),
      r('longFrames'),
      count,
      '0',
      atMost(0)(r('longFrames')),
    ),
    row(
      '  their blocking time (ms)',
      p('longFrameBlockingMs'),
      r('longFrameBlockingMs'),
      ms,
      '0',
      atMost(0)(r('longFrameBlockingMs')),
    ),
    row(
      'Visible wait while reading (ms)',
      p('visibleWaitMs'),
      r('visibleWaitMs'),
      ms,
      '0',
      atMost(0)(r('visibleWaitMs')),
    ),
    row(
      'URL delay after crossing the middle, median (ms)',
      p('urlDelayMedianMs'),
      r('urlDelayMedianMs'),
      ms,
      '<= 100',
      atMost(100)(r('urlDelayMedianMs')),
    ),
    row(
      'URL delay, worst (ms)',
      p('urlDelayMaxMs'),
      r('urlDelayMaxMs'),
      ms,
      '<= 100',
      atMost(100)(r('urlDelayMaxMs')),
    ),
    ...memoryRows(s),
  ];
}

export function standaloneRows(s) {
  const p = (key) => s[`peer.${key}`] ?? null;
  const skipped = s['standalone.skipped'];
  const fonts = skipped ? 'standaloneClient' : 'standalone';
  const fontKiB = s[`${fonts}.fontKiB`] ?? null;
  const preloaded = s[`${fonts}.preloadedFonts`] ?? null;
  const rows = [
    row(
      `Web fonts before the first scroll, ${skipped ? 'client-rendered app' : 'server-rendered page'} (KiB)`,
      p('fontKiB'),
      fontKiB,
      kib,
      '<= 60',
      atMost(60)(fontKiB),
    ),
    [
      '  font files; preloaded in the HTML',
      count(p('fontFiles')),
      `${count(s[`${fonts}.fontFiles`] ?? null)}; ${count(preloaded)} preloaded`,
      '',
      "the headline's face preloaded",
      verdict(preloaded === null ? null : preloaded > 0),
    ],
  ];
  if (skipped) {
    rows.push(['Server-rendered page (npm run serve)', '', 'skipped', '', skipped, '–']);
    return rows;
  }
  const heading = s['standalone.headingMs'] ?? null;
  const lcp = s['standalone.lcpMs'] ?? null;
  return [
    ...rows,
    row(
      'Server-rendered page: first heading (ms)',
      p('headingMs'),
      heading,
      ms,
      '<= 1.0x peer',
      ratio(heading, p('headingMs')) === null ? null : ratio(heading, p('headingMs')) <= 1,
    ),
    row(
      'Server-rendered page: LCP (ms)',
      p('lcpMs'),
      lcp,
      ms,
      '<= 1.0x peer',
      ratio(lcp, p('lcpMs')) === null ? null : ratio(lcp, p('lcpMs')) <= 1,
    ),
    ['  LCP element', p('lcpElement') ?? '–', s['standalone.lcpElement'] ?? '–', '', '', ''],
    row(
      'Server-rendered page: CLS while landing',
      p('landingShift'),
      s['standalone.landingShift'] ?? null,
      shift,
      '<= 0.01',
      atMost(0.01)(s['standalone.landingShift'] ?? null),
      false,
    ),
  ];
}

/** The startAfter page: "peer" column = without the reader, "ours" = with it. */
export function startAfterRows(s) {
  const w = (key) => s[`startAfter.with.${key}`] ?? null;
  const wo = (key) => s[`startAfter.without.${key}`] ?? null;
  const lcpRatio = ratio(w('lcpMs'), wo('lcpMs'));
  const lcpSame =
    lcpRatio === null
      ? null
      : Math.abs(w('lcpMs') - wo('lcpMs')) <= Math.max(50, 0.1 * wo('lcpMs'));
  const before = w('readerRequestsBeforeLoad');
  return [
    row('Host page LCP (ms)', wo('lcpMs'), w('lcpMs'), ms, 'equal (within 10% or 50 ms)', lcpSame),
    row(
      'Host page CLS (landing + 12 wheel steps)',
      wo('cls'),
      w('cls'),
      shift,
      'equal (within 0.005)',
      w('cls') === null ? null : Math.abs(w('cls') - wo('cls')) <= 0.005,
      false,
    ),
    [
      '  shifted',
      names(wo('shiftSources')),
      names(w('shiftSources')),
      '',
      'nothing',
      verdict(Array.isArray(w('shiftSources')) ? w('shiftSources').length === 0 : null),
    ],
    [
      'Reader requests before `load`, beyond the entry',
      '',
      Array.isArray(before) ? `${before.length}: ${names(before, 4)}` : '–',
      '',
      '0',
      verdict(Array.isArray(before) ? before.length === 0 : null),
    ],
    row(
      'Entry module (KiB gzip, with headers)',
      null,
      w('entryModuleKiB'),
      kib,
      '<= 10',
      atMost(10)(w('entryModuleKiB')),
      false,
    ),
    row('Host page load event (ms)', wo('loadMs'), w('loadMs'), ms, '', null),
  ];
}

export function hintRows(s) {
  const plain = (key) => s[`reader.${key}`] ?? null;
  const hinted = (key) => s[`hinted.${key}`] ?? null;
  return [
    row(
      'Reader LCP, without / with modulepreload + feed preload (ms)',
      plain('lcpMs'),
      hinted('lcpMs'),
      ms,
      '(what the hints save)',
      null,
    ),
    row(
      'Reader first heading, without / with the hints (ms)',
      plain('headingMs'),
      hinted('headingMs'),
      ms,
      '',
      null,
    ),
  ];
}

export function formatTable(header, rows) {
  const all = [header, ...rows];
  const widths = header.map((_, column) =>
    Math.max(...all.map((cells) => String(cells[column]).length)),
  );
  const line = (cells) =>
    `| ${cells.map((cell, column) => (column === 0 || column >= 4 ? String(cell).padEnd(widths[column]) : String(cell).padStart(widths[column]))).join(' | ')} |`;
  const rule = `|${widths.map((width, column) => (column === 0 || column >= 4 ? '-'.repeat(width + 2) : `${'-'.repeat(width + 1)}:`)).join('|')}|`;
  return [line(header), rule, ...rows.map(line)].join('\n');
}
