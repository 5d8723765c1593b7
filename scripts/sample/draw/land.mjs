import { mix } from './colour.mjs';
import { H, W, f, pts } from './svg.mjs';

/** A wavy horizon line: returns at(x) and the filled shape from the line down to `bottom`. */
export function ridge(rng, y, amp) {
  const f1 = rng.range(0.003, 0.008);
  const f2 = rng.range(0.012, 0.022);
  const p1 = rng.range(0, 7);
  const p2 = rng.range(0, 7);
  const at = (x) => y + amp * (0.75 * Math.sin(x * f1 + p1) + 0.25 * Math.sin(x * f2 + p2));
  const line = [];
  for (let x = -100; x <= W + 100; x += 70) line.push([x, at(x)]);
  return {
    at,
    line: smooth(line),
    shape: (bottom = H) => `${smooth(line)}L${W + 100} ${bottom}L-100 ${bottom}Z`,
  };
}

// Smooth curve through points: quadratic segments that meet at the midpoints.
export function smooth(list) {
  let d = `M${f(list[0][0])} ${f(list[0][1])}`;
  for (let i = 1; i < list.length - 1; i++) {
    const [x, y] = list[i];
    const [nx, ny] = list[i + 1];
    d += `Q${f(x)} ${f(y)} ${f((x + nx) / 2)} ${f((y + ny) / 2)}`;
  }
  const [lx, ly] = list[list.length - 1];
  return `${d}L${f(lx)} ${f(ly)}`;
}

// A dense conifer forest seen from afar: a zigzag of spiky crowns along the ground line.
export function treeLine(rng, at, minH, maxH, spacing, bottom = H) {
  let d = `M-20 ${bottom}L-20 ${f(at(-20))}`;
  for (let x = -20; x < W + 20;) {
    const s = spacing * rng.range(0.7, 1.3);
    const h = rng.range(minH, maxH);
    const g = at(x + s / 2);
    d += `L${f(x + s / 2)} ${f(g - h)}L${f(x + s)} ${f(g - h * rng.range(0.2, 0.35))}`;
    x += s;
  }
  return `${d}L${W + 20} ${bottom}Z`;
}

// One conifer in three tiers (returned as path data so trees of a colour share a path).
export function conifer(x, y, h) {
  let d = `M${f(x - h * 0.035)} ${f(y)}v${f(-h * 0.16)}h${f(h * 0.07)}v${f(h * 0.16)}Z`;
  for (let i = 0; i < 3; i++) {
    const top = y - h + i * h * 0.24;
    const base = y - h * 0.55 + i * h * 0.2;
    const half = h * (0.13 + i * 0.07);
    d += `M${f(x)} ${f(top)}L${f(x + half)} ${f(base)}L${f(x - half)} ${f(base)}Z`;
  }
  return d;
}

// A round deciduous tree with a lighter crown highlight, the usual flat-illustration shading.
export function roundTree(p, x, y, h, leaf, trunk) {
  const r = h * 0.32;
  p.rect(x - h * 0.035, y - h * 0.45, h * 0.07, h * 0.45, trunk);
  p.circle(x, y - h + r, r, leaf);
  p.circle(x - r * 0.3, y - h + r * 0.75, r * 0.55, mix(leaf, '#ffffff', 0.12));
}

/**
 * A row of buildings along `base` from x0 to x1, all in one colour. Windows: 'columns'
 * (glass strips, daytime), 'grid' (individually lit windows, evening) or none.
 */
export function skyline(
  p,
  {
    x0 = -20,
    x1 = W + 20,
    base,
    minH,
    maxH,
    fill,
    windows = null,
    glass,
    lit,
    litChance = 0.35,
    minW = 40,
    maxW = 110,
  },
) {
  const { rng } = p;
  let body = '';
  let glassD = '';
  let litD = '';
  let budget = 260; // caps the number of window shapes so the file stays small
  for (let x = x0 - rng.range(0, 40); x < x1;) {
    const w = rng.range(minW, maxW);
    const h = rng.range(minH, maxH);
    const top = base - h;
    body += `M${f(x)} ${f(base)}V${f(top)}h${f(w)}V${f(base)}Z`;
    const roof = rng.next();
    if (roof < 0.2) {
      body += pts([
        [x + w * 0.15, top + 1],
        [x + w * 0.15, top - h * 0.08],
        [x + w * 0.85, top - h * 0.08],
        [x + w * 0.85, top + 1],
      ]);
    } else if (roof < 0.32) {
      body += `M${f(x + w / 2 - 1.5)} ${f(top + 1)}v${f(-rng.range(30, 70))}h3v${f(rng.range(30, 70))}Z`;
    } else if (roof < 0.42 && w < 90) {
      body += pts([
        [x, top + 1],
        [x + w / 2, top - w * 0.45],
        [x + w, top + 1],
      ]);
    }
    if (windows === 'columns' && h > 60) {
      const cols = Math.max(1, Math.floor((w - 12) / 16));
      const gap = (w - cols * 8) / (cols + 1);
      for (let c = 0; c < cols; c++)
        glassD += `M${f(x + gap + c * (8 + gap))} ${f(top + 14)}h8V${f(base - 10)}h-8Z`;
    } else if (windows === 'grid') {
      const cols = Math.max(1, Math.floor((w - 10) / 18));
      const gap = (w - cols * 8) / (cols + 1);
      for (let y = top + 14; y < base - 22 && budget > 0; y += 22) {
        for (let c = 0; c < cols; c++) {
          if (!rng.chance(litChance)) continue;
          litD += `M${f(x + gap + c * (8 + gap))} ${f(y)}h8v11h-8Z`;
          budget--;
        }
      }
    }
    x += w + rng.range(-12, 4);
  }
  p.path(body, fill);
  if (glassD) p.path(glassD, glass ?? mix(fill, '#ffffff', 0.25), 'opacity=".6"');
  if (litD) p.path(litD, lit ?? '#ffd27a');
}
