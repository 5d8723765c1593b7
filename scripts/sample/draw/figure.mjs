import { f } from './svg.mjs';

/** A simple standing figure (head, body, legs) used for performers and shoppers. */
export function figure(p, x, y, h, body, legs, skin) {
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
