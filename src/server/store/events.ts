// Change notices through the database (NOTIFY), so every server process on one PostgreSQL hears
// every write, whichever process took it. Sent inside the writing transaction: PostgreSQL
// delivers it only if (and when) the transaction commits.
import type { Queryable } from '../db/database';

export const CHANGE_CHANNEL = 'classroom_changes';

export type ChangeKind = 'join' | 'write' | 'challenge' | 'verified' | 'session' | 'deleted';

export interface ChangeNotice {
  sessionId: string;
  kind: ChangeKind;
}

export async function notifyChange(tx: Queryable, notice: ChangeNotice): Promise<void> {
  await tx.query('SELECT pg_notify($1, $2)', [CHANGE_CHANNEL, JSON.stringify(notice)]);
}

export function parseChangeNotice(payload: string): ChangeNotice | null {
  try {
    const value = JSON.parse(payload) as Partial<ChangeNotice>;
    return typeof value.sessionId === 'string' && typeof value.kind === 'string' ? (value as ChangeNotice) : null;
  } catch {
    return null;
  }
}
