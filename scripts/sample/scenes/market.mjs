import { makePalette } from '../draw/colour.mjs';
import { figure } from '../draw/figure.mjs';
import { drawClouds, drawSky } from '../draw/sky.mjs';
import { H, W, f, pts } from '../draw/svg.mjs';

export function draw(p) {
  const { rng } = p;
  const palette = makePalette(rng, ['day', 'golden', 'dawn', 'mist']);
  const ground = rng.range(500, 540);
  drawSky(p, palette, ground);
  drawClouds(p, palette, 2, 40, 120);
  // Town houses behind the square, pastel fronts with gables and windows.
  const fronts = ['#e9c46a', '#f4a261', '#e76f51', '#a8dadc', '#f1faee', '#c9ada7', '#b7c9a8'].map(
    palette.lit,
  );
  for (let x = rng.range(-60, 0); x < W;) {
    const w = rng.range(130, 200);
    const h = rng.range(210, 320);
    const c = rng.pick(fronts);
    const top = ground - h;
    p.path(
      pts([
        [x, ground],
        [x, top],
        [x + w / 2, top - rng.range(30, 70)],
        [x + w, top],
        [x + w, ground],
      ]),
      c,
    );
    let win = '';
    const cols = w > 165 ? 3 : 2;
    for (let y = top + 30; y < ground - 70; y += 62) {
      for (let k = 0; k < cols; k++)
        win += `M${f(x + (w / cols) * (k + 0.5) - 13)} ${f(y)}h26v38h-26Z`;
    }
    p.path(win, palette.lit('#36454f'), 'opacity=".75"');
    p.rect(x, top - 2, w, 6, '#ffffff', 'opacity=".35"');
    x += w;
  }
  p.rect(0, ground, W, H - ground, palette.lit('#cdbfa8'));
  let cobbles = '';
  for (let y = ground + 30; y < H; y += 34 + (y - ground) * 0.12) cobbles += `M0 ${f(y)}H${W}`;
  p.stroke(cobbles, palette.lit('#b3a48c'), 3, 'stroke-dasharray="26 14"');
  // Bunting: triangle flags hanging from two sagging strings.
  for (const [y0, y1, sag] of [
    [rng.range(40, 90), rng.range(120, 170), 90],
    [rng.range(140, 190), rng.range(60, 110), 70],
  ]) {
    p.stroke(`M-10 ${f(y0)}Q600 ${f((y0 + y1) / 2 + sag * 2)} 1210 ${f(y1)}`, '#3d3d3d', 2);
    const flags = ['', '', '', ''];
    for (let t = 0.02, i = 0; t < 1; t += 0.035, i++) {
      const x = -10 + 1220 * t;
      const y = (1 - t) ** 2 * y0 + 2 * (1 - t) * t * ((y0 + y1) / 2 + sag * 2) + t * t * y1;
      flags[i % 4] += pts([
        [x - 14, y],
        [x + 14, y],
        [x, y + 34],
      ]);
    }
    flags.forEach((d, i) => p.path(d, palette.accents[i]));
  }
  // Stalls: striped awning with a scalloped edge, a counter and crates of produce.
  const produce = ['#d62828', '#f77f00', '#fcbf49', '#6a994e', '#a7c957', '#9d4edd'].map(
    palette.lit,
  );
  const n = 3;
  for (let i = 0; i < n; i++) {
    const w = rng.range(300, 340);
    const x = 40 + i * ((W - 80 - w) / (n - 1)) + rng.range(-20, 20);
    const top = ground + rng.range(-120, -90);
    const counter = ground + rng.range(90, 130);
    const [a, b] = [palette.accents[i], '#fbf7ef'];
    p.stroke(
      `M${f(x + 10)} ${f(top)}V${f(counter + 90)}M${f(x + w - 10)} ${f(top)}V${f(counter + 90)}`,
      '#5b4636',
      8,
    );
    let stripe = '';
    for (let k = 0; k < 8; k += 2)
      stripe += `M${f(x + (w / 8) * k)} ${f(top - 60)}h${f(w / 8)}v60h${f(-w / 8)}Z`;
    p.path(
      pts([
        [x + 10, top - 60],
        [x + w - 10, top - 60],
        [x + w, top],
        [x, top],
      ]),
      b,
    );
    p.path(
      stripe,
      a,
      `clip-path="${p.clip(
        pts([
          [x + 10, top - 60],
          [x + w - 10, top - 60],
          [x + w, top],
          [x, top],
        ]),
      )}"`,
    );
    let scallop = `M${f(x)} ${f(top)}`;
    for (let k = 0; k < 8; k++) scallop += `a${f(w / 16)} ${f(w / 16)} 0 0 0 ${f(w / 8)} 0`;
    p.path(scallop, a);
    p.rect(x, counter, w, 90, palette.lit('#8c6a4f'));
    p.rect(x - 6, counter - 8, w + 12, 12, palette.lit('#6b4f3a'));
    for (let c = 0; c < 3; c++) {
      const cx = x + 18 + c * ((w - 36) / 3);
      const cw = (w - 36) / 3 - 10;
      const fruit = rng.pick(produce);
      // Fruit piled in rows: zero-length strokes with round caps are compact circles.
      let d = '';
      const r = rng.range(10, 13);
      for (let row = 0; row < 3; row++) {
        for (let fx = cx + r * (1 + row); fx < cx + cw - r * row; fx += r * 2)
          d += `M${f(fx)} ${f(counter - 14 - row * r * 1.6)}h0`;
      }
      p.stroke(d, fruit, 2 * r);
      p.rect(cx, counter - 14, cw, 16, palette.lit('#c59d6c'));
    }
  }
  // A few shoppers in front.
  for (let i = rng.int(2, 3); i > 0; i--) {
    const x = rng.range(100, 1100);
    figure(
      p,
      x,
      H - rng.range(10, 40),
      rng.range(200, 250),
      palette.accents[4 + i],
      palette.lit('#33415c'),
      palette.lit(rng.pick(['#8d5524', '#c68642', '#f1c27d'])),
    );
  }
}
