import { describe, expect, it } from 'vitest';
import { accuracyOf, analysePredictions, confusionMatrix, imagesInCell, misclassified, topTwo } from './predictions';

/** Probabilities (N×classes) from rows of [class, p] pairs; the rest of each row shares what is left. */
function probs(rows: [number, number][][], classes = 4): Float32Array {
  const out = new Float32Array(rows.length * classes);
  rows.forEach((pairs, r) => {
    const rest = (1 - pairs.reduce((s, [, p]) => s + p, 0)) / (classes - pairs.length);
    for (let c = 0; c < classes; c++) out[r * classes + c] = rest;
    for (const [c, p] of pairs) out[r * classes + c] = p;
  });
  return out;
}

describe('topTwo', () => {
  it('finds the largest and second largest', () => {
    expect(topTwo([0.1, 0.6, 0.05, 0.25], 0, 4)).toEqual([1, 3]);
    expect(topTwo([0.7, 0.1, 0.1, 0.1], 0, 4)).toEqual([0, 1]); // ties → lower class
    expect(topTwo([0.1, 0.2, 0.3, 0.4, 0, 0, 0, 0.9], 1, 4)).toEqual([3, 0]);
  });

  it('handles the first class being second', () => {
    expect(topTwo([0.3, 0.5, 0.1, 0.1], 0, 4)).toEqual([1, 0]);
  });
});

describe('analysePredictions', () => {
  const p = probs([[[0, 0.9]], [[2, 0.6], [1, 0.3]], [[3, 0.99]], [[1, 0.55], [3, 0.4]]]);
  const labels = Uint8Array.from([0, 1, 1, 1]);
  const predictions = analysePredictions(p, labels, 4);

  it('records label, top-1 and top-2 with probabilities', () => {
    expect(predictions[1]).toMatchObject({ index: 1, label: 1, predicted: 2, second: 1 });
    expect(predictions[1].confidence).toBeCloseTo(0.6, 6);
    expect(predictions[1].secondProbability).toBeCloseTo(0.3, 6);
    expect(accuracyOf(predictions)).toBe(0.5);
  });

  it('rejects a size mismatch', () => {
    expect(() => analysePredictions(new Float32Array(7), labels, 4)).toThrow(/4×4/);
  });

  it('counts the confusion matrix by true row and predicted column', () => {
    const m = confusionMatrix(predictions, 4);
    expect(Array.from(m)).toEqual([1, 0, 0, 0, 0, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0]);
    expect(m.reduce((a, b) => a + b, 0)).toBe(4);
  });

  it('sorts the misclassified images by confidence, most confident first', () => {
    expect(misclassified(predictions).map((x) => x.index)).toEqual([2, 1]);
  });

  it('lists the images behind a cell', () => {
    expect(imagesInCell(predictions, 1, 3).map((x) => x.index)).toEqual([2]);
    expect(imagesInCell(predictions, 1, 1).map((x) => x.index)).toEqual([3]);
    expect(imagesInCell(predictions, 2, 2)).toEqual([]);
  });

  it('breaks confidence ties by test-set order', () => {
    const tied = analysePredictions(probs([[[1, 0.8]], [[1, 0.8]], [[1, 0.8]]]), Uint8Array.from([0, 0, 0]), 4);
    expect(misclassified(tied).map((x) => x.index)).toEqual([0, 1, 2]);
  });
});
