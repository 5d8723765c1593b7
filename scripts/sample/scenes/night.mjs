import { makePalette, mix } from '../draw/colour.mjs';
import { skyline } from '../draw/land.mjs';
import { drawSky, drawSun } from '../draw/sky.mjs';
import { H, W, f } from '../draw/svg.mjs';
import { ripples, sunPath } from '../draw/water.mjs';

export function draw(p) {
  const { rng } = p;
  const pal = makePalette(rng, ['night']);
  const shore = rng.range(590, 630);
  drawSky(p, pal, shore + 10);
  let small = '';
  let big = '';
  for (let i = 0; i < 70; i++) {
    const star = `M${f(rng.range(0, W))} ${f(rng.next() ** 1.5 * (shore - 150))}h0`; // denser high up
    if (rng.chance(0.8)) small += star;
    else big += star;
  }
  p.stroke(small, '#ffffff', 2, 'opacity=".6"');
  p.stroke(big, '#fff6d8', 3.5, 'opacity=".9"');
  const moonX = rng.range(160, 1040);
  drawSun(p, pal, moonX, rng.range(100, 200), rng.range(30, 44));
  skyline(p, {
    base: shore,
    minH: 160,
    maxH: 380,
    fill: mix(pal.sky[1], '#000000', 0.15),
    windows: 'grid',
    litChance: 0.08,
    lit: '#c9a95f',
    minW: 50,
    maxW: 120,
  });
  skyline(p, {
    base: shore,
    minH: 70,
    maxH: 250,
    fill: '#0c1026',
    windows: 'grid',
    litChance: 0.3,
    lit: '#ffd27a',
  });

  // Water: the lights of the town and the moon broken into trembling strokes.
  p.rect(
    0,
    shore,
    W,
    H - shore,
    p.linear([
      [0, pal.water[0]],
      [1, pal.water[1]],
    ]),
  );
  sunPath(p, moonX, shore, H, pal.sun, 90);
  const colours = ['#ffd27a', '#ffb86b', '#f6e7b0'];
  colours.forEach((c) => {
    let d = '';
    for (let i = 0; i < 11; i++) {
      const x = rng.range(0, W);
      for (let y = shore + 6; y < shore + rng.range(60, 170); y += rng.range(8, 14))
        d += `M${f(x + rng.range(-6, 6))} ${f(y)}h${f(rng.range(4, 14))}`;
    }
    p.stroke(d, c, 3, 'opacity=".55"');
  });
  if (rng.chance(0.6)) {
    // A suspension bridge strung with lamps.
    const y = shore - rng.range(10, 30);
    const a = rng.range(250, 450);
    const b = a + rng.range(350, 550);
    p.rect(-10, y, W + 20, 12, '#0a0d1f');
    p.stroke(`M${f(a)} ${f(y)}V${f(y - 150)}M${f(b)} ${f(y)}V${f(y - 150)}`, '#0a0d1f', 12);
    const cable = `M-10 ${f(y - 40)}Q${f(a / 2)} ${f(y - 40)} ${f(a)} ${f(y - 150)}Q${f((a + b) / 2)} ${f(y + 10)} ${f(b)} ${f(y - 150)}Q${f((b + W) / 2)} ${f(y - 40)} 1210 ${f(y - 40)}`;
    p.stroke(cable, '#0a0d1f', 3);
    p.stroke(cable, '#ffe6a3', 4, 'stroke-dasharray="0 26"');
    p.stroke(`M0 ${f(y + 4)}H1200`, '#ffe6a3', 4, 'stroke-dasharray="0 30"');
  }
  ripples(p, shore + 10, H, '#8fa3dc', 30, 0.25);
}
