// What the trained network said about each test image, and the views of it: the confusion matrix,
// the misclassified images by confidence, the images behind one matrix cell.
// Pure functions of the probabilities (N×10, row-major, as predictTest returns them).
import { CLASS_COUNT } from '../../../data/classes';

export interface Prediction {
  /** Test image index (0..N-1). */
  index: number;
  /** True class. */
  label: number;
  /** Most probable class and its probability (0..1). */
  predicted: number;
  confidence: number;
  /** Second most probable class and its probability. */
  second: number;
  secondProbability: number;
}

/** The two most probable classes of row `row` of `probs` (N×classes); ties go to the lower class. */
export function topTwo(probs: ArrayLike<number>, row: number, classes: number = CLASS_COUNT): [number, number] {
  let first = -1;
  let second = -1;
  for (let c = 0; c < classes; c++) {
    const p = probs[row * classes + c];
    if (first < 0 || p > probs[row * classes + first]) {
      second = first;
      first = c;
    } else if (second < 0 || p > probs[row * classes + second]) {
      second = c;
    }
  }
  return [first, second];
}

/** One Prediction per image: `probs` (N×classes) against `labels` (N). */
export function analysePredictions(probs: ArrayLike<number>, labels: ArrayLike<number>, classes: number = CLASS_COUNT): Prediction[] {
  if (probs.length !== labels.length * classes) {
    throw new Error(`expected ${labels.length}×${classes} probabilities, got ${probs.length}`);
  }
  return Array.from({ length: labels.length }, (_, index) => {
    const [predicted, second] = topTwo(probs, index, classes);
    return {
      index,
      label: labels[index],
      predicted,
      confidence: probs[index * classes + predicted],
      second,
      secondProbability: probs[index * classes + second],
    };
  });
}

/** counts[true × classes + predicted]: rows are the true class, columns the predicted one. */
export function confusionMatrix(predictions: readonly Prediction[], classes: number = CLASS_COUNT): Uint32Array {
  const counts = new Uint32Array(classes * classes);
  for (const p of predictions) counts[p.label * classes + p.predicted]++;
  return counts;
}

/** Most confident first; equal confidence keeps test-set order (a stable, testable order). */
export const byConfidence = (a: Prediction, b: Prediction): number => b.confidence - a.confidence || a.index - b.index;

export function misclassified(predictions: readonly Prediction[]): Prediction[] {
  return predictions.filter((p) => p.predicted !== p.label).sort(byConfidence);
}

/** The images behind one confusion-matrix cell, most confident first. */
export function imagesInCell(predictions: readonly Prediction[], label: number, predicted: number): Prediction[] {
  return predictions.filter((p) => p.label === label && p.predicted === predicted).sort(byConfidence);
}

export const accuracyOf = (predictions: readonly Prediction[]): number =>
  predictions.length === 0 ? 0 : predictions.filter((p) => p.predicted === p.label).length / predictions.length;

/** Which images a results view lists: every mistake, or the images behind one matrix cell. */
export type ResultSelection = { kind: 'errors' } | { kind: 'cell'; label: number; predicted: number };

export const isSelected = (selection: ResultSelection, label: number, predicted: number): boolean =>
  selection.kind === 'cell' && selection.label === label && selection.predicted === predicted;
