import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isPlayHash, parsePlayHash, playHash, randomSeed } from './play-hash';

describe('play address', () => {
  it('round-trips seed, level and network', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 0xffffffff }), fc.constantFrom(1, 2, 3, 4, 5, 6), fc.constantFrom('house', 'lesson:seed-a:1a2b'), (seed, level, net) => {
        const address = parsePlayHash(playHash({ seed, level: level as 1, net }));
        expect(address).toEqual(net === 'house' ? { seed, level } : { seed, level, net });
      }),
    );
  });

  it('matches #play and #play?…, ignores what it cannot read', () => {
    expect(isPlayHash('#play')).toBe(true);
    expect(isPlayHash('#play?seed=1')).toBe(true);
    expect(isPlayHash('#playground')).toBe(false);
    expect(parsePlayHash('#play?seed=-4&level=9&net=<x>')).toEqual({});
    expect(parsePlayHash('#play?seed=12abc&level=2')).toEqual({ level: 2 });
    expect(parsePlayHash('#lesson')).toEqual({});
    expect(playHash({})).toBe('#play');
    expect(randomSeed(() => 0)).toBe(10_000);
    expect(randomSeed(() => 0.99999)).toBeLessThan(100_000);
  });
});
