// Draws the sample articles' pictures: flat "editorial illustration" SVGs, 1200x800, no text.
//
// drawScene(scene, seed) is deterministic: the seed (the output file name) drives a small
// PRNG, so rebuilding gives byte-identical files while every picture still differs in
// palette, time of day and layout. Shapes of one colour are merged into one <path> and
// coordinates are rounded to 0.1 so that each file stays well under ~15 KB.

const W = 1200;
const H = 800;

// ---------------------------------------------------------------- randomness

// Hashes the seed text into 32 bits (the "xmur3" mixing steps), to seed mulberry32.
function hashString(text) {
  let h = 1779033703 ^ text.length;
  for (let i = 0; i < text.length; i++) {
    h = Math.imul(h ^ text.charCodeAt(i), 3432918353);
    h = (h << 13) | (h >>> 19);
  }
  h = Math.imul(h ^ (h >>> 16), 2246822507);
  h = Math.imul(h ^ (h >>> 13), 3266489909);
  return (h ^ (h >>> 16)) >>> 0;
}

// mulberry32: tiny, fast and good enough for picking shapes; returns floats in [0, 1).
function mulberry32(seed) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function makeRng(seedText) {
  const next = mulberry32(hashString(seedText));
  return {
    next,
    range: (a, b) => a + (b - a) * next(),
    int: (a, b) => a + Math.floor((b - a + 1) * next()),
    pick: (list) => list[Math.floor(next() * list.length)],
    chance: (p) => next() < p,
  };
}

// ---------------------------------------------------------------- colour

const toRgb = (hex) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
const toHex = (rgb) =>
  `#${rgb
    .map((v) =>
      Math.round(Math.min(255, Math.max(0, v)))
        .toString(16)
        .padStart(2, '0'),
    )
    .join('')}`;

/** Linear blend of two #rrggbb colours; t = 0 gives a, t = 1 gives b. */
function mix(a, b, t) {
  const x = toRgb(a);
  const y = toRgb(b);
  return toHex(x.map((v, i) => v + (y[i] - v) * t));
}

/** h in degrees, s and l in 0..1. */
function hsl(h, s, l) {
  const k = (n) => (n + h / 30) % 12;
  const a = s * Math.min(l, 1 - l);
  const f = (n) => l - a * Math.max(-1, Math.min(k(n) - 3, 9 - k(n), 1));
  return toHex([f(0), f(8), f(4)].map((v) => v * 255));
}

function toHsl(hex) {
  const [r, g, b] = toRgb(hex).map((v) => v / 255);
  const max = Math.max(r, g, b);
  const min = Math.min(r, g, b);
  const l = (max + min) / 2;
  if (max === min) return [0, 0, l];
  const d = max - min;
  const s = d / (1 - Math.abs(2 * l - 1));
  const h = max === r ? ((g - b) / d) % 6 : max === g ? (b - r) / d + 2 : (r - g) / d + 4;
  return [(h * 60 + 360) % 360, s, l];
}

const rotateHue = (hex, deg) => {
  const [h, s, l] = toHsl(hex);
  return hsl((h + deg + 360) % 360, s, l);
};

// Times of day. Each picture picks one, then turns its hues a little so that two "dusk"
// pictures are still different. `shade` is what the land is darkened towards.
const MOODS = {
  dawn: {
    sky: ['#6f8fbf', '#c9a7c0', '#f7cfb0'],
    sun: '#fff3dc',
    glow: '#ffd5b0',
    haze: '#e8c7bf',
    water: ['#d9b9b8', '#56719b'],
    shade: '#4a3f66',
    dark: 0.25,
  },
  day: {
    sky: ['#3f86c6', '#80b7e0', '#d8ebf4'],
    sun: '#fffbea',
    glow: '#fff7d6',
    haze: '#c9dcea',
    water: ['#a3cbe2', '#2d6a99'],
    shade: '#1f3a5a',
    dark: 0,
  },
  golden: {
    sky: ['#4f70a4', '#dca27b', '#f9d99c'],
    sun: '#fff4d2',
    glow: '#ffcf85',
    haze: '#efc59b',
    water: ['#e6c08f', '#3c6490'],
    shade: '#3d3350',
    dark: 0.15,
  },
  dusk: {
    sky: ['#27295b', '#8a4d7d', '#f2925f'],
    sun: '#ffdca6',
    glow: '#ff9a66',
    haze: '#b9718a',
    water: ['#c97d80', '#282b57'],
    shade: '#1e1a3a',
    dark: 0.45,
  },
  mist: {
    sky: ['#8fa5b6', '#bccbd5', '#e4e9eb'],
    sun: '#fdfcf4',
    glow: '#ffffff',
    haze: '#d9e1e5',
    water: ['#c7d5dc', '#587285'],
    shade: '#3b4a57',
    dark: 0.15,
  },
  night: {
    sky: ['#070d26', '#15224f', '#323d75'],
    sun: '#f4f0da',
    glow: '#8fa3dc',
    haze: '#2d3867',
    water: ['#2a356b', '#080f2b'],
    shade: '#050a1c',
    dark: 0.72,
  },
};

