import { ACCENTS, mix } from '../draw/colour.mjs';
import { smooth } from '../draw/land.mjs';
import { H, W, f } from '../draw/svg.mjs';

export function draw(p) {
  const { rng } = p;
  const dark = rng.chance(0.35);
  const bg = dark ? '#15203a' : rng.pick(['#f6f1e7', '#f3f4f0', '#eef3f6']);
  const ink = dark ? '#e8e6df' : '#1f2a44';
  const grid = dark ? '#2c3a5c' : '#d8d3c7';
  const [main, second, third] = [...ACCENTS].sort(() => rng.next() - 0.5);
  p.rect(0, 0, W, H, bg);
  // Placeholder "headline" bars stand in for a chart title without any text.
  p.rect(100, 70, 14, 44, main);
  p.add(
    `<rect x="130" y="72" width="${f(rng.range(360, 520))}" height="20" rx="10" fill="${ink}"/><rect x="130" y="102" width="${f(rng.range(220, 340))}" height="12" rx="6" fill="${grid}"/>`,
  );
  const [x0, x1, y0, y1] = [140, 1100, 180, 660];
  let gridD = '';
  for (let i = 0; i < 5; i++) gridD += `M${x0} ${f(y0 + (i * (y1 - y0)) / 5)}H${x1}`;
  p.stroke(gridD, grid, 2, 'stroke-dasharray="6 8"');
  let ticks = '';
  for (let i = 0; i <= 5; i++) ticks += `M${x0 - 40} ${f(y0 + (i * (y1 - y0)) / 5)}h24`;
  p.stroke(ticks, grid, 8);
  // Data: a random walk with a trend, scaled into the plot area.
  const n = rng.int(10, 16);
  const trend = rng.range(-0.05, 0.08);
  let v = 0;
  const walk = Array.from({ length: n }, () => (v += trend + rng.range(-0.12, 0.12)));
  // Rescale into a band of the plot so no series is clipped or flattened against the top.
  const [lo, hi] = [Math.min(...walk), Math.max(...walk)];
  const [bottom, top] = [rng.range(0.12, 0.35), rng.range(0.75, 0.92)];
  const data = walk.map((w) => bottom + ((w - lo) / (hi - lo || 1)) * (top - bottom));
  const step = (x1 - x0) / n;
  const kind = rng.pick(['bars', 'line', 'combo']);
  if (kind !== 'line') {
    let bars = '';
    data.forEach((d, i) => {
      if (i < n - 1)
        bars += `M${f(x0 + i * step + step * 0.18)} ${y1}V${f(y1 - d * (y1 - y0))}h${f(step * 0.64)}V${y1}Z`;
    });
    p.path(bars, kind === 'combo' ? mix(second, bg, 0.35) : second);
    const d = data[n - 1];
    p.path(
      `M${f(x0 + (n - 1) * step + step * 0.18)} ${y1}V${f(y1 - d * (y1 - y0))}h${f(step * 0.64)}V${y1}Z`,
      main,
    );
  }
  if (kind !== 'bars') {
    const series =
      kind === 'combo'
        ? [data.map((d) => d * rng.range(0.7, 0.95))]
        : [data, data.map((d) => Math.max(0.08, d * rng.range(0.4, 0.7) + rng.range(-0.06, 0.06)))];
    series.forEach((s, k) => {
      const points = s.map((d, i) => [x0 + (i + 0.5) * step, y1 - d * (y1 - y0)]);
      const colour = k ? third : main;
      if (k === 0 && kind === 'line') {
        p.path(
          `${smooth(points)}L${f(points[n - 1][0])} ${y1}L${f(points[0][0])} ${y1}Z`,
          p.linear([
            [0, colour, 0.35],
            [1, colour, 0],
          ]),
        );
      }
      p.stroke(smooth(points), colour, 6, 'stroke-linejoin="round"');
      const [lx, ly] = points[n - 1];
      p.circle(lx, ly, 18, colour, 'opacity=".25"');
      p.circle(lx, ly, 9, colour);
    });
  }
  if (rng.chance(0.5)) {
    // An annotation: a dashed marker line with a small flag.
    const mx = x0 + (rng.int(2, n - 3) + 0.5) * step;
    p.stroke(`M${f(mx)} ${y0 - 10}V${y1}`, ink, 2, 'stroke-dasharray="4 6" opacity=".6"');
    p.add(`<rect x="${f(mx + 8)}" y="${y0 - 14}" width="90" height="14" rx="7" fill="${grid}"/>`);
  }
  p.stroke(`M${x0} ${y1}H${x1}`, ink, 4);
  let xt = '';
  for (let i = 0; i < n; i += 2) xt += `M${f(x0 + (i + 0.5) * step - 16)} ${y1 + 30}h32`;
  p.stroke(xt, grid, 8);
  // Legend swatches.
  p.circle(140, 730, 9, main);
  p.rect(160, 724, 110, 12, grid, 'rx="6"');
  p.circle(320, 730, 9, kind === 'line' ? third : second);
  p.rect(340, 724, 90, 12, grid, 'rx="6"');
}
