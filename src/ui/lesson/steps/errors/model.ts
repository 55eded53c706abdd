// "Where it goes wrong", the plain logic: which images the prediction checkpoint asks about, the
// hint after a first miss, and the points (hint first, the answer on the second miss:
// ../../game/attempts.ts). Pure: the step passes the result to context.award / complete.
import { byConfidence, type Prediction } from '../../../views/results/predictions';
import { answerAttempt, attemptPoints, isAttempt, isSettled, type Attempt } from '../../game/attempts';

/** Points for picking the class the network predicts at the first try (right or wrong, what matters is its answer). */
export const CHECKPOINT_POINTS = 5;

export function checkpointPoints(choice: number, prediction: Prediction): number {
  return choice === prediction.predicted ? CHECKPOINT_POINTS : 0;
}

/**
 * The hint after a first miss: the learner picked the network's second choice ("close"), or the
 * network's answer is one of its two top classes (listed lower class first, so the order gives
 * nothing away).
 */
export type CheckpointHint = { kind: 'second'; choice: number } | { kind: 'pair'; a: number; b: number };

export function checkpointHint(choice: number, prediction: Prediction): CheckpointHint {
  if (choice === prediction.second) return { kind: 'second', choice };
  return { kind: 'pair', a: Math.min(prediction.predicted, prediction.second), b: Math.max(prediction.predicted, prediction.second) };
}

/** The round's attempt state (an old record has none: settled when it has a choice). */
export const roundAttempt = ({ choices, attempts }: CheckpointState, round: number): Attempt =>
  isAttempt(attempts?.[round]) ? attempts![round] : choices[round] >= 0 ? 'right' : 'open';

/**
 * Answers round `round` with `choice`: a first miss gives a hint and keeps the round open; a match
 * or a second miss settles it (its choice is kept). Returns the new state, the round's attempt
 * and the points it earned now.
 */
export function answerRound(state: CheckpointState, round: number, choice: number, prediction: Prediction): { state: CheckpointState; attempt: Attempt; points: number } {
  const attempt = answerAttempt(roundAttempt(state, round), choice === prediction.predicted);
  const attempts = state.images.map((_, i) => (i === round ? attempt : roundAttempt(state, i)));
  const choices = state.choices.map((c, i) => (i === round && isSettled(attempt) ? choice : c));
  return { state: { images: [...state.images], choices, attempts }, attempt, points: attemptPoints(attempt, CHECKPOINT_POINTS) };
}

/** Every round matched at the first try (the "mind reader" badge). */
export const allFirstTry = (state: CheckpointState): boolean => state.images.length > 0 && state.images.every((_, i) => roundAttempt(state, i) === 'right');

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

/** The checkpoint as saved in the lesson progress: the image of each round, the class picked once settled (-1 = not yet), and each round's attempt. */
export interface CheckpointState {
  images: number[];
  choices: number[];
  attempts?: Attempt[];
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
