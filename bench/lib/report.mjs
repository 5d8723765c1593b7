// The printed report: one table per comparison, each figure beside its goal; and the
// problems of a run (failed visits, page errors, sessions that stopped short).
import { hintRows, standaloneRows, startAfterRows } from './page-rows.mjs';
import { readerRows } from './reader-rows.mjs';
import { formatTable } from './table.mjs';

const columns = (theirs, ours, ratio) => ['figure', theirs, ours, ratio, 'goal', 'met'];

export function report(summary, header) {
  return [
    header,
    '',
    'Reader (embedded on a plain page, JSON Feed) beside the peer:',
    '',
    formatTable(columns('peer', 'reader', 'reader/peer'), readerRows(summary)),
    '',
    'Standalone app beside the peer:',
    '',
    formatTable(columns('peer', 'standalone', 'ratio'), standaloneRows(summary)),
    '',
    'startAfter: the host page with a server-rendered article, without and with the reader:',
    '',
    formatTable(columns('without', 'with reader', 'with/without'), startAfterRows(summary)),
    '',
    'Publisher hints (README) on the reader page: without and with each:',
    '',
    formatTable(columns('without', 'with', 'with/without'), hintRows(summary)),
  ].join('\n');
}

export function problems(result, targetArticles, where = '') {
  const found = [];
  if (!result || typeof result !== 'object') return found;
  if (result.failed) found.push(`${where}: failed: ${result.failed}`);
  if (result.stoppedAt) found.push(`${where}: stopped at ${result.stoppedAt} articles`);
  if (result.reachedTarget === false)
    found.push(`${where}: did not reach ${targetArticles} articles`);
  for (const error of result.errors ?? []) found.push(`${where}: page error: ${error}`);
  for (const [key, inner] of Object.entries(result))
    if (inner && typeof inner === 'object' && !Array.isArray(inner))
      found.push(...problems(inner, targetArticles, where ? `${where}.${key}` : key));
  return found;
}
