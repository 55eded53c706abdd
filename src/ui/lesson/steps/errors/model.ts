// "Where it goes wrong", the plain logic: which images the prediction checkpoint's game rounds ask
// about (the learner predicts the class the NETWORK will say: ../../game/lesson-rounds.ts plays
// them as play mode's round component). Pure.
import type { RoundSpec } from '../../../play/game/round-spec';
import { byConfidence, type Prediction } from '../../../views/results/predictions';

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

/** The checkpoint's rounds: "which class will the network say?" on each picked image, and their ids. */
export function checkpointRounds(predictions: readonly Prediction[], rounds = 4): { specs: RoundSpec[]; ids: string[] } {
  const images = checkpointImages(predictions, rounds).map((p) => p.index);
  return { specs: images.map((image) => ({ kind: 'network', image })), ids: images.map((image) => `image:${image}`) };
}
