import { ACCENTS, hsl, mix } from '../draw/colour.mjs';
import { ridge } from '../draw/land.mjs';
import { H, W, f, pts } from '../draw/svg.mjs';

// Erlenmeyer flask (returns the glass and the liquid as path data).
function flask(x, y, w, h, level) {
  const neck = w * 0.16;
  const glass = pts([
    [x - neck, y - h],
    [x - neck, y - h * 0.62],
    [x - w / 2, y],
    [x + w / 2, y],
    [x + neck, y - h * 0.62],
    [x + neck, y - h],
  ]);
  const half = w / 2 - (w / 2 - neck) * (level / (h * 0.62));
  const liquid = pts([
    [x - w / 2 + 3, y - 3],
    [x - half + 3, y - level],
    [x + half - 3, y - level],
    [x + w / 2 - 3, y - 3],
  ]);
  return { glass, liquid };
}

export function draw(p) {
  const { rng } = p;
  const wall = hsl(
    rng.pick([40, 160, 190, 215, 250]) + rng.range(-10, 10),
    rng.range(0.15, 0.35),
    rng.range(0.82, 0.9),
  );
  const ink = '#2b3a55';
  const liquids = [...ACCENTS].sort(() => rng.next() - 0.5).slice(0, 4);
  p.rect(
    0,
    0,
    W,
    H,
    p.linear(
      [
        [0, mix(wall, '#ffffff', 0.3)],
        [1, mix(wall, ink, 0.12)],
      ],
      0,
      0,
      1,
      0,
    ),
  );
  const benchY = rng.range(540, 580);
  // Window with blinds, on one side.
  const wx = rng.chance(0.5) ? rng.range(60, 140) : rng.range(780, 860);
  const sky = rng.pick(['#a9d1ea', '#f3c9a8', '#b9c8e6']);
  p.rect(wx, 80, 300, 320, mix(wall, ink, 0.35));
  p.rect(
    wx + 12,
    92,
    276,
    296,
    p.linear([
      [0, sky],
      [1, mix(sky, '#ffffff', 0.6)],
    ]),
  );
  const pane = p.clip(
    pts([
      [wx + 12, 92],
      [wx + 288, 92],
      [wx + 288, 388],
      [wx + 12, 388],
    ]),
  );
  p.path(ridge(rng, 330, 20).shape(388), '#8fb59a', `opacity=".6" clip-path="${pane}"`);
  let blinds = '';
  for (let y = 100; y < 230; y += 13) blinds += `M${f(wx + 12)} ${y}h276`;
  p.stroke(blinds, '#f7f5ef', 7);
  p.rect(wx + 146, 92, 8, 296, mix(wall, ink, 0.35));
  // Wall panel with a molecule diagram (balls and sticks, no text).
  const mx = wx < 600 ? rng.range(480, 620) : rng.range(120, 260);
  p.add(
    `<rect x="${f(mx)}" y="90" width="260" height="200" rx="8" fill="#fbfaf6" stroke="${mix(wall, ink, 0.3)}" stroke-width="6"/>`,
  );
  const atoms = [];
  for (let i = 0; i < 7; i++)
    atoms.push([
      mx + 130 + Math.cos(i * 1.05 + rng.next()) * (i ? rng.range(45, 80) : 0),
      190 + Math.sin(i * 1.05) * (i ? rng.range(35, 60) : 0),
    ]);
  p.stroke(
    atoms
      .slice(1)
      .map(([x, y]) => `M${f(atoms[0][0])} ${f(atoms[0][1])}L${f(x)} ${f(y)}`)
      .join(''),
    ink,
    5,
  );
  atoms.forEach(([x, y], i) =>
    p.circle(x, y, i ? 13 : 22, i % 2 ? liquids[0] : i ? liquids[1] : ink),
  );
  // Shelf with bottles.
  const sx = wx < 600 ? 420 : 60;
  p.rect(sx, 380, 560, 14, mix(wall, ink, 0.45));
  for (let x = sx + 20; x < sx + 540;) {
    const w = rng.range(26, 46);
    const h = rng.range(50, 100);
    const c = rng.pick([...liquids, '#8a6b4e', '#5b6b73']);
    p.add(
      `<rect x="${f(x)}" y="${f(380 - h)}" width="${f(w)}" height="${f(h)}" rx="5" fill="${c}"/>`,
    );
    p.rect(x + w * 0.25, 380 - h - 12, w * 0.5, 12, ink);
    p.rect(x + 5, 380 - h * 0.65, w - 10, h * 0.3, '#ffffff', 'opacity=".75"');
    x += w + rng.range(8, 24);
  }

  // Bench: worktop and cabinet doors.
  p.rect(0, benchY, W, 24, mix(ink, '#ffffff', 0.1));
  p.rect(0, benchY + 24, W, H - benchY - 24, mix(wall, ink, 0.25));
  let doors = '';
  for (let x = 30; x < W; x += 290)
    doors += `M${x} ${f(benchY + 50)}h250v${f(H - benchY - 50)}M${x + 250} ${f(benchY + 50)}`;
  p.stroke(doors, mix(wall, ink, 0.45), 5);
  p.stroke(
    Array.from({ length: 5 }, (_, i) => `M${f(55 + i * 290)} ${f(benchY + 90)}h40`).join(''),
    ink,
    8,
  );

  // Glassware: flasks, a beaker and a rack of test tubes, each with coloured liquid.
  const glassStyle = `stroke="${ink}" stroke-width="5" stroke-linejoin="round"`;
  const xs = [
    rng.range(90, 160),
    rng.range(300, 360),
    rng.range(520, 600),
    rng.range(800, 880),
    rng.range(1000, 1080),
  ];
  const order = [0, 1, 2, 3, 4].sort(() => rng.next() - 0.5);
  for (const [k, x] of [xs[order[0]], xs[order[1]]].entries()) {
    const h = rng.range(150, 200);
    const fl = flask(x, benchY, h * 0.75, h, h * rng.range(0.25, 0.45));
    p.path(fl.liquid, liquids[k]);
    p.path(fl.glass, '#ffffff', `fill-opacity=".35" ${glassStyle}`);
    for (let i = 0; i < 4; i++)
      p.circle(
        x + rng.range(-20, 20),
        benchY - rng.range(10, h * 0.25),
        rng.range(3, 7),
        '#ffffff',
        'opacity=".7"',
      );
  }
  const bx = xs[order[2]];
  p.add(
    `<path d="M${f(bx - 53)} ${f(benchY - 90)}h106v82q0 6 -6 6h-94q-6 0 -6 -6Z" fill="${liquids[2]}"/>`,
  );
  p.add(
    `<path d="M${f(bx - 55)} ${f(benchY - 140)}h110v132q0 8 -8 8h-94q-8 0 -8 -8Z" fill="#ffffff" fill-opacity=".35" ${glassStyle}/>`,
  );
  p.stroke(
    `M${f(bx - 55)} ${f(benchY - 110)}h25M${f(bx - 55)} ${f(benchY - 80)}h15M${f(bx - 55)} ${f(benchY - 50)}h25`,
    ink,
    3,
  );
  const rx = xs[order[3]];
  for (let i = 0; i < 5; i++) {
    const tx = rx - 80 + i * 36;
    const lvl = rng.range(30, 70);
    p.add(
      `<rect x="${f(tx)}" y="${f(benchY - 40 - lvl)}" width="18" height="${f(lvl + 30)}" rx="9" fill="${liquids[i % 4]}"/>`,
    );
    p.add(
      `<rect x="${f(tx)}" y="${f(benchY - 150)}" width="18" height="140" rx="9" fill="#ffffff" fill-opacity=".3" stroke="${ink}" stroke-width="4"/>`,
    );
  }
  p.rect(rx - 100, benchY - 70, 200, 14, mix(ink, '#ffffff', 0.35));
  p.stroke(
    `M${f(rx - 92)} ${f(benchY - 56)}V${benchY}M${f(rx + 92)} ${f(benchY - 56)}V${benchY}`,
    mix(ink, '#ffffff', 0.35),
    8,
  );
  // Microscope: base, curved arm, angled tube and stage.
  const mx2 = xs[order[4]];
  const metal = mix(ink, '#ffffff', 0.15);
  p.add(
    `<rect x="${f(mx2 - 60)}" y="${f(benchY - 22)}" width="120" height="22" rx="6" fill="${metal}"/>`,
  );
  p.stroke(
    `M${f(mx2 + 30)} ${f(benchY - 20)}C${f(mx2 + 60)} ${f(benchY - 100)} ${f(mx2 + 40)} ${f(benchY - 180)} ${f(mx2 - 10)} ${f(benchY - 200)}`,
    metal,
    22,
  );
  p.rect(mx2 - 50, benchY - 100, 90, 12, metal);
  p.add(
    `<rect x="${f(mx2 - 40)}" y="${f(benchY - 250)}" width="30" height="120" rx="6" fill="${liquids[3]}" transform="rotate(-20 ${f(mx2 - 25)} ${f(benchY - 190)})"/>`,
  );
  p.circle(mx2 + 30, benchY - 130, 14, ink);
}
