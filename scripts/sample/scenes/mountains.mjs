import { hsl, makePalette, mix } from '../draw/colour.mjs';
import { conifer, ridge, treeLine } from '../draw/land.mjs';
import { birds, drawClouds, drawSky, drawSun } from '../draw/sky.mjs';
import { W, f, pts } from '../draw/svg.mjs';
import { ripples } from '../draw/water.mjs';

// A mountain range: faceted peaks, the shadow side darker, snow on the tallest ones.
function range(p, base, minH, maxH, count, rock, snow) {
  const { rng } = p;
  const peaks = [];
  for (let i = 0; i < count; i++)
    peaks.push({ x: (W / (count - 1)) * i + rng.range(-80, 80), h: rng.range(minH, maxH) });
  peaks.sort((a, b) => b.h - a.h);
  for (const { x, h } of peaks) {
    const top = [x, base - h];
    const wl = h * rng.range(1.1, 1.6);
    const wr = h * rng.range(1.1, 1.6);
    const lm = [x - wl * 0.5 + rng.range(-15, 15), base - h * 0.5];
    const rm = [x + wr * 0.5 + rng.range(-15, 15), base - h * 0.5];
    p.path(pts([[x - wl, base + 60], lm, top, rm, [x + wr, base + 60]]), rock);
    if (snow && h > minH + (maxH - minH) * 0.3) {
      const s = rng.range(0.25, 0.4);
      const a = [top[0] + (lm[0] - top[0]) * s, top[1] + (lm[1] - top[1]) * s];
      const b = [top[0] + (rm[0] - top[0]) * s, top[1] + (rm[1] - top[1]) * s];
      const zig = [];
      for (let i = 1; i < 4; i++)
        zig.push([
          a[0] + ((b[0] - a[0]) * i) / 4,
          a[1] + ((b[1] - a[1]) * i) / 4 + (i % 2 ? 14 : -4),
        ]);
      p.path(pts([top, a, ...zig, b]), snow);
    }
    // Light comes from the left: shade the right-hand face of rock and snow alike.
    p.path(
      pts([top, rm, [x + wr, base + 60], [x + rng.range(-10, 30), base + 60]]),
      '#1b2340',
      'opacity=".2"',
    );
  }
}

export function draw(p) {
  const { rng } = p;
  const pal = makePalette(rng, ['dawn', 'day', 'golden', 'dusk', 'mist']);
  drawSky(p, pal);
  drawSun(p, pal, rng.range(180, 1020), rng.range(110, 230), rng.range(34, 50));
  drawClouds(p, pal, rng.int(1, 3), 70, 200);
  const rock = pal.lit(hsl(rng.range(200, 260), rng.range(0.1, 0.2), rng.range(0.42, 0.52)));
  const snow = pal.lit('#f6f7fb');
  range(p, 520, 220, 380, rng.int(5, 7), pal.fade(rock, 0.55), pal.fade(snow, 0.3));
  range(p, 600, 140, 260, rng.int(4, 6), pal.fade(rock, 0.25), pal.fade(snow, 0.12));
  const hills = ridge(rng, rng.range(610, 640), 25);
  p.path(hills.shape(), pal.fade(pal.land, 0.25));
  const pine = pal.lit(mix(pal.land, '#0f2a1e', 0.5));
  p.path(treeLine(rng, hills.at, 30, 60, 22), pal.fade(pine, 0.2));
  if (rng.chance(0.5)) {
    // A lake in front of the forest, catching the sky.
    const ly = rng.range(660, 690);
    p.path(
      `M-10 ${f(ly)}Q600 ${f(ly - 12)} 1210 ${f(ly)}V${f(ly + 60)}Q600 ${f(ly + 75)} -10 ${f(ly + 60)}Z`,
      p.linear([
        [0, mix(pal.sky[2], pal.water[0], 0.4)],
        [1, pal.water[1]],
      ]),
    );
    ripples(p, ly + 5, ly + 60, '#ffffff', 24, 0.35);
  }
  const front = ridge(rng, rng.range(735, 760), 18);
  p.path(front.shape(), pal.lit(mix(pal.land, '#1d3b2a', 0.3)));
  let trees = '';
  for (let i = rng.int(3, 6); i > 0; i--) {
    const x = rng.chance(0.5) ? rng.range(-20, 300) : rng.range(900, 1220);
    trees += conifer(x, front.at(x) + 10, rng.range(120, 230));
  }
  p.path(trees, pine);
  birds(p, '#2b2d42', rng.int(2, 4), 160, 300);
}
