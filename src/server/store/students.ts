// Students: a nickname and a token the student's browser drew (the server keeps its SHA-256).
// Joining is idempotent: the same token joining the same session again gets the same student.
import { randomUUID } from 'node:crypto';
import type { ExperimentAssignment, StudentMe } from '../../classroom/api-types';
import type { Activities } from '../../classroom/schemas';
import type { Database, Queryable } from '../db/database';
import { HttpProblem, sessionEnded, unauthorized } from '../http/problem';
import { notifyChange } from './events';
import { sha256Hex } from './hash';

export interface StudentAuth {
  studentId: string;
  nickname: string;
  sessionId: string;
  joinCode: string;
  joinIndex: number;
  activities: Activities;
  ended: boolean;
}

interface StudentRow {
  id: string;
  nickname: string;
  join_index: number;
  session_id: string;
  join_code: string;
  activities: Activities;
  ended_at: Date | null;
}

const toAuth = (row: StudentRow): StudentAuth => ({
  studentId: row.id,
  nickname: row.nickname,
  sessionId: row.session_id,
  joinCode: row.join_code,
  joinIndex: row.join_index,
  activities: row.activities,
  ended: row.ended_at !== null,
});

const STUDENT_QUERY = `SELECT st.id, st.nickname, st.join_index, st.session_id, se.join_code, se.activities, se.ended_at
  FROM students st JOIN sessions se ON se.id = st.session_id`;

export async function authenticateStudent(db: Queryable, token: string | undefined): Promise<StudentAuth> {
  if (!token) throw unauthorized('the student token');
  const [row] = await db.query<StudentRow>(`${STUDENT_QUERY} WHERE st.token_sha256 = $1`, [sha256Hex(token)]);
  if (!row) throw unauthorized('the student token');
  return toAuth(row);
}

/**
 * The class experiment's round-robin: the k-th student to join trains architecture k mod n with
 * seed k + 1, so each architecture gets every n-th student and no two students share a seed.
 */
export function experimentAssignment(activities: Activities, joinIndex: number): ExperimentAssignment | null {
  const experiment = activities.experiment;
  if (!experiment) return null;
  const architectures = experiment.architectures;
  return { architecture: architectures[joinIndex % architectures.length], seed: joinIndex + 1, epochs: experiment.epochs };
}

export const studentMe = (auth: StudentAuth): StudentMe => ({
  studentId: auth.studentId,
  nickname: auth.nickname,
  sessionId: auth.sessionId,
  joinCode: auth.joinCode,
  activities: auth.activities,
  ended: auth.ended,
  assignment: experimentAssignment(auth.activities, auth.joinIndex),
});

export async function joinSession(db: Database, request: { code: string; nickname: string; token: string }): Promise<StudentMe> {
  const tokenHash = sha256Hex(request.token);
  return db.transaction(async (tx) => {
    // Row lock: joins to one session take join indexes one at a time.
    const [session] = await tx.query<{ id: string; ended_at: Date | null }>('SELECT id, ended_at FROM sessions WHERE join_code = $1 FOR UPDATE', [request.code]);
    if (!session) throw new HttpProblem(404, 'session.notFound', 'no session has this join code');
    const [existing] = await tx.query<StudentRow>(`${STUDENT_QUERY} WHERE st.token_sha256 = $1`, [tokenHash]);
    if (existing) {
      if (existing.session_id !== session.id) throw new HttpProblem(409, 'token.otherSession', 'this token belongs to another session: draw a new one');
      return studentMe(toAuth(existing)); // a repeated join (lost response, reload)
    }
    if (session.ended_at) throw sessionEnded();
    const [{ joined_count: joined }] = await tx.query<{ joined_count: number }>(
      'UPDATE sessions SET joined_count = joined_count + 1 WHERE id = $1 RETURNING joined_count',
      [session.id],
    );
    const studentId = randomUUID();
    await tx.query('INSERT INTO students (id, session_id, nickname, token_sha256, join_index) VALUES ($1, $2, $3, $4, $5)', [
      studentId,
      session.id,
      request.nickname,
      tokenHash,
      joined - 1,
    ]);
    await notifyChange(tx, { sessionId: session.id, kind: 'join' });
    const [row] = await tx.query<StudentRow>(`${STUDENT_QUERY} WHERE st.id = $1`, [studentId]);
    return studentMe(toAuth(row));
  });
}
