import { describe, expect, it } from 'vitest';
import { setNewest } from './bounded-map.ts';

describe('setNewest', () => {
  it('forgets the entry stored longest ago once the map is full', () => {
    const map = new Map<string, number>();
    for (const [index, key] of ['a', 'b', 'c'].entries()) setNewest(map, key, index, 2);
    expect([...map.keys()]).toEqual(['b', 'c']);
  });

  it('counts storing a key again as newest, so it outlives older ones', () => {
    const map = new Map([
      ['a', 1],
      ['b', 2],
    ]);
    setNewest(map, 'a', 3, 2);
    setNewest(map, 'c', 4, 2);
    expect([...map.entries()]).toEqual([
      ['a', 3],
      ['c', 4],
    ]);
  });
});