// Accent colours for boats, awnings, kits and chart series: muted editorial tones.
const ACCENTS = [
  '#d1495b',
  '#edae49',
  '#00798c',
  '#c8553d',
  '#4f6d9a',
  '#e07a5f',
  '#81b29a',
  '#8e5572',
  '#f2cc8f',
  '#3d8361',
];

function makePalette(rng, moods) {
  const name = rng.pick(moods);
  const m = MOODS[name];
  const turn = rng.range(-14, 14);
  const tone = (c) => rotateHue(c, turn);
  const haze = tone(m.haze);
  const lit = (c) => mix(c, m.shade, m.dark); // how the mood's light darkens solid things
  const accents = [...ACCENTS].sort(() => rng.next() - 0.5).map(lit);
  return {
    name,
    night: name === 'night',
    sky: m.sky.map(tone),
    sun: m.sun,
    glow: tone(m.glow),
    haze,
    water: m.water.map(tone),
    lit,
    fade: (c, t) => mix(c, haze, t), // distance: far things take on the colour of the haze
    land: lit(hsl(rng.range(80, 140), rng.range(0.25, 0.45), rng.range(0.3, 0.42))),
    accents,
  };
}

// ---------------------------------------------------------------- SVG output

const f = (v) => Math.round(v * 10) / 10; // 0.1 px is invisible at this size, and short
const pts = (list) => `M${list.map(([x, y]) => `${f(x)} ${f(y)}`).join('L')}Z`;

// Collects <defs> and body markup; hands out unique ids for gradients and clip paths.
class Picture {
  constructor(rng) {
    this.rng = rng;
    this.defs = [];
    this.body = [];
    this.count = 0;
  }

  add(...markup) {
    this.body.push(...markup);
  }

  id() {
    return `g${++this.count}`;
  }

  /** stops: [offset, colour, opacity?][]; the direction is in the shape's bounding box. */
  linear(stops, x1 = 0, y1 = 0, x2 = 0, y2 = 1) {
    const id = this.id();
    this.defs.push(
      `<linearGradient id="${id}" x1="${x1}" y1="${y1}" x2="${x2}" y2="${y2}">${stopList(stops)}</linearGradient>`,
    );
    return `url(#${id})`;
  }

  radial(stops) {
    const id = this.id();
    this.defs.push(`<radialGradient id="${id}">${stopList(stops)}</radialGradient>`);
    return `url(#${id})`;
  }

  clip(d) {
    const id = this.id();
    this.defs.push(`<clipPath id="${id}"><path d="${d}"/></clipPath>`);
    return `url(#${id})`;
  }

  path(d, fill, extra = '') {
    if (d) this.add(`<path d="${d}" fill="${fill}"${extra ? ` ${extra}` : ''}/>`);
  }

  /** A stroked, unfilled path (lines, ripples, dotted rows via dasharray). */
  stroke(d, colour, width, extra = '') {
    if (d)
      this.add(
        `<path d="${d}" fill="none" stroke="${colour}" stroke-width="${f(width)}" stroke-linecap="round"${extra ? ` ${extra}` : ''}/>`,
      );
  }

  rect(x, y, w, h, fill, extra = '') {
    this.add(
      `<rect x="${f(x)}" y="${f(y)}" width="${f(w)}" height="${f(h)}" fill="${fill}"${extra ? ` ${extra}` : ''}/>`,
    );
  }

  circle(x, y, r, fill, extra = '') {
    this.add(
      `<circle cx="${f(x)}" cy="${f(y)}" r="${f(r)}" fill="${fill}"${extra ? ` ${extra}` : ''}/>`,
    );
  }

  toString() {
    const defs = this.defs.length ? `<defs>${this.defs.join('')}</defs>` : '';
    return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${W} ${H}" width="${W}" height="${H}">${defs}${this.body.join('')}</svg>\n`;
  }
}

