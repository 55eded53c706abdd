// The idempotent write, as ONE statement (one round trip, atomic on its own): it locks the session
// row if the session is still open, claims (student, idempotency key) in `writes`, inserts the
// record with the id drawn for it, and sends the change notice — or does nothing at all when the
// key was seen before or the session has ended. Only then does a second query tell which.
// A repeat (a retry after a lost response, a client outbox replaying after a restart) gets the
// first write's result and changes nothing.
import type { WriteResult } from '../../classroom/api-types';
import type { WriteKind } from '../../classroom/schemas';
import type { Database } from '../db/database';
import { HttpProblem, sessionEnded } from '../http/problem';
import { CHANGE_CHANNEL, type ChangeNotice } from './events';
import { RECORD_TABLES, type RecordInputs, type RecordTable } from './records';
import type { StudentAuth } from './students';

const statements = new Map<WriteKind, string>();

/** $1 session, $2 student, $3 key, $4 kind, $5 channel, $6 notice, $7… the record's values. */
function writeStatement(kind: WriteKind, record: RecordTable<never>): string {
  let sql = statements.get(kind);
  if (sql) return sql;
  const names = record.columns.map(([name]) => name).join(', ');
  const values = record.columns.map(([, cast], i) => `$${i + 7}${cast ?? ''}`).join(', ');
  sql = `WITH open_session AS (SELECT id FROM sessions WHERE id = $1 AND ended_at IS NULL FOR SHARE),
    claim AS (
      INSERT INTO writes (student_id, idempotency_key, kind, record_id)
      SELECT $2, $3, $4, nextval(pg_get_serial_sequence('${record.table}', 'id'))::int FROM open_session
      ON CONFLICT (student_id, idempotency_key) DO NOTHING
      RETURNING record_id, created_at),
    inserted AS (
      INSERT INTO ${record.table} (id, student_id, ${names})
      SELECT claim.record_id, $2, ${values} FROM claim
      RETURNING id)
    SELECT inserted.id AS record_id, claim.created_at, pg_notify($5, $6) FROM inserted, claim`;
  statements.set(kind, sql);
  return sql;
}

export async function recordWrite<K extends WriteKind>(db: Database, student: StudentAuth, kind: K, key: string, input: RecordInputs[K]): Promise<WriteResult> {
  const record = RECORD_TABLES[kind] as RecordTable<RecordInputs[K]>;
  const notice: ChangeNotice = { sessionId: student.sessionId, kind: kind === 'challenge' ? 'challenge' : 'write' };
  const [written] = await db.query<{ record_id: number; created_at: Date }>(writeStatement(kind, record as RecordTable<never>), [
    student.sessionId,
    student.studentId,
    key,
    kind,
    CHANGE_CHANNEL,
    JSON.stringify(notice),
    ...record.values(input),
  ]);
  if (written) return { kind, recordId: written.record_id, recordedAt: written.created_at.toISOString(), repeated: false };

  const [first] = await db.query<{ kind: WriteKind; record_id: number; created_at: Date }>(
    'SELECT kind, record_id, created_at FROM writes WHERE student_id = $1 AND idempotency_key = $2',
    [student.studentId, key],
  );
  if (!first) throw sessionEnded();
  if (first.kind !== kind) throw new HttpProblem(409, 'write.keyReused', `this idempotency key was used for a ${first.kind} write`);
  return { kind, recordId: first.record_id, recordedAt: first.created_at.toISOString(), repeated: true };
}
