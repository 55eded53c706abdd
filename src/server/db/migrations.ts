// The schema, as numbered migrations applied in order and recorded in schema_migrations. The same
// SQL runs on PGlite and PostgreSQL. Never edit a released migration: add the next one.
import type { Database } from './database';

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'sessions, students, idempotent writes and their records',
    sql: `
      CREATE TABLE sessions (
        id uuid PRIMARY KEY,
        join_code text NOT NULL UNIQUE,
        teacher_secret_sha256 text NOT NULL UNIQUE,
        activities jsonb NOT NULL,
        -- joins so far: the next student's index for the experiment's round-robin
        joined_count integer NOT NULL DEFAULT 0,
        created_at timestamptz NOT NULL DEFAULT now(),
        ended_at timestamptz
      );

      CREATE TABLE students (
        id uuid PRIMARY KEY,
        session_id uuid NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
        nickname text NOT NULL,
        token_sha256 text NOT NULL UNIQUE,
        join_index integer NOT NULL,
        joined_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (session_id, join_index)
      );

      -- One row per accepted student write: a repeat of (student, key) finds it and changes nothing.
      CREATE TABLE writes (
        id serial PRIMARY KEY,
        student_id uuid NOT NULL REFERENCES students(id) ON DELETE CASCADE,
        idempotency_key uuid NOT NULL,
        kind text NOT NULL,
        record_id integer,
        created_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (student_id, idempotency_key)
      );

      CREATE TABLE lesson_progress (
        id serial PRIMARY KEY,
        student_id uuid NOT NULL REFERENCES students(id) ON DELETE CASCADE,
        step_id text NOT NULL,
        points integer NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX lesson_progress_student ON lesson_progress (student_id, id);

      CREATE TABLE answers (
        id serial PRIMARY KEY,
        student_id uuid NOT NULL REFERENCES students(id) ON DELETE CASCADE,
        question_id text NOT NULL,
        correct boolean NOT NULL,
        chosen text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX answers_student ON answers (student_id);

      CREATE TABLE play_rounds (
        id serial PRIMARY KEY,
        student_id uuid NOT NULL REFERENCES students(id) ON DELETE CASCADE,
        round_id text NOT NULL,
        seed integer NOT NULL,
        level integer NOT NULL,
        predicted smallint NOT NULL,
        network smallint NOT NULL,
        truth smallint NOT NULL,
        bet integer NOT NULL,
        points integer NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX play_rounds_student ON play_rounds (student_id);

      CREATE TABLE play_scores (
        id serial PRIMARY KEY,
        student_id uuid NOT NULL REFERENCES students(id) ON DELETE CASCADE,
        seed integer NOT NULL,
        level integer NOT NULL,
        score integer NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX play_scores_student ON play_scores (student_id, id);

      CREATE TABLE challenge_entries (
        id serial PRIMARY KEY,
        student_id uuid NOT NULL REFERENCES students(id) ON DELETE CASCADE,
        spec jsonb NOT NULL,
        params integer NOT NULL,
        -- little-endian float32, Model.exportWeights order
        weights bytea NOT NULL,
        claimed_accuracy double precision NOT NULL,
        epochs integer NOT NULL,
        status text NOT NULL DEFAULT 'pending',
        verified_accuracy double precision,
        message text,
        claimed_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX challenge_entries_student ON challenge_entries (student_id);
      CREATE INDEX challenge_entries_pending ON challenge_entries (id) WHERE status IN ('pending', 'verifying');

      CREATE TABLE experiment_results (
        id serial PRIMARY KEY,
        student_id uuid NOT NULL REFERENCES students(id) ON DELETE CASCADE,
        architecture text NOT NULL,
        seed integer NOT NULL,
        history jsonb NOT NULL,
        test_accuracy double precision NOT NULL,
        params integer NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX experiment_results_student ON experiment_results (student_id);
    `,
  },
];

/** Arbitrary constant: the advisory lock that makes concurrent server starts migrate one at a time. */
const MIGRATION_LOCK = 74_110_011;

/** Applies every migration not yet in schema_migrations, all in one transaction under an advisory lock. */
export async function migrate(db: Database, migrations: readonly Migration[] = MIGRATIONS): Promise<number[]> {
  const applied: number[] = [];
  await db.transaction(async (tx) => {
    await tx.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
    await tx.query(`CREATE TABLE IF NOT EXISTS schema_migrations (
      version integer PRIMARY KEY,
      name text NOT NULL,
      applied_at timestamptz NOT NULL DEFAULT now()
    )`);
    const done = new Set((await tx.query<{ version: number }>('SELECT version FROM schema_migrations')).map((row) => row.version));
    for (const migration of migrations) {
      if (done.has(migration.version)) continue;
      await tx.exec(migration.sql);
      await tx.query('INSERT INTO schema_migrations (version, name) VALUES ($1, $2)', [migration.version, migration.name]);
      applied.push(migration.version);
    }
  });
  return applied;
}
