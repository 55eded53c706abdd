// "Where it goes wrong", the plain logic: the points of the prediction checkpoint and which images
// it asks about. Pure: the step passes the result to context.award / complete.
import { byConfidence, type Prediction } from '../../../views/results/predictions';

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

/** The checkpoint as saved in the lesson progress: the image of each round and the class picked (-1 = not yet). */
export interface CheckpointState {
  images: number[];
  choices: number[];
}

/** The first round not answered yet (= the number of rounds when all are). */
export function openRound({ images, choices }: CheckpointState): number {
  const open = choices.indexOf(-1);
  return open < 0 ? images.length : open;
}

/** Rounds answered, how many matched the network's answer, and whether all are done. */
export function checkpointScore({ images, choices }: CheckpointState, predictions: readonly Prediction[]): { answered: number; matched: number; done: boolean } {
  const answered = choices.filter((c) => c >= 0).length;
  const matched = choices.filter((c, i) => c >= 0 && c === predictions[images[i]].predicted).length;
  return { answered, matched, done: answered === images.length };
}
