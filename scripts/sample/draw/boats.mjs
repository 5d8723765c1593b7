import { mix } from './colour.mjs';
import { f, pts } from './svg.mjs';

export function sailboat(p, x, y, s, hull, sail) {
  p.path(
    `M${f(x - 2 * s)} ${f(y - 12 * s)}v${f(-105 * s)}h${f(4 * s)}v${f(105 * s)}Z`,
    mix(hull, '#000000', 0.3),
  );
  p.path(
    `M${f(x - 4 * s)} ${f(y - 112 * s)}Q${f(x - 30 * s)} ${f(y - 60 * s)} ${f(x - 46 * s)} ${f(y - 18 * s)}L${f(x - 4 * s)} ${f(y - 18 * s)}Z`,
    sail,
  );
  p.path(
    `M${f(x + 4 * s)} ${f(y - 100 * s)}L${f(x + 38 * s)} ${f(y - 18 * s)}L${f(x + 4 * s)} ${f(y - 18 * s)}Z`,
    mix(sail, '#8090a0', 0.25),
  );
  p.path(
    `M${f(x - 52 * s)} ${f(y - 13 * s)}L${f(x + 56 * s)} ${f(y - 13 * s)}Q${f(x + 44 * s)} ${f(y + 5 * s)} ${f(x + 30 * s)} ${f(y + 5 * s)}L${f(x - 40 * s)} ${f(y + 5 * s)}Z`,
    hull,
  );
}

export function ferry(p, x, y, s, hull, cabin, funnel) {
  p.path(
    pts([
      [x - 8 * s, y - 92 * s],
      [x + 14 * s, y - 92 * s],
      [x + 14 * s, y - 66 * s],
      [x - 8 * s, y - 66 * s],
    ]),
    funnel,
  );
  p.rect(x - 8 * s, y - 92 * s, 22 * s, 6 * s, '#2b2d42');
  p.path(
    pts([
      [x - 60 * s, y - 68 * s],
      [x + 48 * s, y - 68 * s],
      [x + 58 * s, y - 46 * s],
      [x - 60 * s, y - 46 * s],
    ]),
    cabin,
  );
  p.path(
    pts([
      [x - 95 * s, y - 46 * s],
      [x + 90 * s, y - 46 * s],
      [x + 102 * s, y - 24 * s],
      [x - 95 * s, y - 24 * s],
    ]),
    mix(cabin, '#8d99ae', 0.2),
  );
  let win = '';
  for (let i = 0; i < 11; i++)
    win += `M${f(x - 86 * s + i * 16 * s)} ${f(y - 40 * s)}h${f(9 * s)}v${f(8 * s)}h${f(-9 * s)}Z`;
  for (let i = 0; i < 6; i++)
    win += `M${f(x - 52 * s + i * 16 * s)} ${f(y - 62 * s)}h${f(9 * s)}v${f(8 * s)}h${f(-9 * s)}Z`;
  p.path(win, '#33415c');
  p.path(
    pts([
      [x - 112 * s, y - 26 * s],
      [x + 124 * s, y - 26 * s],
      [x + 104 * s, y + 8 * s],
      [x - 104 * s, y + 8 * s],
    ]),
    hull,
  );
  p.rect(x - 108 * s, y - 12 * s, 222 * s, 5 * s, '#f1f1f1', 'opacity=".8"');
}

// The dark, broken mirror image of a boat.
export function boatShadow(p, x, y, w, colour) {
  let d = '';
  for (let i = 0; i < 4; i++)
    d += `M${f(x - w * (0.5 - i * 0.1) + p.rng.range(-6, 6))} ${f(y + 10 + i * 7)}h${f(w * (1 - i * 0.2))}`;
  p.stroke(d, colour, 4, 'opacity=".35"');
}
