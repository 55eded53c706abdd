// Sessions: created by a teacher, found by join code (students) or by id + secret (teacher),
// ended into a read-only archive, deleted with everything in them.
import { randomUUID } from 'node:crypto';
import type { CreatedSession, SessionInfo } from '../../classroom/api-types';
import { randomJoinCode, randomTeacherSecret } from '../../classroom/codes';
import type { Activities } from '../../classroom/schemas';
import type { Database, Queryable } from '../db/database';
import { HttpProblem, unauthorized } from '../http/problem';
import { notifyChange } from './events';
import { sha256Hex } from './hash';

interface SessionRow {
  id: string;
  join_code: string;
  activities: Activities;
  created_at: Date;
  ended_at: Date | null;
}

const SESSION_COLUMNS = 'id, join_code, activities, created_at, ended_at';

export const sessionInfo = (row: SessionRow): SessionInfo => ({
  sessionId: row.id,
  joinCode: row.join_code,
  activities: row.activities,
  createdAt: row.created_at.toISOString(),
  endedAt: row.ended_at ? row.ended_at.toISOString() : null,
});

const UNIQUE_VIOLATION = '23505';

export async function createSession(db: Database, activities: Activities): Promise<CreatedSession> {
  // A join code collides with a live one about once in 10^6 sessions: draw again.
  for (let attempt = 0; attempt < 5; attempt++) {
    const sessionId = randomUUID();
    const joinCode = randomJoinCode();
    const teacherSecret = randomTeacherSecret();
    try {
      await db.query('INSERT INTO sessions (id, join_code, teacher_secret_sha256, activities) VALUES ($1, $2, $3, $4::jsonb)', [
        sessionId,
        joinCode,
        sha256Hex(teacherSecret),
        JSON.stringify(activities),
      ]);
      return { sessionId, joinCode, teacherSecret, activities };
    } catch (error) {
      if ((error as { code?: string }).code !== UNIQUE_VIOLATION) throw error;
    }
  }
  throw new HttpProblem(503, 'session.codeExhausted', 'could not draw a free join code');
}

/** The session when `secret` is its teacher secret; 401 otherwise (no hint whether the id exists). */
export async function teacherSession(db: Queryable, sessionId: string, secret: string | undefined): Promise<SessionInfo> {
  if (!secret || !/^[0-9a-f-]{36}$/.test(sessionId)) throw unauthorized('the teacher key');
  const [row] = await db.query<SessionRow>(`SELECT ${SESSION_COLUMNS} FROM sessions WHERE id = $1 AND teacher_secret_sha256 = $2`, [sessionId, sha256Hex(secret)]);
  if (!row) throw unauthorized('the teacher key');
  return sessionInfo(row);
}

export async function sessionById(db: Queryable, sessionId: string): Promise<SessionInfo | null> {
  const [row] = await db.query<SessionRow>(`SELECT ${SESSION_COLUMNS} FROM sessions WHERE id = $1`, [sessionId]);
  return row ? sessionInfo(row) : null;
}

export async function updateActivities(db: Database, sessionId: string, activities: Activities): Promise<SessionInfo> {
  return db.transaction(async (tx) => {
    const [row] = await tx.query<SessionRow>(
      `UPDATE sessions SET activities = $2::jsonb WHERE id = $1 AND ended_at IS NULL RETURNING ${SESSION_COLUMNS}`,
      [sessionId, JSON.stringify(activities)],
    );
    if (!row) throw new HttpProblem(409, 'session.ended', 'the session has ended: its activities cannot change');
    await notifyChange(tx, { sessionId, kind: 'session' });
    return sessionInfo(row);
  });
}

/** Ends the session (idempotent): from now on it only answers reads and the CSV export. */
export async function endSession(db: Database, sessionId: string): Promise<SessionInfo> {
  return db.transaction(async (tx) => {
    const [row] = await tx.query<SessionRow>(
      `UPDATE sessions SET ended_at = COALESCE(ended_at, now()) WHERE id = $1 RETURNING ${SESSION_COLUMNS}`,
      [sessionId],
    );
    await notifyChange(tx, { sessionId, kind: 'session' });
    return sessionInfo(row);
  });
}

export async function deleteSession(db: Database, sessionId: string): Promise<void> {
  await db.transaction(async (tx) => {
    await tx.query('DELETE FROM sessions WHERE id = $1', [sessionId]);
    await notifyChange(tx, { sessionId, kind: 'deleted' });
  });
}
