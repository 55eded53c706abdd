// Points of the lesson's checks in steps 5 and 6, and which images the prediction checkpoint asks
// about. Pure: the steps call these and pass the result to context.award / complete.
import { byConfidence, type Prediction } from '../../views/results/predictions';

/** Most points for the accuracy guess (exact to the point). */
export const GUESS_MAX_POINTS = 10;

/** 10 points for a guess within half a point of the test accuracy, one less per point off, ≥ 0. */
export function guessPoints(guessPercent: number, accuracy: number): number {
  if (!Number.isFinite(guessPercent)) return 0;
  const off = Math.abs(guessPercent - accuracy * 100);
  return Math.max(0, GUESS_MAX_POINTS - Math.round(off));
}

/** Points for picking the class the network predicts (right or wrong, what matters is its answer). */
export const CHECKPOINT_POINTS = 5;

export function checkpointPoints(choice: number, prediction: Prediction): number {
  return choice === prediction.predicted ? CHECKPOINT_POINTS : 0;
}

/**
 * The images the checkpoint asks about, in round order: alternately a confident mistake (the
 * network is sure and wrong — does the learner see why?) and a hesitant correct answer; later
 * rounds take mistakes further down the confidence list. Distinct images; fewer rounds only when
 * the test set has fewer images than rounds.
 */
export function checkpointImages(predictions: readonly Prediction[], rounds = 4): Prediction[] {
  const errors = predictions.filter((p) => p.predicted !== p.label).sort(byConfidence);
  const hesitant = predictions
    .filter((p) => p.predicted === p.label && p.confidence < 0.75)
    .sort(byConfidence); // the most confident of the hesitant first: right, but not obviously so
  const picked: Prediction[] = [];
  const used = new Set<number>();
  const take = (list: readonly Prediction[], at: number) => {
    for (let i = at; i < list.length; i++) {
      if (!used.has(list[i].index)) {
        used.add(list[i].index);
        picked.push(list[i]);
        return true;
      }
    }
    return false;
  };
  for (let round = 0; picked.length < rounds && round < rounds; round++) {
    const fromErrors = round % 2 === 0;
    const list = fromErrors ? errors : hesitant;
    // Errors: 1st, then ~ the 10th percentile, …; hesitant: consecutive.
    const at = fromErrors ? Math.floor((round / 2) * Math.max(1, errors.length / 10)) : 0;
    if (!take(list, at)) take(fromErrors ? hesitant : errors, 0);
  }
  for (const p of predictions) {
    if (picked.length >= rounds) break;
    if (!used.has(p.index)) {
      used.add(p.index);
      picked.push(p);
    }
  }
  return picked;
}
