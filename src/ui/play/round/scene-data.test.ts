import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { LayerActivation } from '../../../shared/training-types';
import { channelValues, networkVerdict, pooledMaps, resolveFilterRound, roundQuestion } from './scene-data';

/** An (h, w, c) activation where channel k holds `fill(k, p)` at pixel p. */
function activation(kind: LayerActivation['kind'], shape: number[], fill: (k: number, p: number) => number): LayerActivation {
  const [h, w, c] = shape;
  const values = new Float32Array(h * w * c);
  for (let p = 0; p < h * w; p++) for (let k = 0; k < c; k++) values[p * c + k] = fill(k, p);
  return { layer: 0, name: kind, kind, shape, values };
}

describe('scene data', () => {
  it('reads one channel out of NHWC', () => {
    const maps = activation('conv2d', [2, 3, 4], (k, p) => k * 10 + p);
    expect([...channelValues(maps.values, maps.shape, 2)]).toEqual([20, 21, 22, 23, 24, 25]);
  });

  it('finds the last pooling layer to collapse into', () => {
    const layers = [activation('conv2d', [4, 4, 2], () => 1), activation('maxPool2d', [2, 2, 2], () => 1), { layer: 2, name: 'f', kind: 'flatten', shape: [8], values: new Float32Array(8) } as LayerActivation];
    expect(pooledMaps(layers)?.kind).toBe('maxPool2d');
    expect(pooledMaps(layers.slice(0, 1))).toBeUndefined();
  });

  it('a filter round offers four distinct filters, the target one that responds to the image', () => {
    // Channels 0, 3 and 7 of 10 are dead (all zero); the others vary over the image.
    const dead = new Set([0, 3, 7]);
    const maps = activation('conv2d', [6, 6, 10], (k, p) => (dead.has(k) ? 0 : ((p * (k + 1)) % 7) + 0.5));
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1 << 30 }), (pick) => {
        const round = resolveFilterRound(maps, pick);
        expect(new Set(round.options).size).toBe(4);
        expect(round.options[round.answer]).toBe(round.target);
        expect(dead.has(round.target)).toBe(false);
        expect(resolveFilterRound(maps, pick)).toEqual(round);
      }),
    );
    expect(resolveFilterRound(activation('conv2d', [2, 2, 3], (k, p) => k + p), 5).options).toHaveLength(3);
  });

  it('the right answer is the network’s class, the true class, or the question’s', () => {
    const probabilities = Float32Array.from([0.05, 0.6, 0.3, 0.05, 0, 0, 0, 0, 0, 0]);
    const verdict = networkVerdict(probabilities, 2);
    expect(verdict.top.map((t) => t.label)).toEqual([1, 2, 0]);
    expect(roundQuestion({ kind: 'network', image: 0 }, verdict, undefined)).toEqual({ optionCount: 10, answer: 1 });
    expect(roundQuestion({ kind: 'truth', image: 0 }, verdict, undefined)).toEqual({ optionCount: 10, answer: 2 });
    expect(roundQuestion({ kind: 'choice', prompt: () => '?', options: [() => 'a', () => 'b'], answer: 1 }, undefined, undefined)).toEqual({ optionCount: 2, answer: 1 });
  });
});
