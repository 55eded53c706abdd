// Where each write kind's record goes: its table, columns and values. Typed by kind, so a new
// kind does not compile until it has a table here. writes.ts turns this into one SQL statement.
import type { WriteData, WriteKind } from '../../classroom/schemas';
import type { CheckedChallenge } from '../verify/check-entry';

/** What each kind's record is made from: the validated body (challenges: checked and decoded). */
export interface RecordInputs {
  progress: WriteData<'progress'>;
  answer: WriteData<'answer'>;
  playRound: WriteData<'playRound'>;
  playScore: WriteData<'playScore'>;
  challenge: CheckedChallenge;
  experiment: WriteData<'experiment'>;
}

export interface RecordTable<I> {
  table: string;
  /** Columns after student_id, each with its SQL cast (e.g. '::jsonb') if any. */
  columns: readonly (readonly [name: string, cast?: string])[];
  values(input: I): unknown[];
}

export const RECORD_TABLES: { [K in WriteKind]: RecordTable<RecordInputs[K]> } = {
  progress: { table: 'lesson_progress', columns: [['step_id'], ['points']], values: (d) => [d.stepId, d.points] },
  answer: { table: 'answers', columns: [['question_id'], ['correct'], ['chosen']], values: (d) => [d.questionId, d.correct, d.chosen] },
  playRound: {
    table: 'play_rounds',
    columns: [['round_id'], ['seed'], ['level'], ['predicted'], ['network'], ['truth'], ['bet'], ['points']],
    values: (d) => [d.roundId, d.seed, d.level, d.predicted, d.network, d.truth, d.bet, d.points],
  },
  playScore: { table: 'play_scores', columns: [['seed'], ['level'], ['score']], values: (d) => [d.seed, d.level, d.score] },
  challenge: {
    table: 'challenge_entries',
    columns: [['spec', '::jsonb'], ['params'], ['weights'], ['claimed_accuracy'], ['epochs']],
    values: (c) => [JSON.stringify(c.spec), c.params, c.weightBytes, c.claimedAccuracy, c.epochs],
  },
  experiment: {
    table: 'experiment_results',
    columns: [['architecture'], ['seed'], ['history', '::jsonb'], ['test_accuracy'], ['params']],
    values: (d) => [d.architecture, d.seed, JSON.stringify(d.history), d.testAccuracy, d.params],
  },
};
