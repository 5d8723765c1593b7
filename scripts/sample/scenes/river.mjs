import { makePalette, mix } from '../draw/colour.mjs';
import { ridge, roundTree, smooth, treeLine } from '../draw/land.mjs';
import { birds, drawClouds, drawSky, drawSun } from '../draw/sky.mjs';
import { H, f } from '../draw/svg.mjs';
import { ripples } from '../draw/water.mjs';

export function draw(p) {
  const { rng } = p;
  const pal = makePalette(rng, ['dawn', 'day', 'golden', 'dusk', 'mist']);
  const hy = rng.range(370, 420);
  drawSky(p, pal, hy + 40);
  drawSun(p, pal, rng.range(180, 1020), rng.range(100, hy - 130), rng.range(34, 50));
  drawClouds(p, pal, rng.int(2, 3), 60, hy - 180);
  p.path(ridge(rng, hy - 10, 30).shape(), pal.fade(pal.land, 0.6));
  const mid = ridge(rng, hy + 10, 15);
  p.path(mid.shape(), pal.fade(pal.land, 0.35));
  p.path(treeLine(rng, mid.at, 12, 26, 12), pal.fade(mix(pal.land, '#17301f', 0.4), 0.35));
  // Meadows getting darker towards the viewer.
  p.path(ridge(rng, hy + 30, 6).shape(), mix(pal.land, pal.haze, 0.12));
  p.path(ridge(rng, hy + 120, 20).shape(), pal.land);
  p.path(ridge(rng, hy + 260, 30).shape(), mix(pal.land, '#1d3b22', 0.18));

  // The river winds from the horizon towards the viewer, widening with perspective.
  const top = hy + 28;
  const x0 = rng.range(450, 750);
  const x1 = rng.range(350, 850);
  const bend = rng.range(-160, 160);
  const centre = (t) => x0 + (x1 - x0) * t + bend * Math.sin(t * Math.PI * 1.5) * t;
  const width = (t) => 12 + 640 * t ** 1.8;
  const side = (sign) =>
    Array.from({ length: 17 }, (_, i) => {
      const t = i / 16;
      return [centre(t) + (sign * width(t)) / 2, top + (H - top) * t];
    });
  const left = side(-1);
  const right = side(1).reverse();
  const water = `${smooth(left)}L${smooth(right).slice(1)}Z`;
  p.path(
    water,
    p.linear([
      [0, mix(pal.sky[2], pal.water[0], 0.3)],
      [1, pal.water[1]],
    ]),
    `stroke="${mix(pal.land, '#3b2f27', 0.35)}" stroke-width="6"`,
  );
  p.add(`<g clip-path="${p.clip(water)}">`);
  ripples(p, top, H, mix(pal.water[0], '#ffffff', 0.4), 60, 0.5);
  p.add('</g>');

  if (rng.chance(0.55)) {
    // A stone bridge with arches across the middle distance.
    const t = rng.range(0.25, 0.4);
    const y = top + (H - top) * t;
    const c = centre(t);
    const span = width(t) + 160;
    const thick = 30 + 60 * t;
    const stone = pal.lit('#b9a58c');
    let d = `M${f(c - span / 2)} ${f(y - thick)}h${f(span)}v${f(thick + 8)}h${f(-span)}Z`;
    const arches = 3;
    const aw = span / arches;
    for (let i = 0; i < arches; i++)
      d += `M${f(c - span / 2 + aw * (i + 0.15))} ${f(y + 8)}a${f(aw * 0.35)} ${f(thick * 0.6)} 0 0 1 ${f(aw * 0.7)} 0Z`;
    p.path(d, stone, 'fill-rule="evenodd"');
    p.rect(c - span / 2 - 10, y - thick - 8, span + 20, 10, mix(stone, '#000000', 0.2));
  }

  // Trees along both banks, drawn far to near.
  const leaf = pal.lit(mix(pal.land, '#1d3b22', 0.35));
  const trees = [];
  for (let i = 0; i < 14; i++) {
    const t = rng.range(0.05, 0.9);
    const sign = rng.chance(0.5) ? -1 : 1;
    trees.push({ t, x: centre(t) + sign * (width(t) / 2 + rng.range(30, 200) * (0.3 + t)) });
  }
  trees.sort((a, b) => a.t - b.t);
  for (const { t, x } of trees) {
    const y = top + (H - top) * t;
    const h = 50 + 260 * t;
    if (rng.chance(0.4))
      p.add(
        `<ellipse cx="${f(x)}" cy="${f(y - h * 0.55)}" rx="${f(h * 0.16)}" ry="${f(h * 0.5)}" fill="${mix(leaf, '#0f2416', 0.2)}"/>`,
      );
    else roundTree(p, x, y, h, leaf, '#4a3b30');
  }
  // Reeds in the near corner.
  let reeds = '';
  const rx = rng.chance(0.5) ? 60 : 1000;
  for (let i = 0; i < 18; i++)
    reeds += `M${f(rx + i * 8 + rng.range(-4, 4))} ${H}q${f(rng.range(-8, 14))} -60 ${f(rng.range(-20, 30))} ${f(-rng.range(70, 150))}`;
  p.stroke(reeds, pal.lit('#4d6b2f'), 4);
  birds(p, '#2b2d42', rng.int(2, 4), 120, hy - 140);
}
