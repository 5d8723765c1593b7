import { W, f } from './svg.mjs';

// Short horizontal strokes on water, longer and thicker nearer the viewer.
export function ripples(p, y0, y1, colour, count, opacity = 0.45, xMin = 0, xMax = W) {
  const { rng } = p;
  const bands = ['', '', ''];
  for (let i = 0; i < count; i++) {
    const t = rng.next() ** 1.4;
    const y = y0 + (y1 - y0) * t;
    const len = 8 + 90 * t * rng.range(0.4, 1);
    bands[Math.min(2, Math.floor(t * 3))] += `M${f(rng.range(xMin, xMax))} ${f(y)}h${f(len)}`;
  }
  bands.forEach((d, i) => p.stroke(d, colour, 1.5 + i * 1.5, `opacity="${opacity}"`));
}

// The sun's or moon's glittering column on the water below it.
export function sunPath(p, x, y0, y1, colour, width) {
  let d = '';
  for (let y = y0 + 4, i = 0; y < y1; y += 6 + i * 1.5, i++) {
    const t = (y - y0) / (y1 - y0);
    const w = width * (0.3 + t * 0.9) * p.rng.range(0.3, 1);
    d += `M${f(x - w / 2 + p.rng.range(-8, 8))} ${f(y)}h${f(w)}`;
  }
  p.stroke(d, colour, 3.5, 'opacity=".7"');
}
