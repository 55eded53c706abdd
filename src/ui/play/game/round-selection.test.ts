import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analysePredictions, type Prediction } from '../../views/results/predictions';
import { LEVEL_IDS, type LevelId } from './levels';
import type { RoundSpec } from './round-spec';
import { COIN_FLIP_GAP, EASY_CONFIDENCE, MISTAKE_CONFIDENCE, selectRounds } from './round-selection';

/** N images, random labels, softmax-like rows (random positive weights normalised). */
const predictionsArb = fc.integer({ min: 0, max: 120 }).chain((n) =>
  fc
    .tuple(
      fc.array(fc.integer({ min: 0, max: 9 }), { minLength: n, maxLength: n }),
      fc.array(fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 10, maxLength: 10 }), { minLength: n, maxLength: n }),
      fc.array(fc.integer({ min: 0, max: 9 }), { minLength: n, maxLength: n }),
      fc.array(fc.double({ min: 0, max: 60, noNaN: true }), { minLength: n, maxLength: n }),
    )
    .map(([labels, rows, peaks, sharpness]) => {
      // A peak on a random class with a random sharpness: confident rows and coin flips both occur.
      const probs = new Float32Array(n * 10);
      rows.forEach((row, i) => {
        const weights = row.map((w, c) => w + (c === peaks[i] ? sharpness[i] : 0));
        const sum = weights.reduce((s, w) => s + w, 0) || 1;
        weights.forEach((w, c) => (probs[i * 10 + c] = w / sum));
      });
      return analysePredictions(probs, Uint8Array.from(labels));
    }),
);

const imageOf = (round: RoundSpec) => ('image' in round ? round.image : -1);
const byIndex = (predictions: Prediction[], round: RoundSpec) => predictions[imageOf(round)];

describe('selectRounds', () => {
  it('is a pure function of (predictions, level, seed): same inputs, same rounds', () => {
    fc.assert(
      fc.property(predictionsArb, fc.constantFrom(...LEVEL_IDS), fc.integer(), (predictions, level, seed) => {
        const a = selectRounds(predictions, level, seed);
        expect(selectRounds(predictions.map((p) => ({ ...p })), level, seed)).toEqual(a);
      }),
    );
  });

  it('asks about distinct images, ten per game when the test set has them', () => {
    fc.assert(
      fc.property(predictionsArb, fc.constantFrom<LevelId>(1, 2, 3, 4), fc.integer(), (predictions, level, seed) => {
        const rounds = selectRounds(predictions, level, seed);
        const images = rounds.map(imageOf);
        expect(new Set(images).size).toBe(images.length);
        expect(images.length).toBe(Math.min(10, predictions.length));
        for (const image of images) expect(image).toBeGreaterThanOrEqual(0);
      }),
    );
  });

  it('draws from the level pool while it lasts', () => {
    const pools: Record<1 | 2 | 3 | 6, (p: Prediction) => boolean> = {
      1: (p) => p.predicted === p.label && p.confidence >= EASY_CONFIDENCE,
      2: (p) => p.predicted !== p.label && p.confidence >= MISTAKE_CONFIDENCE,
      3: (p) => p.confidence - p.secondProbability < COIN_FLIP_GAP,
      6: (p) => p.predicted !== p.label,
    };
    fc.assert(
      fc.property(predictionsArb, fc.constantFrom<1 | 2 | 3 | 6>(1, 2, 3, 6), fc.integer(), (predictions, level, seed) => {
        const inPool = predictions.filter(pools[level]).length;
        const rounds = selectRounds(predictions, level, seed);
        const fromPool = rounds.filter((round) => pools[level](byIndex(predictions, round))).length;
        expect(fromPool).toBe(Math.min(inPool, rounds.length));
        if (level === 6) expect(rounds.length).toBe(Math.min(10, inPool)); // only images the network gets wrong
      }),
    );
  });

  it('gives each level its kind of round', () => {
    // 40 images of label i mod 10; every third is predicted one class off, all at 0.91.
    const labels = Uint8Array.from({ length: 40 }, (_, i) => i % 10);
    const predicted = (i: number) => (i % 3 === 0 ? (labels[i] + 1) % 10 : labels[i]);
    const predictions = analysePredictions(Float32Array.from({ length: 400 }, (_, k) => (k % 10 === predicted(Math.floor(k / 10)) ? 0.91 : 0.01)), labels);
    const kinds = LEVEL_IDS.map((level) => selectRounds(predictions, level, 3).map((r) => r.kind)[0]);
    expect(kinds).toEqual(['network', 'network', 'network', 'filter', 'shape', 'truth']);
  });

  it('different seeds usually give different games', () => {
    const predictions = analysePredictions(Float32Array.from({ length: 5000 }, (_, i) => (i % 10 === 0 ? 0.95 : 0.005)), new Uint8Array(500));
    const games = new Set([1, 2, 3, 4, 5, 6, 7, 8].map((seed) => JSON.stringify(selectRounds(predictions, 1, seed))));
    expect(games.size).toBe(8);
  });
});
