// Formatting of the bench's tables: cells, one row beside its goal, the Markdown table.
const missing = (value) => value === null || value === undefined;
export const whole = (value) => (missing(value) ? '–' : `${Math.round(value)}`);
export const kib = (value) => (missing(value) ? '–' : value.toFixed(1));
export const mb = (value) => (missing(value) ? '–' : value.toFixed(2));
export const shift = (value) => (missing(value) ? '–' : value.toFixed(3));
export const times = (value) => (missing(value) ? '–' : `${value.toFixed(2)}x`);
/** Element names (with their shift) or file names, the first few. */
export const names = (list, top = 3) =>
  Array.isArray(list) && list.length
    ? list
        .slice(0, top)
        .map((item) =>
          typeof item === 'string' ? item : `${item.element} ${Number(item.value.toFixed(3))}`,
        )
        .join('; ')
    : 'none';
export const ratio = (a, b) =>
  typeof a === 'number' && typeof b === 'number' && b > 0 ? a / b : null;
export const verdict = (met) => (met === null || met === undefined ? '–' : met ? 'yes' : 'NO');
export const atMost = (limit) => (value) => (typeof value === 'number' ? value <= limit : null);
export const isEmpty = (list) => (Array.isArray(list) ? list.length === 0 : null);

/** The figure, the compared page's, ours, ours ÷ theirs, the goal, and whether it is met. */
export function row(
  label,
  theirs,
  ours,
  format,
  goal = '',
  met = null,
  { ratioShown = true } = {},
) {
  const shown = ratioShown ? times(ratio(ours, theirs)) : '';
  return [label, format(theirs), format(ours), shown, goal, verdict(met)];
}

/** A row of names: met when our list is empty. */
export function listRow(label, theirs, ours, goal = 'none') {
  return [label, names(theirs), names(ours), '', goal, verdict(isEmpty(ours))];
}

export function formatTable(header, rows) {
  const all = [header, ...rows];
  const widths = header.map((_, column) =>
    Math.max(...all.map((cells) => String(cells[column]).length)),
  );
  const text = (column) => column === 0 || column >= 4;
  const line = (cells) =>
    `| ${cells
      .map((cell, column) =>
        text(column) ? String(cell).padEnd(widths[column]) : String(cell).padStart(widths[column]),
      )
      .join(' | ')} |`;
  const rule = `|${widths
    .map((width, column) => (text(column) ? '-'.repeat(width + 2) : `${'-'.repeat(width + 1)}:`))
    .join('|')}|`;
  return [line(header), rule, ...rows.map(line)].join('\n');
}
