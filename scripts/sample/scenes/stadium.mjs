import { ACCENTS, makePalette, mix } from '../draw/colour.mjs';
import { figure } from '../draw/figure.mjs';
import { drawSky } from '../draw/sky.mjs';
import { H, W, f, pts } from '../draw/svg.mjs';

export function draw(p) {
  const { rng } = p;
  const pal = makePalette(rng, ['night', 'dusk', 'day', 'night']);
  drawSky(p, pal, 320);
  if (pal.night) {
    let stars = '';
    for (let i = 0; i < 30; i++) stars += `M${f(rng.range(0, W))} ${f(rng.range(0, 140))}h0`;
    p.stroke(stars, '#ffffff', 2, 'opacity=".7"');
  }
  // Under floodlights the pitch and kits keep their daytime colours, whatever the sky does.
  const kits = [...ACCENTS].sort(() => rng.next() - 0.5);
  const kitA = kits[0];
  const kitB = rng.pick(['#f4f1ea', '#2b2d42', kits[1]]);
  // Stands: two tiers of crowd (a dotted pattern) under a curved roof.
  const crowd = p.id();
  const dots = [kitA, kitB, '#c9c2b5', '#6d6875', '#e5989b', '#3d405b'];
  let cells = '';
  for (let i = 0; i < 8; i++)
    cells += `<circle cx="${f(3 + (i % 4) * 6 + (i > 3 ? 3 : 0))}" cy="${i > 3 ? 11 : 4}" r="2.4" fill="${rng.pick(dots)}"/>`;
  p.defs.push(
    `<pattern id="${crowd}" width="24" height="14" patternUnits="userSpaceOnUse"><rect width="24" height="14" fill="#2a2a3a"/>${cells}</pattern>`,
  );
  const standTop = rng.range(150, 180);
  const pitchTop = rng.range(460, 490);
  p.path(
    `M0 ${f(standTop)}Q600 ${f(standTop + 60)} 1200 ${f(standTop)}V${f(pitchTop)}H0Z`,
    `url(#${crowd})`,
  );
  const mid = (standTop + pitchTop) / 2 + 10;
  p.path(
    `M0 ${f(mid)}Q600 ${f(mid + 40)} 1200 ${f(mid)}v14Q600 ${f(mid + 54)} 0 ${f(mid + 14)}Z`,
    '#1b1b27',
  );
  p.path(
    `M0 ${f(standTop - 70)}Q600 ${f(standTop - 20)} 1200 ${f(standTop - 70)}V${f(standTop + 4)}Q600 ${f(standTop + 58)} 0 ${f(standTop + 4)}Z`,
    pal.lit('#3a3f58'),
  );
  // Floodlights along the roof edge.
  let lamps = '';
  for (let x = 80; x < W; x += 140) {
    const y = standTop - 2 + 60 * (1 - ((x - 600) / 600) ** 2) * 0.75;
    lamps += `M${x - 14} ${f(y)}h28`;
    if (pal.night || pal.name === 'dusk')
      p.circle(
        x,
        y,
        40,
        p.radial([
          [0, '#fff6d5', 0.7],
          [1, '#fff6d5', 0],
        ]),
      );
  }
  p.stroke(lamps, '#fffbe6', 6);
  // Advertising boards: a bright strip in alternating tones.
  let boards = '';
  for (let x = 0; x < W; x += 160)
    boards += `<rect x="${x}" y="${f(pitchTop - 22)}" width="160" height="22" fill="${kits[(x / 160) % 4]}"/>`;
  p.add(boards);

  // Pitch: mown stripes converging to a vanishing point far above the picture.
  const grass = pal.night ? '#3a8446' : pal.lit('#3f8f4a');
  p.rect(0, pitchTop, W, H - pitchTop, grass);
  const vy = -1600;
  const at = (xb, y) => 600 + (xb - 600) * ((y - vy) / (H - vy));
  let stripes = '';
  for (let xb = -900; xb < 2100; xb += 300) {
    stripes += pts([
      [at(xb, pitchTop), pitchTop],
      [at(xb + 150, pitchTop), pitchTop],
      [xb + 150, H],
      [xb, H],
    ]);
  }
  p.path(stripes, mix(grass, '#ffffff', 0.08));
  const line = '#f4f4ef';
  const cy = pitchTop + (H - pitchTop) * 0.62;
  p.stroke(`M-10 ${f(pitchTop + 18)}H1210M600 ${f(pitchTop + 18)}V${H}`, line, 4, 'opacity=".85"');
  p.add(
    `<ellipse cx="600" cy="${f(cy)}" rx="170" ry="${f((H - pitchTop) * 0.22)}" fill="none" stroke="${line}" stroke-width="4" opacity=".85"/>`,
  );
  p.stroke(
    `M${f(at(-300, pitchTop + 18))} ${f(pitchTop + 18)}L${f(at(-300, H))} ${H}M${f(at(1500, pitchTop + 18))} ${f(pitchTop + 18)}L${f(at(1500, H))} ${H}`,
    line,
    4,
    'opacity=".85"',
  );
  if (pal.night) {
    // Light spilling from the roof onto the pitch.
    const beam = p.linear([
      [0, '#fff6d5', 0.16],
      [1, '#fff6d5', 0],
    ]);
    p.path(
      pts([
        [200, standTop],
        [420, standTop],
        [700, H],
        [-200, H],
      ]),
      beam,
    );
    p.path(
      pts([
        [780, standTop],
        [1000, standTop],
        [1400, H],
        [500, H],
      ]),
      beam,
    );
  }
  // Players: small figures with shadows, nearer ones larger.
  for (let i = 0; i < 10; i++) {
    const y = rng.range(pitchTop + 40, H - 30);
    const x = rng.range(60, 1140);
    const s = 0.35 + ((y - pitchTop) / (H - pitchTop)) * 0.5;
    p.add(
      `<ellipse cx="${f(x + 8 * s)}" cy="${f(y)}" rx="${f(22 * s)}" ry="${f(6 * s)}" fill="#000" opacity=".2"/>`,
    );
    figure(
      p,
      x,
      y,
      110 * s,
      i % 2 ? kitA : kitB,
      '#1f2233',
      rng.pick(['#8d5524', '#c68642', '#e0ac69', '#f1c27d']),
    );
  }
  p.circle(rng.range(300, 900), rng.range(pitchTop + 90, H - 60), 8, '#ffffff');
}
