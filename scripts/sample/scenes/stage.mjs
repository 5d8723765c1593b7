import { hsl, mix } from '../draw/colour.mjs';
import { figure } from '../draw/figure.mjs';
import { H, W, f, pts } from '../draw/svg.mjs';

export function draw(p) {
  const { rng } = p;
  const hue = rng.pick([352, 280, 200, 18, 225]);
  const curtain = hsl(hue, 0.55, 0.32);
  const light = rng.pick(['#fff1c4', '#ffd6e8', '#cfe8ff', '#fff7e0']);
  const floorY = rng.range(560, 590);
  p.rect(
    0,
    0,
    W,
    H,
    p.linear([
      [0, '#0d0b17'],
      [1, mix(curtain, '#0d0b17', 0.75)],
    ]),
  );
  // Backdrop: a big soft disc, a common stage-design motif.
  p.circle(
    rng.range(450, 750),
    rng.range(230, 320),
    rng.range(150, 220),
    hsl((hue + 180) % 360, 0.35, 0.35),
    'opacity=".4"',
  );
  p.rect(
    0,
    floorY,
    W,
    120,
    p.linear([
      [0, '#5a3d2b'],
      [1, '#2e2018'],
    ]),
  );
  p.rect(0, floorY + 120, W, 16, '#1a120d');
  // Spotlight beams and their pools of light on the floor.
  const n = rng.int(2, 3);
  const spots = [];
  for (let i = 0; i < n; i++) spots.push(300 + (600 / (n - 1 || 1)) * i + rng.range(-40, 40));
  const beam = p.linear([
    [0, light, 0.5],
    [1, light, 0.06],
  ]);
  for (const x of spots) {
    const src = x + rng.range(-200, 200);
    p.path(
      pts([
        [src - 18, 0],
        [src + 18, 0],
        [x + 120, floorY + 60],
        [x - 120, floorY + 60],
      ]),
      beam,
    );
    p.add(
      `<ellipse cx="${f(x)}" cy="${f(floorY + 60)}" rx="140" ry="30" fill="${light}" opacity=".45"/>`,
    );
  }
  // Performers in the pools of light: a singer at a microphone, players either side.
  spots.forEach((x, i) => {
    const h = rng.range(230, 270);
    const y = floorY + 66;
    const outfit = i === Math.floor(n / 2) ? hsl((hue + 40) % 360, 0.5, 0.45) : '#1c1a27';
    figure(p, x, y, h, outfit, '#141320', '#3a2f3a');
    if (i === Math.floor(n / 2))
      p.stroke(`M${f(x + 30)} ${f(y)}V${f(y - h * 0.72)}l-12 -8`, '#c9c9d6', 4);
    else {
      // A guitar: body and neck.
      p.stroke(`M${f(x + 8)} ${f(y - h * 0.5)}l60 -34`, '#2a2420', 7);
      p.add(
        `<ellipse cx="${f(x + 4)}" cy="${f(y - h * 0.48)}" rx="34" ry="20" fill="${instrumentColour(hue)}" transform="rotate(-30 ${f(x + 4)} ${f(y - h * 0.48)})"/>`,
      );
    }
  });
  // Curtains: folds from a repeating gradient, tied back at the sides, with a scalloped valance.
  const folds = p.id();
  p.defs.push(
    `<linearGradient id="${folds}" x2="60" gradientUnits="userSpaceOnUse" spreadMethod="repeat"><stop offset="0" stop-color="${mix(curtain, '#000000', 0.45)}"/><stop offset=".5" stop-color="${curtain}"/><stop offset="1" stop-color="${mix(curtain, '#000000', 0.45)}"/></linearGradient>`,
  );
  const tie = rng.range(380, 460);
  p.path(
    `M0 0H${f(rng.range(170, 230))}Q${f(rng.range(140, 180))} ${f(tie - 80)} 70 ${f(tie)}Q140 ${f(tie + 120)} 150 ${H}H0Z`,
    `url(#${folds})`,
  );
  p.path(
    `M1200 0H${f(W - rng.range(170, 230))}Q${f(W - rng.range(140, 180))} ${f(tie - 80)} 1130 ${f(tie)}Q1060 ${f(tie + 120)} 1050 ${H}H1200Z`,
    `url(#${folds})`,
  );
  let valance = `M0 0H1200V70`;
  for (let x = 1200; x > 0; x -= 100) valance += `Q${x - 50} 130 ${x - 100} 70`;
  p.path(`${valance}Z`, `url(#${folds})`);
  p.rect(0, 0, W, 18, mix(curtain, '#e0b050', 0.5));
  // The audience: a row of heads and shoulders in silhouette.
  let heads = '';
  for (let x = -20; x < W + 40; x += rng.range(80, 100)) {
    const y = H - rng.range(55, 75);
    heads += `M${f(x - 14)} ${f(y)}a14 17 0 1 1 28 0a14 17 0 1 1 -28 0`;
    heads += `M${f(x - 46)} ${H}C${f(x - 46)} ${f(y + 30)} ${f(x - 30)} ${f(y + 18)} ${f(x)} ${f(y + 18)}S${f(x + 46)} ${f(y + 30)} ${f(x + 46)} ${H}Z`;
  }
  p.path(heads, '#07060c');
}

// Instrument colour for stage(): a warm wood or brass tone turned from the curtain's hue.
const instrumentColour = (hue) => hsl((hue + 30) % 360, 0.45, 0.35);
