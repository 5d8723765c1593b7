import { boatShadow, ferry, sailboat } from '../draw/boats.mjs';
import { makePalette, mix } from '../draw/colour.mjs';
import { ridge, skyline } from '../draw/land.mjs';
import { birds, drawClouds, drawSky, drawSun } from '../draw/sky.mjs';
import { H, W, f, pts } from '../draw/svg.mjs';
import { ripples, sunPath } from '../draw/water.mjs';

export function draw(p) {
  const { rng } = p;
  const pal = makePalette(rng, ['dawn', 'day', 'golden', 'dusk', 'mist']);
  const hy = rng.range(430, 490);
  const sunX = rng.range(220, 980);
  drawSky(p, pal, hy + 20);
  drawSun(p, pal, sunX, hy - rng.range(70, 230), rng.range(36, 56));
  drawClouds(p, pal, rng.int(2, 4), 80, hy - 200);

  // Far shore: hazy hills with a little town along one side.
  const far = ridge(rng, hy - rng.range(25, 45), rng.range(12, 30));
  p.path(far.shape(hy + 5), pal.fade(pal.land, 0.6));
  const townLeft = rng.chance(0.5);
  skyline(p, {
    x0: townLeft ? 0 : 700,
    x1: townLeft ? 500 : W,
    base: hy + 2,
    minH: 14,
    maxH: 60,
    minW: 18,
    maxW: 46,
    fill: pal.fade(pal.lit('#8d8fa8'), 0.5),
  });

  // Headland on the other side, usually with a lighthouse.
  const hx = townLeft ? rng.range(880, 1000) : rng.range(200, 320);
  p.path(
    `M${f(hx - 220)} ${f(hy + 2)}Q${f(hx - 80)} ${f(hy - 50)} ${f(hx)} ${f(hy - 48)}Q${f(hx + 90)} ${f(hy - 46)} ${f(hx + 230)} ${f(hy + 2)}Z`,
    pal.fade(pal.land, 0.35),
  );
  if (rng.chance(0.65)) lighthouse(p, pal, hx, hy - 48);

  // Water, the sun's glitter and ripples.
  p.rect(
    0,
    hy,
    W,
    H - hy,
    p.linear([
      [0, mix(pal.sky[2], pal.water[0], 0.5)],
      [1, pal.water[1]],
    ]),
  );
  sunPath(p, sunX, hy, Math.min(H, hy + 260), pal.sun, 110);
  ripples(p, hy + 6, H, mix(pal.water[0], '#ffffff', 0.35), 70);

  // Boats, far to near, smaller further away.
  const boats = [];
  for (let i = rng.int(2, 4); i > 0; i--)
    boats.push({ y: rng.range(hy + 30, hy + 200), x: rng.range(80, 1120), ferry: false });
  if (rng.chance(0.65))
    boats.push({ y: rng.range(hy + 40, hy + 120), x: rng.range(300, 900), ferry: true });
  boats.sort((a, b) => a.y - b.y);
  for (const b of boats) {
    const s = 0.35 + ((b.y - hy) / (H - hy)) * 1.2;
    const hull = pal.lit(rng.pick(['#f4f1ea', '#2b2d42', ...pal.accents.slice(0, 3)]));
    boatShadow(p, b.x, b.y, (b.ferry ? 220 : 90) * s, pal.water[1]);
    if (b.ferry) ferry(p, b.x, b.y, s, pal.lit('#2b2d42'), pal.lit('#f4f1ea'), pal.accents[0]);
    else sailboat(p, b.x, b.y, s, hull, pal.lit('#fbf8f0'));
  }

  // Foreground: a stone quay, a wooden pier, or open water. Drawn for the left-hand side
  // and mirrored half the time, so the same shapes give twice the compositions.
  const foreground = rng.pick([quay, quay, pier, null]);
  if (foreground) {
    const mirrored = rng.chance(0.5);
    p.add(mirrored ? `<g transform="matrix(-1 0 0 1 ${W} 0)">` : '<g>');
    foreground(p, pal, hy);
    p.add('</g>');
  }
  birds(p, pal.night ? '#d9dbe8' : '#39405a', rng.int(3, 5), 120, hy - 120);
}

function lighthouse(p, pal, x, y) {
  p.path(
    pts([
      [x - 9, y],
      [x - 6, y - 70],
      [x + 6, y - 70],
      [x + 9, y],
    ]),
    '#f4f1ea',
  );
  p.path(
    pts([
      [x - 8.2, y - 20],
      [x - 7.3, y - 38],
      [x + 7.3, y - 38],
      [x + 8.2, y - 20],
    ]) +
      pts([
        [x - 6.6, y - 52],
        [x - 6.2, y - 62],
        [x + 6.2, y - 62],
        [x + 6.6, y - 52],
      ]),
    pal.lit('#c8553d'),
  );
  p.rect(x - 8, y - 82, 16, 12, '#2b2d42');
  p.path(
    pts([
      [x - 10, y - 82],
      [x, y - 92],
      [x + 10, y - 82],
    ]),
    pal.lit('#c8553d'),
  );
}

