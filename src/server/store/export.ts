// The session's CSV export: one flat table, one row per record — a `joined` row per student, then
// every progress step, answer, play round, play score, challenge entry and experiment result —
// with the columns each record type uses filled and the rest empty. Sorted by student, then time.
import type { Queryable } from '../db/database';
import { csvLine, type Cell } from './csv';

export const EXPORT_COLUMNS = [
  'record', 'nickname', 'student_id', 'recorded_at', 'step_id', 'points', 'question_id', 'correct', 'chosen',
  'round_id', 'seed', 'level', 'predicted', 'network', 'truth', 'bet', 'score',
  'architecture', 'params', 'epochs', 'claimed_accuracy', 'verified_accuracy', 'test_accuracy', 'status',
] as const;
type Column = (typeof EXPORT_COLUMNS)[number];

// Each record type: its table and the SQL expression of each column it fills.
const RECORD_SOURCES: Record<string, { table: string; columns: Partial<Record<Column, string>> }> = {
  progress: { table: 'lesson_progress', columns: { step_id: 'r.step_id', points: 'r.points' } },
  answer: { table: 'answers', columns: { question_id: 'r.question_id', correct: 'r.correct', chosen: 'r.chosen' } },
  play_round: {
    table: 'play_rounds',
    columns: { round_id: 'r.round_id', seed: 'r.seed', level: 'r.level', predicted: 'r.predicted', network: 'r.network', truth: 'r.truth', bet: 'r.bet', points: 'r.points' },
  },
  play_score: { table: 'play_scores', columns: { seed: 'r.seed', level: 'r.level', score: 'r.score' } },
  challenge: {
    table: 'challenge_entries',
    columns: { params: 'r.params', epochs: 'r.epochs', claimed_accuracy: 'r.claimed_accuracy', verified_accuracy: 'r.verified_accuracy', status: 'r.status' },
  },
  experiment: { table: 'experiment_results', columns: { architecture: 'r.architecture', seed: 'r.seed', params: 'r.params', test_accuracy: 'r.test_accuracy' } },
};

const DATA_COLUMNS = EXPORT_COLUMNS.slice(4);

function recordSelect(record: string, table: string | null, columns: Partial<Record<Column, string>>): string {
  const values = DATA_COLUMNS.map((column) => `(${columns[column] ?? 'NULL'})::text AS ${column}`).join(', ');
  const from = table
    ? `FROM ${table} r JOIN students st ON st.id = r.student_id`
    : 'FROM students st';
  const time = table ? 'r.created_at' : 'st.joined_at';
  const order = table ? 'r.id' : '0';
  return `SELECT '${record}' AS record, st.nickname, st.id::text AS student_id, ${time} AS recorded_at, st.join_index, ${order} AS seq, ${values}
    ${from} WHERE st.session_id = $1`;
}

export async function exportCsv(db: Queryable, sessionId: string): Promise<string> {
  const selects = [recordSelect('joined', null, {}), ...Object.entries(RECORD_SOURCES).map(([record, s]) => recordSelect(record, s.table, s.columns))];
  const rows = await db.query<Record<string, unknown>>(`${selects.join('\nUNION ALL\n')}\nORDER BY join_index, recorded_at, record, seq`, [sessionId]);
  let csv = csvLine(EXPORT_COLUMNS);
  for (const row of rows) {
    csv += csvLine(
      EXPORT_COLUMNS.map((column): Cell => {
        const value = row[column];
        if (value instanceof Date) return value.toISOString();
        return value as Cell;
      }),
    );
  }
  return csv;
}
