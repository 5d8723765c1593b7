// Issue 7's table and item 7: the reader embedded on a plain page beside the peer.
import {
  atMost,
  kib,
  listRow,
  mb,
  whole as count,
  whole as ms,
  names,
  ratio,
  row,
  shift,
  times,
  verdict,
} from './table.mjs';

const CHECKPOINTS = [10, 50, 100];

function memoryRows(s) {
  const at = (who, n, key) => s[`memory.${who}.checkpoints.${n}.${key}`] ?? null;
  const growth = (who, key) => ratio(at(who, 100, key), at(who, 10, key));
  return [
    ['domNodes', 'DOM nodes', count],
    ['jsHeapMB', 'JS heap after GC (MB)', mb],
    ['listeners', 'event listeners (getEventListeners)', count],
  ].flatMap(([key, label, format]) => {
    const all = (who) => CHECKPOINTS.map((n) => format(at(who, n, key))).join(' / ');
    const ours = growth('reader', key);
    return [
      [`${label} at 10 / 50 / 100 articles`, all('peer'), all('reader'), '', '', ''],
      row(`  100 vs 10 articles`, growth('peer', key), ours, times, '<= 1.3x', atMost(1.3)(ours), {
        ratioShown: false,
      }),
    ];
  });
}

export function readerRows(s) {
  const p = (key) => s[`peer.${key}`] ?? null;
  const r = (key) => s[`reader.${key}`] ?? null;
  const both = (key) => [p(key), r(key)];
  const lcpRatio = ratio(r('lcpMs'), p('lcpMs'));
  const lead = r('lcpElement');
  const noRatio = { ratioShown: false };
  const leadAt = (get) =>
    `${count(get('leadImageRequest'))}, after ${names(get('beforeLeadImage'), 5)}`;
  return [
    row(
      'LCP (ms)',
      ...both('lcpMs'),
      ms,
      '<= 1.5x peer',
      lcpRatio === null ? null : lcpRatio <= 1.5,
    ),
    [
      '  LCP element',
      p('lcpElement') ?? '–',
      lead ?? '–',
      '',
      "the first article's lead image",
      verdict(lead ? /01-lead/.test(lead) : null),
    ],
    row('First heading visible (ms)', ...both('headingMs'), ms),
    row(
      'CLS while landing (sum)',
      ...both('landingShift'),
      shift,
      '<= 0.01',
      atMost(0.01)(r('landingShift')),
      noRatio,
    ),
    listRow('  shifted while landing', ...both('landingShiftSources'), 'nothing'),
    row(
      'CLS while reading 10 articles (sum)',
      ...both('readingShift'),
      shift,
      '<= 0.01',
      atMost(0.01)(r('readingShift')),
      noRatio,
    ),
    listRow('  shifted while reading', ...both('readingShiftSources'), 'nothing'),
    row(
      'CLS, landing + reading (web-vitals windows)',
      ...both('cls'),
      shift,
      '<= 0.01',
      atMost(0.01)(r('cls')),
      noRatio,
    ),
    row('INP "Read more" (ms)', ...both('readMoreMs'), ms, '<= 100', atMost(100)(r('readMoreMs'))),
    row(
      'INP "Next slide" (ms)',
      ...both('nextSlideMs'),
      ms,
      '<= 100',
      atMost(100)(r('nextSlideMs')),
    ),
    row(
      'INP Page Down between articles (ms)',
      ...both('pageDownMs'),
      ms,
      '<= 100',
      atMost(100)(r('pageDownMs')),
    ),
    row(
      'JS+CSS before the first scroll (KiB gzip)',
      ...both('jsCssKiB'),
      kib,
      '<= 100',
      atMost(100)(r('jsCssKiB')),
    ),
    row('  JS+CSS files', ...both('jsCssFiles'), count),
    listRow('  chunks of an unused source', ...both('unusedSourceChunks')),
    row('Requests before the first scroll', ...both('requestsBeforeScroll'), count),
    [
      '  the lead image is request #',
      leadAt(p),
      leadAt(r),
      '',
      'no further feed page or carousel before it',
      verdict(Array.isArray(r('beforeLeadImage')) ? r('beforeLeadImage').length === 0 : null),
    ],
    row(
      'Web fonts before the first scroll (KiB)',
      ...both('fontKiB'),
      kib,
      'see the standalone table',
    ),
    row(
      'Long animation frames while reading',
      ...both('longFrames'),
      count,
      '0',
      atMost(0)(r('longFrames')),
    ),
    row(
      '  their blocking time (ms)',
      ...both('longFrameBlockingMs'),
      ms,
      '0',
      atMost(0)(r('longFrameBlockingMs')),
    ),
    listRow('  what ran in them (longest script, frames)', ...both('longFrameScripts'), ''),
    row(
      'Visible wait while reading (ms)',
      ...both('visibleWaitMs'),
      ms,
      '0',
      atMost(0)(r('visibleWaitMs')),
    ),
    row(
      'URL delay after crossing the middle, median (ms)',
      ...both('urlDelayMedianMs'),
      ms,
      '<= 100',
      atMost(100)(r('urlDelayMedianMs')),
    ),
    row('  worst (ms)', ...both('urlDelayMaxMs'), ms, '<= 100', atMost(100)(r('urlDelayMaxMs'))),
    ...memoryRows(s),
  ];
}
