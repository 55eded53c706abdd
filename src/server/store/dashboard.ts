// The teacher's live dashboard, read from the database in a handful of grouped queries (each
// uses the per-student indexes; a class of 300 with thousands of records reads in milliseconds).
import type { Dashboard, ExperimentPoint, LeaderboardEntry, MissedItem, RosterRow, SessionInfo, StudentView, VerificationStatus } from '../../classroom/api-types';
import type { ExperimentArchitecture } from '../../classroom/schemas';
import type { Queryable } from '../db/database';
import { experimentTable, predictionRounds, type PickCount } from './dashboard-shape';
import { experimentAssignment } from './students';

const MISSED_LIMIT = 10;
const LEADERBOARD_LIMIT = 200;

interface RosterQueryRow {
  id: string;
  nickname: string;
  joined_at: Date;
  join_index: number;
  step_id: string | null;
  points: number | null;
  play_score: number | null;
  best_entry: number | null;
  best_accuracy: number | null;
  best_params: number | null;
}

async function roster(db: Queryable, session: SessionInfo): Promise<RosterRow[]> {
  const rows = await db.query<RosterQueryRow>(
    `SELECT st.id, st.nickname, st.joined_at, st.join_index, lp.step_id, lp.points, ps.score AS play_score,
            best.id AS best_entry, best.verified_accuracy AS best_accuracy, best.params AS best_params
       FROM students st
       LEFT JOIN LATERAL (SELECT step_id, points FROM lesson_progress WHERE student_id = st.id ORDER BY id DESC LIMIT 1) lp ON true
       LEFT JOIN LATERAL (SELECT score FROM play_scores WHERE student_id = st.id ORDER BY id DESC LIMIT 1) ps ON true
       LEFT JOIN LATERAL (SELECT id, verified_accuracy, params FROM challenge_entries
                           WHERE student_id = st.id AND status IN ('verified', 'flagged')
                           ORDER BY verified_accuracy DESC, params ASC, id ASC LIMIT 1) best ON true
      WHERE st.session_id = $1
      ORDER BY st.join_index`,
    [session.sessionId],
  );
  return rows.map((r) => ({
    studentId: r.id,
    nickname: r.nickname,
    joinedAt: r.joined_at.toISOString(),
    stepId: r.step_id,
    points: r.points ?? 0,
    playScore: r.play_score,
    bestChallenge: r.best_entry === null ? null : { entryId: r.best_entry, verifiedAccuracy: r.best_accuracy!, params: r.best_params! },
    assignment: experimentAssignment(session.activities, r.join_index),
  }));
}

const missed = (db: Queryable, sessionId: string, table: 'answers' | 'play_rounds', idColumn: string, wrong: string) =>
  db.query<MissedItem>(
    `SELECT r.${idColumn} AS id, count(*)::int AS attempts, count(*) FILTER (WHERE ${wrong})::int AS wrong
       FROM ${table} r JOIN students st ON st.id = r.student_id
      WHERE st.session_id = $1
      GROUP BY r.${idColumn}
      HAVING count(*) FILTER (WHERE ${wrong}) > 0
      ORDER BY wrong DESC, attempts DESC, id
      LIMIT ${MISSED_LIMIT}`,
    [sessionId],
  );

async function predictions(db: Queryable, sessionId: string): Promise<Dashboard['predictions']> {
  const picks = await db.query<PickCount>(
    `SELECT r.round_id, min(r.truth)::int AS truth, min(r.network)::int AS network, r.predicted::int AS predicted, count(*)::int AS n
       FROM play_rounds r JOIN students st ON st.id = r.student_id
      WHERE st.session_id = $1
      GROUP BY r.round_id, r.predicted`,
    [sessionId],
  );
  const rounds = predictionRounds(picks);
  return {
    rounds,
    studentAttempts: rounds.reduce((sum, r) => sum + r.students, 0),
    studentsRight: rounds.reduce((sum, r) => sum + r.studentsRight, 0),
    networkRounds: rounds.length,
    networkRight: rounds.filter((r) => r.network === r.truth).length,
  };
}

interface EntryRow {
  id: number;
  student_id: string;
  nickname: string;
  params: number;
  epochs: number;
  claimed_accuracy: number;
  verified_accuracy: number | null;
  status: VerificationStatus;
  message: string | null;
}

async function leaderboard(db: Queryable, sessionId: string): Promise<LeaderboardEntry[]> {
  const rows = await db.query<EntryRow>(
    `SELECT ce.id, ce.student_id, st.nickname, ce.params, ce.epochs, ce.claimed_accuracy, ce.verified_accuracy, ce.status, ce.message
       FROM challenge_entries ce JOIN students st ON st.id = ce.student_id
      WHERE st.session_id = $1
      ORDER BY ce.verified_accuracy DESC NULLS LAST, ce.params ASC, ce.id ASC
      LIMIT ${LEADERBOARD_LIMIT}`,
    [sessionId],
  );
  return rows.map((r) => ({
    entryId: r.id,
    studentId: r.student_id,
    nickname: r.nickname,
    params: r.params,
    epochs: r.epochs,
    claimedAccuracy: r.claimed_accuracy,
    verifiedAccuracy: r.verified_accuracy,
    status: r.status,
    message: r.message,
  }));
}

async function experiment(db: Queryable, session: SessionInfo) {
  // A student who posts again (a rerun) replaces their earlier result for that architecture.
  const rows = await db.query<{ student_id: string; nickname: string; architecture: ExperimentArchitecture; seed: number; test_accuracy: number; params: number }>(
    `SELECT DISTINCT ON (er.student_id, er.architecture) er.student_id, st.nickname, er.architecture, er.seed, er.test_accuracy, er.params
       FROM experiment_results er JOIN students st ON st.id = er.student_id
      WHERE st.session_id = $1
      ORDER BY er.student_id, er.architecture, er.id DESC`,
    [session.sessionId],
  );
  const points = rows.map((r): ExperimentPoint & { architecture: ExperimentArchitecture } => ({
    architecture: r.architecture,
    studentId: r.student_id,
    nickname: r.nickname,
    seed: r.seed,
    testAccuracy: r.test_accuracy,
    params: r.params,
  }));
  return experimentTable(session.activities.experiment?.architectures ?? [], points);
}

export async function readDashboard(db: Queryable, session: SessionInfo): Promise<Dashboard> {
  const [rosterRows, missedQuestions, missedRounds, predictionSummary, entries, experimentRows] = await Promise.all([
    roster(db, session),
    missed(db, session.sessionId, 'answers', 'question_id', 'NOT r.correct'),
    missed(db, session.sessionId, 'play_rounds', 'round_id', 'r.predicted <> r.truth'),
    predictions(db, session.sessionId),
    leaderboard(db, session.sessionId),
    experiment(db, session),
  ]);
  return {
    session,
    roster: rosterRows,
    missedQuestions,
    missedRounds,
    predictions: predictionSummary,
    leaderboard: entries,
    experiment: experimentRows,
    generatedAt: new Date().toISOString(),
  };
}

/** A student's screen gets the session state and the class experiment table (nicknames and results), nothing else of classmates. */
export async function readStudentView(db: Queryable, session: SessionInfo): Promise<StudentView> {
  return { ended: session.endedAt !== null, activities: session.activities, experiment: await experiment(db, session) };
}
