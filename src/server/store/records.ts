// One insert per write kind: the record a student write stores. Typed by kind, so a new kind
// does not compile until it has its table and insert here.
import type { WriteData, WriteKind } from '../../classroom/schemas';
import type { Queryable } from '../db/database';
import type { CheckedChallenge } from '../verify/check-entry';

/** What each kind's insert receives: the validated body (challenges: also checked and decoded). */
export interface RecordInputs {
  progress: WriteData<'progress'>;
  answer: WriteData<'answer'>;
  playRound: WriteData<'playRound'>;
  playScore: WriteData<'playScore'>;
  challenge: CheckedChallenge;
  experiment: WriteData<'experiment'>;
}

type Insert<K extends WriteKind> = (tx: Queryable, studentId: string, input: RecordInputs[K]) => Promise<number>;

async function insertReturningId(tx: Queryable, sql: string, params: unknown[]): Promise<number> {
  const [row] = await tx.query<{ id: number }>(`${sql} RETURNING id`, params);
  return row.id;
}

export const RECORD_INSERTS: { [K in WriteKind]: Insert<K> } = {
  progress: (tx, studentId, d) =>
    insertReturningId(tx, 'INSERT INTO lesson_progress (student_id, step_id, points) VALUES ($1, $2, $3)', [studentId, d.stepId, d.points]),
  answer: (tx, studentId, d) =>
    insertReturningId(tx, 'INSERT INTO answers (student_id, question_id, correct, chosen) VALUES ($1, $2, $3, $4)', [studentId, d.questionId, d.correct, d.chosen]),
  playRound: (tx, studentId, d) =>
    insertReturningId(
      tx,
      'INSERT INTO play_rounds (student_id, round_id, seed, level, predicted, network, truth, bet, points) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)',
      [studentId, d.roundId, d.seed, d.level, d.predicted, d.network, d.truth, d.bet, d.points],
    ),
  playScore: (tx, studentId, d) =>
    insertReturningId(tx, 'INSERT INTO play_scores (student_id, seed, level, score) VALUES ($1, $2, $3, $4)', [studentId, d.seed, d.level, d.score]),
  challenge: (tx, studentId, c) =>
    insertReturningId(
      tx,
      'INSERT INTO challenge_entries (student_id, spec, params, weights, claimed_accuracy, epochs) VALUES ($1, $2::jsonb, $3, $4, $5, $6)',
      [studentId, JSON.stringify(c.spec), c.params, c.weightBytes, c.claimedAccuracy, c.epochs],
    ),
  experiment: (tx, studentId, d) =>
    insertReturningId(
      tx,
      'INSERT INTO experiment_results (student_id, architecture, seed, history, test_accuracy, params) VALUES ($1, $2, $3, $4::jsonb, $5, $6)',
      [studentId, d.architecture, d.seed, JSON.stringify(d.history), d.testAccuracy, d.params],
    ),
};
