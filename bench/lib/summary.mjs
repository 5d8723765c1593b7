// From the runs' raw results to one figure each: numbers by their median, names by the most
// frequent, shifted elements by their mean share. Keys are flat paths ("reader.lcpMs").
import { median } from './phases.mjs';

export function flatten(value, prefix = '', into = {}) {
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    for (const [key, inner] of Object.entries(value))
      flatten(inner, prefix ? `${prefix}.${key}` : key, into);
  } else {
    into[prefix] = value;
  }
  return into;
}

function mostFrequent(values) {
  const counts = new Map();
  for (const value of values) {
    const key = JSON.stringify(value);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const [best] = [...counts.entries()].sort((a, b) => b[1] - a[1]);
  return best ? JSON.parse(best[0]) : null;
}

/** Shifted elements over the runs: each element's mean share, largest first. */
function meanSources(lists) {
  const byName = new Map();
  for (const list of lists)
    for (const { element, value } of list) byName.set(element, (byName.get(element) ?? 0) + value);
  return [...byName.entries()]
    .map(([element, value]) => ({ element, value: Number((value / lists.length).toFixed(4)) }))
    .sort((a, b) => b.value - a.value);
}

export function summarise(runs) {
  const flat = runs.map((run) => flatten(run));
  const keys = [...new Set(flat.flatMap((run) => Object.keys(run)))];
  const summary = {};
  for (const key of keys) {
    const values = flat.map((run) => run[key]).filter((value) => value !== undefined);
    if (values.every((value) => typeof value === 'number' || value === null)) {
      summary[key] = median(values);
    } else if (/(Sources|Scripts)$/.test(key)) {
      summary[key] = meanSources(values.filter(Array.isArray));
    } else {
      summary[key] = mostFrequent(values);
    }
  }
  return summary;
}
