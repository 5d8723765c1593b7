import { makePalette, mix } from '../draw/colour.mjs';
import { ridge, roundTree } from '../draw/land.mjs';
import { birds, drawClouds, drawSky, drawSun } from '../draw/sky.mjs';
import { H, f, pts } from '../draw/svg.mjs';

export function draw(p) {
  const { rng } = p;
  const pal = makePalette(rng, ['dawn', 'day', 'golden', 'mist']);
  const hy = rng.range(360, 420);
  drawSky(p, pal, hy + 60);
  drawSun(p, pal, rng.range(180, 1020), rng.range(110, hy - 120), rng.range(36, 54));
  drawClouds(p, pal, rng.int(2, 4), 60, hy - 160);
  p.path(ridge(rng, hy, 28).shape(), pal.fade(pal.land, 0.55));
  // Crop colours: greens, young wheat, ripe wheat, ploughed earth.
  const crops = ['#7fa650', '#a9c26a', '#e2c35d', '#d9a94e', '#5e8c46', '#b38b5d'].map(pal.lit);
  const bands = [hy + 30, hy + 110, hy + 210, hy + 340];
  const hedge = pal.lit('#36572f');
  bands.forEach((y, i) => {
    const r = ridge(rng, y, 14 + i * 10);
    const shape = r.shape();
    const crop = rng.pick(crops);
    p.path(shape, pal.fade(crop, 0.35 - i * 0.1));
    // Furrows: copies of the field's top edge, spaced wider as they come nearer.
    const id = p.id();
    p.defs.push(`<path id="${id}" d="${r.line}"/>`);
    let rows = '';
    for (let k = 1; k < 14; k++)
      rows += `<use href="#${id}" y="${f(k * (6 + i * 5) * (1 + k * 0.08))}"/>`;
    p.add(
      `<g clip-path="${p.clip(shape)}" fill="none" stroke="${mix(crop, '#3a2e1e', 0.3)}" stroke-width="${1 + i}" opacity=".35">${rows}</g>`,
    );
    // A hedgerow along the top edge: a thick line broken into round bumps.
    p.stroke(r.line, hedge, 8 + i * 4, `stroke-dasharray="${6 + i * 4} ${4 + i * 3}"`);
    if (i === 1) {
      // Farmhouse and barn on the second field.
      const fx = rng.range(150, 950);
      const fy = r.at(fx) + 30;
      p.rect(fx, fy - 40, 60, 40, pal.lit('#f1ebe0'));
      p.path(
        pts([
          [fx - 6, fy - 40],
          [fx + 30, fy - 66],
          [fx + 66, fy - 40],
        ]),
        pal.lit('#6b4e3d'),
      );
      p.rect(fx + 70, fy - 46, 70, 46, pal.lit('#b33f2e'));
      p.path(
        pts([
          [fx + 64, fy - 46],
          [fx + 105, fy - 74],
          [fx + 146, fy - 46],
        ]),
        pal.lit('#5c3a2e'),
      );
      p.rect(fx + 95, fy - 28, 20, 28, pal.lit('#f1ebe0'));
      roundTree(p, fx - 40, fy, 80, pal.lit('#4e7a3c'), '#4a3b30');
    }
    if (i === 2 && rng.chance(0.6)) {
      // Hay bales on this field.
      for (let k = 0; k < 4; k++) {
        const bx = rng.range(80, 1120);
        p.circle(bx, r.at(bx) + 55, 18, pal.lit('#d8b25a'));
        p.circle(bx, r.at(bx) + 55, 7, pal.lit('#b08a3e'));
      }
    }
  });
  if (rng.chance(0.5)) {
    // A wind turbine on the far hills.
    const tx = rng.range(200, 1000);
    const ty = hy - 10;
    p.path(
      pts([
        [tx - 3, ty],
        [tx - 1.5, ty - 150],
        [tx + 1.5, ty - 150],
        [tx + 3, ty],
      ]),
      '#f4f4f2',
    );
    const a = rng.range(0, 120);
    let blades = '';
    for (let k = 0; k < 3; k++) {
      const t = ((a + k * 120) * Math.PI) / 180;
      blades += `M${tx} ${ty - 150}l${f(Math.cos(t) * 80)} ${f(Math.sin(t) * 80)}`;
    }
    p.stroke(blades, '#f4f4f2', 4);
  }
  const tx = rng.chance(0.5) ? rng.range(60, 260) : rng.range(940, 1140);
  roundTree(p, tx, H - 20, 260, pal.lit('#3f6b35'), '#3b2f27');
  birds(p, '#2b2d42', rng.int(3, 5), 90, hy - 150);
}
