import { hsl, makePalette, mix } from '../draw/colour.mjs';
import { roundTree, skyline } from '../draw/land.mjs';
import { drawClouds, drawSky, drawSun } from '../draw/sky.mjs';
import { H, W, f } from '../draw/svg.mjs';

export function draw(p) {
  const { rng } = p;
  const pal = makePalette(rng, ['dawn', 'day', 'golden', 'dusk', 'mist']);
  const ground = rng.range(610, 650);
  drawSky(p, pal, ground);
  drawSun(p, pal, rng.range(200, 1000), rng.range(120, 260), rng.range(34, 50));
  drawClouds(p, pal, rng.int(2, 3), 60, 220);
  const evening = pal.name === 'dusk';
  const stone = pal.lit(hsl(rng.range(200, 240), rng.range(0.12, 0.25), rng.range(0.32, 0.42)));
  skyline(p, {
    base: ground,
    minH: 180,
    maxH: 360,
    fill: pal.fade(stone, 0.62),
    minW: 50,
    maxW: 120,
  });
  skyline(p, {
    base: ground,
    minH: 120,
    maxH: 280,
    fill: pal.fade(stone, 0.35),
    windows: evening ? 'grid' : 'columns',
    litChance: 0.18,
  });
  // Front row in a few warm brick and plaster tones, so the street reads as lived-in.
  const fronts = [pal.lit('#b5654a'), pal.lit('#d9b38c'), pal.lit('#7b8f9a')];
  for (let i = 0; i < 3; i++) {
    const x0 = i * 400 + rng.range(-40, 60);
    skyline(p, {
      x0,
      x1: x0 + rng.range(150, 280),
      base: ground,
      minH: 80,
      maxH: 200,
      fill: fronts[i],
      windows: 'grid',
      litChance: evening ? 0.55 : 0.75,
      lit: evening ? '#ffd27a' : mix(pal.sky[1], '#ffffff', 0.4),
      minW: 60,
      maxW: 120,
    });
  }

  // Street: pavement, road with lane marks, a tram, lamps and trees.
  p.rect(0, ground, W, 28, pal.lit('#c9c3b8'));
  p.rect(0, ground + 28, W, H - ground - 28, pal.lit('#4a4e5a'));
  let dashes = '';
  for (let x = rng.range(-40, 0); x < W; x += 110) dashes += `M${f(x)} ${f(ground + 112)}h55`;
  p.stroke(dashes, '#f1e9d2', 6, 'opacity=".8"');
  const tx = rng.range(120, 760);
  const ty = ground + 36;
  const tram = pal.accents[0];
  p.add(`<rect x="${f(tx)}" y="${f(ty)}" width="330" height="84" rx="16" fill="${tram}"/>`);
  let win = '';
  for (let i = 0; i < 6; i++) win += `M${f(tx + 18 + i * 52)} ${f(ty + 14)}h38v28h-38Z`;
  p.path(win, evening ? '#ffe3a3' : mix(pal.sky[1], '#ffffff', 0.3));
  p.rect(tx, ty + 56, 330, 6, '#ffffff', 'opacity=".5"');
  p.stroke(`M${f(tx + 120)} ${f(ty)}l30 -30h60`, '#2b2d42', 3);
  let lamps = '';
  for (let x = rng.range(60, 120); x < W; x += 260) {
    roundTree(p, x + 130, ground + 24, rng.range(110, 150), pal.lit('#4f7d4a'), '#4a3b30');
    lamps += `M${f(x)} ${f(ground + 24)}v-130h12`;
  }
  p.stroke(lamps, '#2b2d42', 4);
}
