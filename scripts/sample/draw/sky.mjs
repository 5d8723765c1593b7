import { mix } from './colour.mjs';
import { H, W, f } from './svg.mjs';

export function drawSky(p, pal, bottom = H) {
  const mid = p.rng.range(0.45, 0.65);
  p.rect(
    0,
    0,
    W,
    bottom,
    p.linear([
      [0, pal.sky[0]],
      [mid, pal.sky[1]],
      [1, pal.sky[2]],
    ]),
  );
}

// Sun with a soft glow; at night a moon, sometimes a crescent.
export function drawSun(p, pal, x, y, r) {
  p.circle(
    x,
    y,
    r * 4.5,
    p.radial([
      [0, pal.glow, 0.55],
      [0.35, pal.glow, 0.18],
      [1, pal.glow, 0],
    ]),
  );
  if (pal.night && p.rng.chance(0.5)) {
    const k = p.rng.range(0.2, 0.6); // inner edge: an elliptical arc makes the crescent
    p.path(
      `M${f(x)} ${f(y - r)}A${f(r)} ${f(r)} 0 1 0 ${f(x)} ${f(y + r)}A${f(r * k)} ${f(r)} 0 1 1 ${f(x)} ${f(y - r)}Z`,
      pal.sun,
    );
  } else {
    p.circle(x, y, r, pal.sun);
  }
}

// A flat cloud: a pill with two or three round puffs on top, drawn as one translucent group
// so the overlaps don't show.
function drawCloud(p, x, y, w, colour, opacity) {
  const { rng } = p;
  const h = w * rng.range(0.16, 0.22);
  let shapes = `<rect x="${f(x)}" y="${f(y)}" width="${f(w)}" height="${f(h)}" rx="${f(h / 2)}"/>`;
  const puffs = rng.int(2, 3);
  for (let i = 0; i < puffs; i++) {
    const cx = x + w * (0.25 + (0.5 * i) / Math.max(1, puffs - 1)) + rng.range(-10, 10);
    const r = h * rng.range(0.75, 1.05) * (i === 1 ? 1.2 : 1);
    shapes += `<circle cx="${f(cx)}" cy="${f(y + h - r * 0.9)}" r="${f(r)}"/>`;
  }
  p.add(`<g fill="${colour}" opacity="${opacity}">${shapes}</g>`);
}

export function drawClouds(p, pal, count, yMin, yMax) {
  const colour = pal.night ? '#56608f' : mix('#ffffff', pal.sky[2], 0.25);
  for (let i = 0; i < count; i++) {
    const x = (W / count) * i + p.rng.range(-60, 120);
    drawCloud(
      p,
      x,
      p.rng.range(yMin, yMax),
      p.rng.range(120, 260),
      colour,
      f(p.rng.range(0.55, 0.9)),
    );
  }
}

export function birds(p, colour, count, yMin, yMax) {
  let d = '';
  const cx = p.rng.range(150, 1050);
  for (let i = 0; i < count; i++) {
    const x = cx + p.rng.range(-160, 160);
    const y = p.rng.range(yMin, yMax);
    const s = p.rng.range(0.6, 1.2);
    d += `M${f(x)} ${f(y)}q${f(7 * s)} ${f(-7 * s)} ${f(14 * s)} 0q${f(7 * s)} ${f(-7 * s)} ${f(14 * s)} 0`;
  }
  p.stroke(d, colour, 2.5);
}
