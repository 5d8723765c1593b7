// Draws the sample articles' pictures: flat "editorial illustration" SVGs, 1200x800, no text.
//
// drawScene(scene, seed) is deterministic: the seed (the output file name) drives a small
// PRNG, so rebuilding gives byte-identical files while every picture still differs in
// palette, time of day and layout. Shapes of one colour are merged into one <path> and
// coordinates are rounded to 0.1 so that each file stays well under ~15 KB.
//
// The drawing primitives live in draw/ (randomness, colour, SVG output, and the shared
// pieces: sky, land, water, boats, figures); each scene is one module in scenes/ exporting
// draw(picture). Adding a scene is adding one file there: it is found by its file name.

import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { makeRng } from './draw/random.mjs';
import { Picture } from './draw/svg.mjs';

const SCENES_DIR = join(dirname(fileURLToPath(import.meta.url)), 'scenes');

const SCENES = Object.fromEntries(
  await Promise.all(
    readdirSync(SCENES_DIR)
      .filter((file) => file.endsWith('.mjs'))
      .sort()
      .map(async (file) => {
        const scene = /** @type {{ draw: (picture: Picture) => void }} */ (
          await import(pathToFileURL(join(SCENES_DIR, file)).href)
        );
        return [file.replace(/\.mjs$/, ''), scene.draw];
      }),
  ),
);

export const SCENE_NAMES = Object.keys(SCENES);

/** Returns an SVG document (1200x800, no text) of the given scene, the same for the same seed. */
export function drawScene(scene, seed) {
  const draw = SCENES[scene];
  if (!draw) throw new Error(`unknown scene "${scene}"`);
  const picture = new Picture(makeRng(`${scene}:${seed}`));
  draw(picture);
  return picture.toString();
}
