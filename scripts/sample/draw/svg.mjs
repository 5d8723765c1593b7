export const W = 1200;
export const H = 800;

export const f = (v) => Math.round(v * 10) / 10; // 0.1 px is invisible at this size, and short
export const pts = (list) => `M${list.map(([x, y]) => `${f(x)} ${f(y)}`).join('L')}Z`;

// Collects <defs> and body markup; hands out unique ids for gradients and clip paths.
export class Picture {
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
