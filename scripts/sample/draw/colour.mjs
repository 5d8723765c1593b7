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
export function mix(a, b, t) {
  const x = toRgb(a);
  const y = toRgb(b);
  return toHex(x.map((v, i) => v + (y[i] - v) * t));
}

/** h in degrees, s and l in 0..1. */
export function hsl(h, s, l) {
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
export const ACCENTS = [
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

export function makePalette(rng, moods) {
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
