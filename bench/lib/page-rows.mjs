// Issue 8's page figures (the standalone app beside the peer), issue 7.3's startAfter host
// page without and with the reader, and what the publisher hints of issue 7.1 change.
import {
  atMost,
  kib,
  listRow,
  whole as count,
  whole as ms,
  names,
  ratio,
  row,
  shift,
  verdict,
} from './table.mjs';

const atMostPeer = (ours, peer) => (ratio(ours, peer) === null ? null : ratio(ours, peer) <= 1);

export function standaloneRows(s) {
  const p = (key) => s[`peer.${key}`] ?? null;
  const skipped = s['standalone.skipped'];
  const fonts = (key) => s[`${skipped ? 'standaloneClient' : 'standalone'}.${key}`] ?? null;
  const page = skipped ? 'client-rendered app' : 'server-rendered page';
  const rows = [
    row(
      `Web fonts before the first scroll, ${page} (KiB)`,
      p('fontKiB'),
      fonts('fontKiB'),
      kib,
      '<= 60',
      atMost(60)(fonts('fontKiB')),
    ),
    [
      '  font files; preloaded in the HTML',
      count(p('fontFiles')),
      `${count(fonts('fontFiles'))}; ${count(fonts('preloadedFonts'))} preloaded`,
      '',
      "the headline's face preloaded",
      verdict(fonts('preloadedFonts') === null ? null : fonts('preloadedFonts') > 0),
    ],
  ];
  if (skipped)
    return [...rows, ['Server-rendered page (npm run serve)', '', 'skipped', '', skipped, '–']];
  const st = (key) => s[`standalone.${key}`] ?? null;
  return [
    ...rows,
    row(
      'Server-rendered page: first heading (ms)',
      p('headingMs'),
      st('headingMs'),
      ms,
      '<= 1.0x peer',
      atMostPeer(st('headingMs'), p('headingMs')),
    ),
    row(
      'Server-rendered page: LCP (ms)',
      p('lcpMs'),
      st('lcpMs'),
      ms,
      '<= 1.0x peer',
      atMostPeer(st('lcpMs'), p('lcpMs')),
    ),
    ['  LCP element', p('lcpElement') ?? '–', st('lcpElement') ?? '–', '', '', ''],
    row(
      'Server-rendered page: CLS while landing',
      p('landingShift'),
      st('landingShift'),
      shift,
      '<= 0.01',
      atMost(0.01)(st('landingShift')),
      { ratioShown: false },
    ),
    row(
      'Server-rendered page: JS+CSS before the first scroll (KiB)',
      p('jsCssKiB'),
      st('jsCssKiB'),
      kib,
    ),
  ];
}

export function startAfterRows(s) {
  const w = (key) => s[`startAfter.with.${key}`] ?? null;
  const wo = (key) => s[`startAfter.without.${key}`] ?? null;
  const lcpSame =
    w('lcpMs') === null || wo('lcpMs') === null
      ? null
      : Math.abs(w('lcpMs') - wo('lcpMs')) <= Math.max(50, 0.1 * wo('lcpMs'));
  const clsSame =
    w('cls') === null || wo('cls') === null ? null : Math.abs(w('cls') - wo('cls')) <= 0.005;
  const early = w('readerRequestsBeforeLoad');
  return [
    row('Host page LCP (ms)', wo('lcpMs'), w('lcpMs'), ms, 'equal (within 10% or 50 ms)', lcpSame),
    row(
      'Host page CLS (landing + 12 wheel steps)',
      wo('cls'),
      w('cls'),
      shift,
      'equal (within 0.005)',
      clsSame,
      { ratioShown: false },
    ),
    listRow('  shifted', wo('shiftSources'), w('shiftSources'), 'nothing'),
    [
      'Reader requests before `load`, beyond the entry',
      '',
      Array.isArray(early) ? `${early.length}: ${names(early, 4)}` : '–',
      '',
      '0',
      verdict(Array.isArray(early) ? early.length === 0 : null),
    ],
    row(
      'Entry module (KiB gzip, headers included)',
      null,
      w('entryModuleKiB'),
      kib,
      '<= 10',
      atMost(10)(w('entryModuleKiB')),
      { ratioShown: false },
    ),
    row('Host page load event (ms)', wo('loadMs'), w('loadMs'), ms),
  ];
}

export function hintRows(s) {
  const plain = (key) => s[`reader.${key}`] ?? null;
  return [
    ['module', 'modulepreload of the bundle'],
    ['feed', 'preload of the first feed page'],
    ['both', 'both'],
  ].flatMap(([hints, label]) => {
    const hinted = (key) => s[`hints-${hints}.${key}`] ?? null;
    return [
      row(`LCP (ms), + ${label}`, plain('lcpMs'), hinted('lcpMs'), ms),
      row('  first heading (ms)', plain('headingMs'), hinted('headingMs'), ms),
    ];
  });
}
