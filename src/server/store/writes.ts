// The idempotent write: (student, idempotency key) is recorded in the same transaction as the
// record itself, so a repeat (a retry after a lost response, a client queue replaying after a
// restart) finds the first write, returns its result and changes nothing.
import type { WriteResult } from '../../classroom/api-types';
import type { WriteKind } from '../../classroom/schemas';
import type { Database } from '../db/database';
import { HttpProblem, sessionEnded } from '../http/problem';
import { notifyChange } from './events';
import { RECORD_INSERTS, type RecordInputs } from './records';
import type { StudentAuth } from './students';

interface WriteRow {
  id: number;
  kind: WriteKind;
  record_id: number;
  created_at: Date;
}

export async function recordWrite<K extends WriteKind>(db: Database, student: StudentAuth, kind: K, key: string, input: RecordInputs[K]): Promise<WriteResult> {
  return db.transaction(async (tx) => {
    // FOR SHARE: ending the session (an UPDATE of this row) waits for writes in flight, and a
    // write after the end sees it.
    const [session] = await tx.query<{ ended_at: Date | null }>('SELECT ended_at FROM sessions WHERE id = $1 FOR SHARE', [student.sessionId]);
    const [claimed] = await tx.query<WriteRow>(
      `INSERT INTO writes (student_id, idempotency_key, kind) VALUES ($1, $2, $3)
       ON CONFLICT (student_id, idempotency_key) DO NOTHING RETURNING id, kind, record_id, created_at`,
      [student.studentId, key, kind],
    );
    if (!claimed) {
      const [first] = await tx.query<WriteRow>('SELECT id, kind, record_id, created_at FROM writes WHERE student_id = $1 AND idempotency_key = $2', [
        student.studentId,
        key,
      ]);
      if (first.kind !== kind) throw new HttpProblem(409, 'write.keyReused', `this idempotency key was used for a ${first.kind} write`);
      return { kind, recordId: first.record_id, recordedAt: first.created_at.toISOString(), repeated: true };
    }
    if (!session || session.ended_at) throw sessionEnded(); // rolls back the claim too
    const recordId = await RECORD_INSERTS[kind](tx, student.studentId, input);
    await tx.query('UPDATE writes SET record_id = $2 WHERE id = $1', [claimed.id, recordId]);
    await notifyChange(tx, { sessionId: student.sessionId, kind: kind === 'challenge' ? 'challenge' : 'write' });
    return { kind, recordId, recordedAt: claimed.created_at.toISOString(), repeated: false };
  });
}