// Stone quay along the bottom-left with bollards, and either stacked crates or a crane.
function quay(p, pal) {
  const { rng } = p;
  const qw = rng.range(330, 520);
  const qy = rng.range(690, 725);
  const qx = 0;
  const edge = qw;
  const stone = pal.lit('#8a8178');
  p.path(
    pts([
      [qx, qy],
      [qx + qw, qy],
      [qx + qw, H],
      [qx, H],
    ]),
    stone,
  );
  p.rect(qx, qy, qw, 10, mix(stone, '#ffffff', 0.2));
  p.path(
    pts([
      [edge - 12, qy],
      [edge + 12, qy],
      [edge + 12, H],
      [edge - 12, H],
    ]),
    mix(stone, '#000000', 0.25),
  );
  let bollards = '';
  for (let i = 0; i < 3; i++) {
    const bx = qx + 60 + (i * (qw - 120)) / 2;
    bollards += `M${f(bx - 9)} ${f(qy + 4)}v-22q9 -8 18 0v22Z`;
  }
  p.path(bollards, '#2b2d42');
  const cx = rng.range(40, 120);
  if (rng.chance(0.6)) {
    for (let i = 0; i < 3; i++) {
      p.rect(cx + [0, 58, 28][i], qy - [44, 44, 88][i], 54, 42, pal.accents[i + 1]);
      p.rect(cx + [0, 58, 28][i], qy - [44, 44, 88][i], 54, 6, '#000000', 'opacity=".15"');
    }
  } else {
    // A dockside crane: A-frame legs, a jib reaching over the water and a hanging hook.
    const top = qy - rng.range(230, 300);
    const reach = qw + rng.range(40, 160);
    p.stroke(
      `M${f(cx)} ${f(qy)}L${f(cx + 40)} ${f(top)}L${f(cx + 80)} ${f(qy)}M${f(cx + 14)} ${f(qy - 60)}H${f(cx + 66)}M${f(cx - 40)} ${f(top)}H${f(reach)}`,
      pal.accents[1],
      10,
      'stroke-linejoin="round"',
    );
    p.stroke(`M${f(reach - 20)} ${f(top)}v${f(rng.range(90, 160))}`, '#2b2d42', 2);
    p.rect(cx - 50, top - 10, 40, 24, pal.accents[1]);
  }
}

// A wooden pier running out from the near corner, narrowing with distance, posts beneath.
function pier(p, pal, hy) {
  const { rng } = p;
  const farX = rng.range(380, 540);
  const farY = hy + rng.range(70, 110);
  const wood = pal.lit('#8b6a4c');
  const near = [
    [40, H + 10],
    [320, H + 10],
  ];
  const far = [
    [farX - 20, farY],
    [farX + 20, farY],
  ];
  const lerp = (a, b, t) => a + (b - a) * t;
  const ts = [0, 0.25, 0.45, 0.6, 0.72, 0.81, 0.88, 0.94]; // closer together further away
  let posts = '';
  let planks = '';
  for (const t of ts) {
    const x = lerp(near[1][0], far[1][0], t);
    const y = lerp(near[1][1], far[1][1], t);
    const w = lerp(16, 3, t);
    posts += `M${f(x - w)} ${f(y)}h${f(w)}v${f(lerp(90, 14, t))}h${f(-w)}Z`;
    planks += `M${f(lerp(near[0][0], far[0][0], t))} ${f(y)}L${f(x)} ${f(y)}`;
  }
  p.path(posts, mix(wood, '#000000', 0.45));
  p.path(pts([near[0], near[1], far[1], far[0]]), wood);
  p.path(
    pts([near[1], far[1], [far[1][0], farY + 5], [near[1][0], H + 30]]),
    mix(wood, '#000000', 0.3),
  );
  p.stroke(planks, mix(wood, '#000000', 0.2), 2);
  // A rowing boat tied up alongside.
  const t = rng.range(0.35, 0.55);
  const ex = lerp(near[1][0], far[1][0], t);
  const ey = lerp(near[1][1], far[1][1], t);
  const s = lerp(1.2, 0.5, t);
  const bx = ex + 90 * s;
  const by = ey + 30 * s;
  boatShadow(p, bx, by, 100 * s, pal.water[1]);
  p.path(
    `M${f(bx - 55 * s)} ${f(by - 14 * s)}H${f(bx + 55 * s)}Q${f(bx + 40 * s)} ${f(by + 6 * s)} ${f(bx)} ${f(by + 6 * s)}Q${f(bx - 40 * s)} ${f(by + 6 * s)} ${f(bx - 55 * s)} ${f(by - 14 * s)}Z`,
    pal.accents[2],
  );
  p.rect(bx - 50 * s, by - 16 * s, 100 * s, 4 * s, '#f4f1ea');
  p.stroke(
    `M${f(bx - 50 * s)} ${f(by - 14 * s)}Q${f(bx - 70 * s)} ${f(by - 10 * s)} ${f(ex)} ${f(ey)}`,
    '#3b2f27',
    1.5,
  );
}
