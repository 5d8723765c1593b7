import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { drawScene, SCENE_NAMES } from './draw-scene.mjs';

describe('drawScene', () => {
  it('knows every scene module in scenes/ by its file name', () => {
    const files = readdirSync(join(dirname(fileURLToPath(import.meta.url)), 'scenes'))
      .filter((file) => file.endsWith('.mjs'))
      .map((file) => file.replace(/\.mjs$/, ''));
    expect([...SCENE_NAMES].sort()).toEqual(files.sort());
    expect(SCENE_NAMES.length).toBeGreaterThanOrEqual(12);
  });

  it.each(SCENE_NAMES)('draws %s the same for the same seed, differently for another', (scene) => {
    const once = drawScene(scene, '01-lead.svg');
    expect(drawScene(scene, '01-lead.svg')).toBe(once);
    expect(drawScene(scene, '02-lead.svg')).not.toBe(once);
    expect(once).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" viewBox="0 0 1200 800"/);
    expect(once.length).toBeLessThan(15_000);
  });

  it('refuses a scene it does not have', () => {
    expect(() => drawScene('volcano', 'x.svg')).toThrow('unknown scene "volcano"');
  });
});
