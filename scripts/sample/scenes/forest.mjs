import { hsl, makePalette, mix } from '../draw/colour.mjs';
import { conifer, ridge, treeLine } from '../draw/land.mjs';
import { birds, drawSky, drawSun } from '../draw/sky.mjs';
import { H, W, f, pts } from '../draw/svg.mjs';

export function draw(p) {
  const { rng } = p;
  const pal = makePalette(rng, ['dawn', 'golden', 'mist', 'day']);
  drawSky(p, pal);
  const sx = rng.range(300, 900);
  const sy = rng.range(220, 330);
  drawSun(p, pal, sx, sy, rng.range(40, 56));
  // Sun rays fanning down through the trees.
  let rays = '';
  for (let i = 0; i < 6; i++) {
    const a = (rng.range(20, 160) * Math.PI) / 180;
    const w = rng.range(0.03, 0.07);
    rays += pts([
      [sx, sy],
      [sx + Math.cos(a - w) * 1400, sy + Math.sin(a - w) * 1400],
      [sx + Math.cos(a + w) * 1400, sy + Math.sin(a + w) * 1400],
    ]);
  }
  p.path(rays, pal.sun, 'opacity=".12"');
  const pine = pal.lit(hsl(rng.range(120, 170), rng.range(0.25, 0.4), rng.range(0.2, 0.28)));
  const layers = [
    [430, 0.7, 50, 90, 22],
    [500, 0.5, 70, 130, 30],
    [590, 0.3, 100, 170, 40],
    [690, 0.12, 140, 240, 55],
  ];
  for (const [y, fade, minH, maxH, spacing] of layers) {
    const r = ridge(rng, y, 20);
    p.path(treeLine(rng, r.at, minH, maxH, spacing), pal.fade(pine, fade));
    // A band of mist in front of each layer deepens the sense of distance.
    p.rect(
      0,
      y - 40,
      W,
      80,
      p.linear([
        [0, pal.haze, 0],
        [0.6, pal.haze, 0.45],
        [1, pal.haze, 0],
      ]),
    );
  }
  // Forest floor, a winding trail and big trees framing the picture.
  const floor = ridge(rng, 725, 10);
  p.path(floor.shape(), pal.lit(mix(pine, '#3b2f27', 0.4)));
  const tx = rng.range(450, 750);
  const ty = floor.at(tx) + 4;
  const bend = rng.range(-90, 90);
  p.path(
    `M${f(tx - 5)} ${f(ty)}Q${f(tx + bend)} ${f(ty + 30)} ${f(tx - 90 + bend)} 800H${f(tx + 90 + bend)}Q${f(tx + bend + 30)} ${f(ty + 30)} ${f(tx + 5)} ${f(ty)}Z`,
    pal.lit('#c9a77c'),
    'opacity=".85"',
  );
  let trees = '';
  for (const x of [
    rng.range(-10, 120),
    rng.range(1080, 1210),
    rng.chance(0.5) ? rng.range(180, 280) : rng.range(920, 1020),
  ])
    trees += conifer(x, H + 10, rng.range(420, 560));
  p.path(trees, pal.lit(mix(pine, '#0b1a12', 0.5)));
  birds(p, '#2b2d42', rng.int(2, 3), 90, 200);
}