const stopList = (stops) =>
  stops
    .map(
      ([o, c, a]) =>
        `<stop offset="${f(o * 100) / 100}" stop-color="${c}"${a === undefined ? '' : ` stop-opacity="${a}"`}/>`,
    )
    .join('');

// ---------------------------------------------------------------- shared pieces

function drawSky(p, pal, bottom = H) {
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
function drawSun(p, pal, x, y, r) {
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

function drawClouds(p, pal, count, yMin, yMax) {
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

/** A wavy horizon line: returns at(x) and the filled shape from the line down to `bottom`. */
function ridge(rng, y, amp) {
  const f1 = rng.range(0.003, 0.008);
  const f2 = rng.range(0.012, 0.022);
  const p1 = rng.range(0, 7);
  const p2 = rng.range(0, 7);
  const at = (x) => y + amp * (0.75 * Math.sin(x * f1 + p1) + 0.25 * Math.sin(x * f2 + p2));
  const line = [];
  for (let x = -100; x <= W + 100; x += 70) line.push([x, at(x)]);
  return {
    at,
    line: smooth(line),
    shape: (bottom = H) => `${smooth(line)}L${W + 100} ${bottom}L-100 ${bottom}Z`,
  };
}

// Smooth curve through points: quadratic segments that meet at the midpoints.
function smooth(list) {
  let d = `M${f(list[0][0])} ${f(list[0][1])}`;
  for (let i = 1; i < list.length - 1; i++) {
    const [x, y] = list[i];
    const [nx, ny] = list[i + 1];
    d += `Q${f(x)} ${f(y)} ${f((x + nx) / 2)} ${f((y + ny) / 2)}`;
  }
  const [lx, ly] = list[list.length - 1];
  return `${d}L${f(lx)} ${f(ly)}`;
}

// A dense conifer forest seen from afar: a zigzag of spiky crowns along the ground line.
function treeLine(rng, at, minH, maxH, spacing, bottom = H) {
  let d = `M-20 ${bottom}L-20 ${f(at(-20))}`;
  for (let x = -20; x < W + 20;) {
    const s = spacing * rng.range(0.7, 1.3);
    const h = rng.range(minH, maxH);
    const g = at(x + s / 2);
    d += `L${f(x + s / 2)} ${f(g - h)}L${f(x + s)} ${f(g - h * rng.range(0.2, 0.35))}`;
    x += s;
  }
  return `${d}L${W + 20} ${bottom}Z`;
}

// One conifer in three tiers (returned as path data so trees of a colour share a path).
function conifer(x, y, h) {
  let d = `M${f(x - h * 0.035)} ${f(y)}v${f(-h * 0.16)}h${f(h * 0.07)}v${f(h * 0.16)}Z`;
  for (let i = 0; i < 3; i++) {
    const top = y - h + i * h * 0.24;
    const base = y - h * 0.55 + i * h * 0.2;
    const half = h * (0.13 + i * 0.07);
    d += `M${f(x)} ${f(top)}L${f(x + half)} ${f(base)}L${f(x - half)} ${f(base)}Z`;
  }
  return d;
}

// A round deciduous tree with a lighter crown highlight, the usual flat-illustration shading.
function roundTree(p, x, y, h, leaf, trunk) {
  const r = h * 0.32;
  p.rect(x - h * 0.035, y - h * 0.45, h * 0.07, h * 0.45, trunk);
  p.circle(x, y - h + r, r, leaf);
  p.circle(x - r * 0.3, y - h + r * 0.75, r * 0.55, mix(leaf, '#ffffff', 0.12));
}

/**
 * A row of buildings along `base` from x0 to x1, all in one colour. Windows: 'columns'
 * (glass strips, daytime), 'grid' (individually lit windows, evening) or none.
 */
function skyline(
  p,
  {
    x0 = -20,
    x1 = W + 20,
    base,
    minH,
    maxH,
    fill,
    windows = null,
    glass,
    lit,
    litChance = 0.35,
    minW = 40,
    maxW = 110,
  },
) {
  const { rng } = p;
  let body = '';
  let glassD = '';
  let litD = '';
  let budget = 260; // caps the number of window shapes so the file stays small
  for (let x = x0 - rng.range(0, 40); x < x1;) {
    const w = rng.range(minW, maxW);
    const h = rng.range(minH, maxH);
    const top = base - h;
    body += `M${f(x)} ${f(base)}V${f(top)}h${f(w)}V${f(base)}Z`;
    const roof = rng.next();
    if (roof < 0.2) {
      body += pts([
        [x + w * 0.15, top + 1],
        [x + w * 0.15, top - h * 0.08],
        [x + w * 0.85, top - h * 0.08],
        [x + w * 0.85, top + 1],
      ]);
    } else if (roof < 0.32) {
      body += `M${f(x + w / 2 - 1.5)} ${f(top + 1)}v${f(-rng.range(30, 70))}h3v${f(rng.range(30, 70))}Z`;
    } else if (roof < 0.42 && w < 90) {
      body += pts([
        [x, top + 1],
        [x + w / 2, top - w * 0.45],
        [x + w, top + 1],
      ]);
    }
    if (windows === 'columns' && h > 60) {
      const cols = Math.max(1, Math.floor((w - 12) / 16));
      const gap = (w - cols * 8) / (cols + 1);
      for (let c = 0; c < cols; c++)
        glassD += `M${f(x + gap + c * (8 + gap))} ${f(top + 14)}h8V${f(base - 10)}h-8Z`;
    } else if (windows === 'grid') {
      const cols = Math.max(1, Math.floor((w - 10) / 18));
      const gap = (w - cols * 8) / (cols + 1);
      for (let y = top + 14; y < base - 22 && budget > 0; y += 22) {
        for (let c = 0; c < cols; c++) {
          if (!rng.chance(litChance)) continue;
          litD += `M${f(x + gap + c * (8 + gap))} ${f(y)}h8v11h-8Z`;
          budget--;
        }
      }
    }
    x += w + rng.range(-12, 4);
  }
  p.path(body, fill);
  if (glassD) p.path(glassD, glass ?? mix(fill, '#ffffff', 0.25), 'opacity=".6"');
  if (litD) p.path(litD, lit ?? '#ffd27a');
}

// Short horizontal strokes on water, longer and thicker nearer the viewer.
function ripples(p, y0, y1, colour, count, opacity = 0.45, xMin = 0, xMax = W) {
  const { rng } = p;
  const bands = ['', '', ''];
  for (let i = 0; i < count; i++) {
    const t = rng.next() ** 1.4;
    const y = y0 + (y1 - y0) * t;
    const len = 8 + 90 * t * rng.range(0.4, 1);
    bands[Math.min(2, Math.floor(t * 3))] += `M${f(rng.range(xMin, xMax))} ${f(y)}h${f(len)}`;
  }
  bands.forEach((d, i) => p.stroke(d, colour, 1.5 + i * 1.5, `opacity="${opacity}"`));
}

// The sun's or moon's glittering column on the water below it.
function sunPath(p, x, y0, y1, colour, width) {
  let d = '';
  for (let y = y0 + 4, i = 0; y < y1; y += 6 + i * 1.5, i++) {
    const t = (y - y0) / (y1 - y0);
    const w = width * (0.3 + t * 0.9) * p.rng.range(0.3, 1);
    d += `M${f(x - w / 2 + p.rng.range(-8, 8))} ${f(y)}h${f(w)}`;
  }
  p.stroke(d, colour, 3.5, 'opacity=".7"');
}

function birds(p, colour, count, yMin, yMax) {
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

function sailboat(p, x, y, s, hull, sail) {
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

function ferry(p, x, y, s, hull, cabin, funnel) {
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
function boatShadow(p, x, y, w, colour) {
  let d = '';
  for (let i = 0; i < 4; i++)
    d += `M${f(x - w * (0.5 - i * 0.1) + p.rng.range(-6, 6))} ${f(y + 10 + i * 7)}h${f(w * (1 - i * 0.2))}`;
  p.stroke(d, colour, 4, 'opacity=".35"');
}

/** A simple standing figure (head, body, legs) used for performers and shoppers. */
function figure(p, x, y, h, body, legs, skin) {
  const s = h / 100;
  p.path(
    `M${f(x - 9 * s)} ${f(y)}l${f(2 * s)} ${f(-45 * s)}h${f(14 * s)}l${f(2 * s)} ${f(45 * s)}h${f(-7 * s)}l${f(-2 * s)} ${f(-34 * s)}l${f(-2 * s)} ${f(34 * s)}Z`,
    legs,
  );
  p.path(
    `M${f(x - 15 * s)} ${f(y - 42 * s)}l${f(2 * s)} ${f(-32 * s)}q${f(13 * s)} ${f(-8 * s)} ${f(26 * s)} 0l${f(2 * s)} ${f(32 * s)}Z`,
    body,
  );
  p.circle(x, y - 86 * s, 10 * s, skin);
}

// ---------------------------------------------------------------- scenes

function harbour(p) {
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

function city(p) {
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

// A mountain range: faceted peaks, the shadow side darker, snow on the tallest ones.
function range(p, base, minH, maxH, count, rock, snow) {
  const { rng } = p;
  const peaks = [];
  for (let i = 0; i < count; i++)
    peaks.push({ x: (W / (count - 1)) * i + rng.range(-80, 80), h: rng.range(minH, maxH) });
  peaks.sort((a, b) => b.h - a.h);
  for (const { x, h } of peaks) {
    const top = [x, base - h];
    const wl = h * rng.range(1.1, 1.6);
    const wr = h * rng.range(1.1, 1.6);
    const lm = [x - wl * 0.5 + rng.range(-15, 15), base - h * 0.5];
    const rm = [x + wr * 0.5 + rng.range(-15, 15), base - h * 0.5];
    p.path(pts([[x - wl, base + 60], lm, top, rm, [x + wr, base + 60]]), rock);
    if (snow && h > minH + (maxH - minH) * 0.3) {
      const s = rng.range(0.25, 0.4);
      const a = [top[0] + (lm[0] - top[0]) * s, top[1] + (lm[1] - top[1]) * s];
      const b = [top[0] + (rm[0] - top[0]) * s, top[1] + (rm[1] - top[1]) * s];
      const zig = [];
      for (let i = 1; i < 4; i++)
        zig.push([
          a[0] + ((b[0] - a[0]) * i) / 4,
          a[1] + ((b[1] - a[1]) * i) / 4 + (i % 2 ? 14 : -4),
        ]);
      p.path(pts([top, a, ...zig, b]), snow);
    }
    // Light comes from the left: shade the right-hand face of rock and snow alike.
    p.path(
      pts([top, rm, [x + wr, base + 60], [x + rng.range(-10, 30), base + 60]]),
      '#1b2340',
      'opacity=".2"',
    );
  }
}

function mountains(p) {
  const { rng } = p;
  const pal = makePalette(rng, ['dawn', 'day', 'golden', 'dusk', 'mist']);
  drawSky(p, pal);
  drawSun(p, pal, rng.range(180, 1020), rng.range(110, 230), rng.range(34, 50));
  drawClouds(p, pal, rng.int(1, 3), 70, 200);
  const rock = pal.lit(hsl(rng.range(200, 260), rng.range(0.1, 0.2), rng.range(0.42, 0.52)));
  const snow = pal.lit('#f6f7fb');
  range(p, 520, 220, 380, rng.int(5, 7), pal.fade(rock, 0.55), pal.fade(snow, 0.3));
  range(p, 600, 140, 260, rng.int(4, 6), pal.fade(rock, 0.25), pal.fade(snow, 0.12));
  const hills = ridge(rng, rng.range(610, 640), 25);
  p.path(hills.shape(), pal.fade(pal.land, 0.25));
  const pine = pal.lit(mix(pal.land, '#0f2a1e', 0.5));
  p.path(treeLine(rng, hills.at, 30, 60, 22), pal.fade(pine, 0.2));
  if (rng.chance(0.5)) {
    // A lake in front of the forest, catching the sky.
    const ly = rng.range(660, 690);
    p.path(
      `M-10 ${f(ly)}Q600 ${f(ly - 12)} 1210 ${f(ly)}V${f(ly + 60)}Q600 ${f(ly + 75)} -10 ${f(ly + 60)}Z`,
      p.linear([
        [0, mix(pal.sky[2], pal.water[0], 0.4)],
        [1, pal.water[1]],
      ]),
    );
    ripples(p, ly + 5, ly + 60, '#ffffff', 24, 0.35);
  }
  const front = ridge(rng, rng.range(735, 760), 18);
  p.path(front.shape(), pal.lit(mix(pal.land, '#1d3b2a', 0.3)));
  let trees = '';
  for (let i = rng.int(3, 6); i > 0; i--) {
    const x = rng.chance(0.5) ? rng.range(-20, 300) : rng.range(900, 1220);
    trees += conifer(x, front.at(x) + 10, rng.range(120, 230));
  }
  p.path(trees, pine);
  birds(p, '#2b2d42', rng.int(2, 4), 160, 300);
}

function fields(p) {
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

function stadium(p) {
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

function lab(p) {
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

function stage(p) {
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

function market(p) {
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

function river(p) {
  const { rng } = p;
  const pal = makePalette(rng, ['dawn', 'day', 'golden', 'dusk', 'mist']);
  const hy = rng.range(370, 420);
  drawSky(p, pal, hy + 40);
  drawSun(p, pal, rng.range(180, 1020), rng.range(100, hy - 130), rng.range(34, 50));
  drawClouds(p, pal, rng.int(2, 3), 60, hy - 180);
  p.path(ridge(rng, hy - 10, 30).shape(), pal.fade(pal.land, 0.6));
  const mid = ridge(rng, hy + 10, 15);
  p.path(mid.shape(), pal.fade(pal.land, 0.35));
  p.path(treeLine(rng, mid.at, 12, 26, 12), pal.fade(mix(pal.land, '#17301f', 0.4), 0.35));
  // Meadows getting darker towards the viewer.
  p.path(ridge(rng, hy + 30, 6).shape(), mix(pal.land, pal.haze, 0.12));
  p.path(ridge(rng, hy + 120, 20).shape(), pal.land);
  p.path(ridge(rng, hy + 260, 30).shape(), mix(pal.land, '#1d3b22', 0.18));

  // The river winds from the horizon towards the viewer, widening with perspective.
  const top = hy + 28;
  const x0 = rng.range(450, 750);
  const x1 = rng.range(350, 850);
  const bend = rng.range(-160, 160);
  const centre = (t) => x0 + (x1 - x0) * t + bend * Math.sin(t * Math.PI * 1.5) * t;
  const width = (t) => 12 + 640 * t ** 1.8;
  const side = (sign) =>
    Array.from({ length: 17 }, (_, i) => {
      const t = i / 16;
      return [centre(t) + (sign * width(t)) / 2, top + (H - top) * t];
    });
  const left = side(-1);
  const right = side(1).reverse();
  const water = `${smooth(left)}L${smooth(right).slice(1)}Z`;
  p.path(
    water,
    p.linear([
      [0, mix(pal.sky[2], pal.water[0], 0.3)],
      [1, pal.water[1]],
    ]),
    `stroke="${mix(pal.land, '#3b2f27', 0.35)}" stroke-width="6"`,
  );
  p.add(`<g clip-path="${p.clip(water)}">`);
  ripples(p, top, H, mix(pal.water[0], '#ffffff', 0.4), 60, 0.5);
  p.add('</g>');

  if (rng.chance(0.55)) {
    // A stone bridge with arches across the middle distance.
    const t = rng.range(0.25, 0.4);
    const y = top + (H - top) * t;
    const c = centre(t);
    const span = width(t) + 160;
    const thick = 30 + 60 * t;
    const stone = pal.lit('#b9a58c');
    let d = `M${f(c - span / 2)} ${f(y - thick)}h${f(span)}v${f(thick + 8)}h${f(-span)}Z`;
    const arches = 3;
    const aw = span / arches;
    for (let i = 0; i < arches; i++)
      d += `M${f(c - span / 2 + aw * (i + 0.15))} ${f(y + 8)}a${f(aw * 0.35)} ${f(thick * 0.6)} 0 0 1 ${f(aw * 0.7)} 0Z`;
    p.path(d, stone, 'fill-rule="evenodd"');
    p.rect(c - span / 2 - 10, y - thick - 8, span + 20, 10, mix(stone, '#000000', 0.2));
  }

  // Trees along both banks, drawn far to near.
  const leaf = pal.lit(mix(pal.land, '#1d3b22', 0.35));
  const trees = [];
  for (let i = 0; i < 14; i++) {
    const t = rng.range(0.05, 0.9);
    const sign = rng.chance(0.5) ? -1 : 1;
    trees.push({ t, x: centre(t) + sign * (width(t) / 2 + rng.range(30, 200) * (0.3 + t)) });
  }
  trees.sort((a, b) => a.t - b.t);
  for (const { t, x } of trees) {
    const y = top + (H - top) * t;
    const h = 50 + 260 * t;
    if (rng.chance(0.4))
      p.add(
        `<ellipse cx="${f(x)}" cy="${f(y - h * 0.55)}" rx="${f(h * 0.16)}" ry="${f(h * 0.5)}" fill="${mix(leaf, '#0f2416', 0.2)}"/>`,
      );
    else roundTree(p, x, y, h, leaf, '#4a3b30');
  }
  // Reeds in the near corner.
  let reeds = '';
  const rx = rng.chance(0.5) ? 60 : 1000;
  for (let i = 0; i < 18; i++)
    reeds += `M${f(rx + i * 8 + rng.range(-4, 4))} ${H}q${f(rng.range(-8, 14))} -60 ${f(rng.range(-20, 30))} ${f(-rng.range(70, 150))}`;
  p.stroke(reeds, pal.lit('#4d6b2f'), 4);
  birds(p, '#2b2d42', rng.int(2, 4), 120, hy - 140);
}

function night(p) {
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

function forest(p) {
  const { rng } = p;
  const pal = makePalette(rng, ['dawn', 'golden', 'mist', 'day']);
  drawSky(p, pal);
  const sx = rng.range(300, 900);
  const sy = rng.range(220, 330);
  drawSun(p, pal, sx, sy, rng.range(40, 56));
  // Sun rays fanning down through the trees.
  let rays = '';
  for (let i = 0; i < 6; i++) {
    const a = (rng.range(20, 160) * Math.PI) / 180;
    const w = rng.range(0.03, 0.07);
    rays += pts([
      [sx, sy],
      [sx + Math.cos(a - w) * 1400, sy + Math.sin(a - w) * 1400],
      [sx + Math.cos(a + w) * 1400, sy + Math.sin(a + w) * 1400],
    ]);
  }
  p.path(rays, pal.sun, 'opacity=".12"');
  const pine = pal.lit(hsl(rng.range(120, 170), rng.range(0.25, 0.4), rng.range(0.2, 0.28)));
  const layers = [
    [430, 0.7, 50, 90, 22],
    [500, 0.5, 70, 130, 30],
    [590, 0.3, 100, 170, 40],
    [690, 0.12, 140, 240, 55],
  ];
  for (const [y, fade, minH, maxH, spacing] of layers) {
    const r = ridge(rng, y, 20);
    p.path(treeLine(rng, r.at, minH, maxH, spacing), pal.fade(pine, fade));
    // A band of mist in front of each layer deepens the sense of distance.
    p.rect(
      0,
      y - 40,
      W,
      80,
      p.linear([
        [0, pal.haze, 0],
        [0.6, pal.haze, 0.45],
        [1, pal.haze, 0],
      ]),
    );
  }
  // Forest floor, a winding trail and big trees framing the picture.
  const floor = ridge(rng, 725, 10);
  p.path(floor.shape(), pal.lit(mix(pine, '#3b2f27', 0.4)));
  const tx = rng.range(450, 750);
  const ty = floor.at(tx) + 4;
  const bend = rng.range(-90, 90);
  p.path(
    `M${f(tx - 5)} ${f(ty)}Q${f(tx + bend)} ${f(ty + 30)} ${f(tx - 90 + bend)} 800H${f(tx + 90 + bend)}Q${f(tx + bend + 30)} ${f(ty + 30)} ${f(tx + 5)} ${f(ty)}Z`,
    pal.lit('#c9a77c'),
    'opacity=".85"',
  );
  let trees = '';
  for (const x of [
    rng.range(-10, 120),
    rng.range(1080, 1210),
    rng.chance(0.5) ? rng.range(180, 280) : rng.range(920, 1020),
  ])
    trees += conifer(x, H + 10, rng.range(420, 560));
  p.path(trees, pal.lit(mix(pine, '#0b1a12', 0.5)));
  birds(p, '#2b2d42', rng.int(2, 3), 90, 200);
}

function chart(p) {
  const { rng } = p;
  const dark = rng.chance(0.35);
  const bg = dark ? '#15203a' : rng.pick(['#f6f1e7', '#f3f4f0', '#eef3f6']);
  const ink = dark ? '#e8e6df' : '#1f2a44';
  const grid = dark ? '#2c3a5c' : '#d8d3c7';
  const [main, second, third] = [...ACCENTS].sort(() => rng.next() - 0.5);
  p.rect(0, 0, W, H, bg);
  // Placeholder "headline" bars stand in for a chart title without any text.
  p.rect(100, 70, 14, 44, main);
  p.add(
    `<rect x="130" y="72" width="${f(rng.range(360, 520))}" height="20" rx="10" fill="${ink}"/><rect x="130" y="102" width="${f(rng.range(220, 340))}" height="12" rx="6" fill="${grid}"/>`,
  );
  const [x0, x1, y0, y1] = [140, 1100, 180, 660];
  let gridD = '';
  for (let i = 0; i < 5; i++) gridD += `M${x0} ${f(y0 + (i * (y1 - y0)) / 5)}H${x1}`;
  p.stroke(gridD, grid, 2, 'stroke-dasharray="6 8"');
  let ticks = '';
  for (let i = 0; i <= 5; i++) ticks += `M${x0 - 40} ${f(y0 + (i * (y1 - y0)) / 5)}h24`;
  p.stroke(ticks, grid, 8);
  // Data: a random walk with a trend, scaled into the plot area.
  const n = rng.int(10, 16);
  const trend = rng.range(-0.05, 0.08);
  let v = 0;
  const walk = Array.from({ length: n }, () => (v += trend + rng.range(-0.12, 0.12)));
  // Rescale into a band of the plot so no series is clipped or flattened against the top.
  const [lo, hi] = [Math.min(...walk), Math.max(...walk)];
  const [bottom, top] = [rng.range(0.12, 0.35), rng.range(0.75, 0.92)];
  const data = walk.map((w) => bottom + ((w - lo) / (hi - lo || 1)) * (top - bottom));
  const step = (x1 - x0) / n;
  const kind = rng.pick(['bars', 'line', 'combo']);
  if (kind !== 'line') {
    let bars = '';
    data.forEach((d, i) => {
      if (i < n - 1)
        bars += `M${f(x0 + i * step + step * 0.18)} ${y1}V${f(y1 - d * (y1 - y0))}h${f(step * 0.64)}V${y1}Z`;
    });
    p.path(bars, kind === 'combo' ? mix(second, bg, 0.35) : second);
    const d = data[n - 1];
    p.path(
      `M${f(x0 + (n - 1) * step + step * 0.18)} ${y1}V${f(y1 - d * (y1 - y0))}h${f(step * 0.64)}V${y1}Z`,
      main,
    );
  }
  if (kind !== 'bars') {
    const series =
      kind === 'combo'
        ? [data.map((d) => d * rng.range(0.7, 0.95))]
        : [data, data.map((d) => Math.max(0.08, d * rng.range(0.4, 0.7) + rng.range(-0.06, 0.06)))];
    series.forEach((s, k) => {
      const points = s.map((d, i) => [x0 + (i + 0.5) * step, y1 - d * (y1 - y0)]);
      const colour = k ? third : main;
      if (k === 0 && kind === 'line') {
        p.path(
          `${smooth(points)}L${f(points[n - 1][0])} ${y1}L${f(points[0][0])} ${y1}Z`,
          p.linear([
            [0, colour, 0.35],
            [1, colour, 0],
          ]),
        );
      }
      p.stroke(smooth(points), colour, 6, 'stroke-linejoin="round"');
      const [lx, ly] = points[n - 1];
      p.circle(lx, ly, 18, colour, 'opacity=".25"');
      p.circle(lx, ly, 9, colour);
    });
  }
  if (rng.chance(0.5)) {
    // An annotation: a dashed marker line with a small flag.
    const mx = x0 + (rng.int(2, n - 3) + 0.5) * step;
    p.stroke(`M${f(mx)} ${y0 - 10}V${y1}`, ink, 2, 'stroke-dasharray="4 6" opacity=".6"');
    p.add(`<rect x="${f(mx + 8)}" y="${y0 - 14}" width="90" height="14" rx="7" fill="${grid}"/>`);
  }
  p.stroke(`M${x0} ${y1}H${x1}`, ink, 4);
  let xt = '';
  for (let i = 0; i < n; i += 2) xt += `M${f(x0 + (i + 0.5) * step - 16)} ${y1 + 30}h32`;
  p.stroke(xt, grid, 8);
  // Legend swatches.
  p.circle(140, 730, 9, main);
  p.rect(160, 724, 110, 12, grid, 'rx="6"');
  p.circle(320, 730, 9, kind === 'line' ? third : second);
  p.rect(340, 724, 90, 12, grid, 'rx="6"');
}

const SCENES = {
  harbour,
  city,
  mountains,
  fields,
  stadium,
  lab,
  stage,
  market,
  river,
  night,
  forest,
  chart,
};

export const SCENE_NAMES = Object.keys(SCENES);

/** Returns an SVG document (1200x800, no text) of the given scene, the same for the same seed. */
export function drawScene(scene, seed) {
  const draw = SCENES[scene];
  if (!draw) throw new Error(`unknown scene "${scene}"`);
  const picture = new Picture(makeRng(`${scene}:${seed}`));
  draw(picture);
  return picture.toString();
}
