// Test helpers: the database backends to run the API tests on (PGlite always; PostgreSQL too when
// TEST_DATABASE_URL or DATABASE_URL is set, as .ci/run does), an in-process server on a random
// port, and small API shortcuts.
import { API_PREFIX, type CreatedSession, type StudentMe } from '../classroom/api-types';
import { randomStudentToken } from '../classroom/codes';
import type { Activities } from '../classroom/schemas';
import { openDatabase, type Database } from './db/database';
import { silentLogger, type Logger } from './http/logger';
import { startClassroomServer, type ClassroomServer, type ClassroomServerOptions } from './server';

export const POSTGRES_URL = process.env.TEST_DATABASE_URL || process.env.DATABASE_URL || undefined;

export interface Backend {
  name: 'pglite' | 'postgres';
  open(): Promise<Database>;
}

export const BACKENDS: Backend[] = [
  { name: 'pglite', open: () => openDatabase({ dataDir: 'memory://' }) },
  ...(POSTGRES_URL ? [{ name: 'postgres' as const, open: () => openDatabase({ databaseUrl: POSTGRES_URL }) }] : []),
];

export const ALL_ACTIVITIES: Activities = {
  lesson: { mode: 'quick' },
  play: { seed: 7, level: 2 },
  challenge: { maxParams: 120_000, maxEpochs: 5 },
  experiment: { architectures: ['compare-conv', 'compare-conv-pool'], epochs: 2 },
};

export async function testServer(db: Database, options: Partial<ClassroomServerOptions> & { logger?: Logger } = {}): Promise<ClassroomServer> {
  return startClassroomServer({ database: db, port: 0, logger: silentLogger, verifyThreads: 1, throttleMs: 50, ...options });
}

/** fetch against the server's API: returns status, parsed body and headers. */
export async function request(server: { url: string }, method: string, path: string, init: { credential?: string; body?: unknown; raw?: string; headers?: Record<string, string> } = {}) {
  const headers: Record<string, string> = { ...init.headers };
  if (init.credential) headers.authorization = `Bearer ${init.credential}`;
  if (init.body !== undefined || init.raw !== undefined) headers['content-type'] ??= 'application/json';
  const response = await fetch(`${server.url}${API_PREFIX}${path}`, { method, headers, body: init.raw ?? (init.body === undefined ? undefined : JSON.stringify(init.body)) });
  const text = await response.text();
  let body: unknown = text;
  try {
    body = JSON.parse(text);
  } catch {
    // CSV and empty bodies stay text
  }
  return { status: response.status, body: body as any, headers: response.headers };
}

export async function newSession(server: { url: string }, activities: Activities = ALL_ACTIVITIES): Promise<CreatedSession> {
  const { status, body } = await request(server, 'POST', '/sessions', { body: { activities } });
  if (status !== 201) throw new Error(`create session: ${status} ${JSON.stringify(body)}`);
  return body as CreatedSession;
}

export async function joinAs(server: { url: string }, joinCode: string, nickname: string): Promise<StudentMe & { token: string }> {
  const token = randomStudentToken();
  const { status, body } = await request(server, 'POST', '/join', { body: { code: joinCode, nickname, token } });
  if (status !== 200) throw new Error(`join: ${status} ${JSON.stringify(body)}`);
  return { ...(body as StudentMe), token };
}

export const progressWrite = (stepId: string, points: number) => ({ key: crypto.randomUUID(), data: { stepId, points } });
