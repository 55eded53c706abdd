import { describe, expect, it } from 'vitest';
import { analysePredictions } from '../../../views/results/predictions';
import { checkpointImages, checkpointRounds } from './model';

/** n images of 10 classes; image i has label i % 10 and a chosen top class and confidence. */
function fixture(rows: { label: number; predicted: number; confidence: number }[]) {
  const probs = new Float32Array(rows.length * 10);
  rows.forEach(({ predicted, confidence }, r) => {
    for (let c = 0; c < 10; c++) probs[r * 10 + c] = (1 - confidence) / 9;
    probs[r * 10 + predicted] = confidence;
  });
  return analysePredictions(probs, Uint8Array.from(rows.map((r) => r.label)));
}

describe('checkpoint', () => {
  const predictions = fixture([
    { label: 0, predicted: 0, confidence: 0.99 }, // confident, right: never asked
    { label: 6, predicted: 0, confidence: 0.95 }, // confident mistake
    { label: 4, predicted: 4, confidence: 0.6 }, // hesitant, right
    { label: 2, predicted: 4, confidence: 0.5 }, // mistake
    { label: 6, predicted: 6, confidence: 0.7 }, // hesitant, right
    { label: 9, predicted: 5, confidence: 0.3 }, // mistake
  ]);

  it('asks "which class will the network say?" about each picked image, one id per round', () => {
    const { specs, ids } = checkpointRounds(predictions, 4);
    const picked = checkpointImages(predictions, 4).map((p) => p.index);
    expect(specs).toEqual(picked.map((image) => ({ kind: 'network', image })));
    expect(ids).toEqual(picked.map((image) => `image:${image}`));
  });

  it('alternates confident mistakes and hesitant correct answers, without repeats', () => {
    const picked = checkpointImages(predictions, 4).map((p) => p.index);
    expect(picked[0]).toBe(1);
    expect(picked[1]).toBe(4); // hesitant: most confident of them first
    expect(new Set(picked).size).toBe(4);
    expect(picked).not.toContain(0);
  });

  it('fills from whatever is left when a kind runs out, up to the image count', () => {
    expect(checkpointImages(predictions, 6).length).toBe(6);
    expect(checkpointImages(predictions.slice(0, 2), 4).map((p) => p.index).sort()).toEqual([0, 1]);
    const allRight = fixture([0, 1, 2].map((c) => ({ label: c, predicted: c, confidence: 0.99 })));
    expect(checkpointImages(allRight, 2).length).toBe(2);
  });
});
