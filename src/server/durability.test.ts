// Durability and faults with the real server process: an acknowledged write survives kill -9 and
// a restart (PGlite on disk, and PostgreSQL when a URL is set); a student's outbox delivers every
// queued write exactly once across a server killed mid-session; two processes on one PostgreSQL
// push each other's writes to their dashboards.
import 'fake-indexeddb/auto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Dashboard } from '../classroom/api-types';
import { StudentClient } from '../classroom/client';
import { TeacherApi } from '../classroom/teacher-api';
import { spawnClassroomServer, type SpawnedServer } from './spawn-server';
import { joinAs, newSession, POSTGRES_URL, progressWrite, request } from './test-support';

const dirs: string[] = [];
const running: SpawnedServer[] = [];
afterAll(async () => {
  await Promise.all(running.map((s) => s.stop('SIGKILL')));
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'filterfit-classroom-'));
  dirs.push(dir);
  return dir;
}

async function start(options: Parameters<typeof spawnClassroomServer>[0]): Promise<SpawnedServer> {
  const server = await spawnClassroomServer(options);
  running.push(server);
  return server;
}

const targets = [
  { name: 'pglite', options: () => ({ dataDir: tempDir() }) },
  ...(POSTGRES_URL ? [{ name: 'postgres', options: () => ({ databaseUrl: POSTGRES_URL }) }] : []),
];

/** Progress rows per points value, read back through the CSV export. */
async function progressCounts(server: { url: string }, session: { sessionId: string; teacherSecret: string }): Promise<Map<number, number>> {
  const { status, body } = await request(server, 'GET', `/sessions/${session.sessionId}/export.csv`, { credential: session.teacherSecret });
  expect(status).toBe(200);
  const counts = new Map<number, number>();
  for (const line of (body as string).split('\r\n').filter((l) => l.startsWith('progress,'))) {
    const points = Number(line.split(',')[5]);
    counts.set(points, (counts.get(points) ?? 0) + 1);
  }
  return counts;
}

describe.each(targets)('the classroom server process on $name', { timeout: 240_000 }, (target) => {
  it('keeps every acknowledged write through kill -9 and a restart', async () => {
    const options = target.options();
    const first = await start(options);
    const session = await newSession(first);
    const ada = await joinAs(first, session.joinCode, 'Ada');
    for (let i = 0; i < 20; i++) {
      expect((await request(first, 'POST', '/writes/progress', { credential: ada.token, body: progressWrite('data', i) })).status).toBe(200);
    }
    await first.stop('SIGKILL');
    const second = await start({ ...options, port: first.port });
    const counts = await progressCounts(second, session);
    expect([...counts.keys()].sort((a, b) => a - b)).toEqual(Array.from({ length: 20 }, (_, i) => i));
    expect([...counts.values()].every((n) => n === 1)).toBe(true);
    const board = (await request(second, 'GET', `/sessions/${session.sessionId}/dashboard`, { credential: session.teacherSecret })).body as Dashboard;
    expect(board.roster[0]).toMatchObject({ nickname: 'Ada', points: 19 });
    expect(await second.stop('SIGTERM')).toBe(0); // a clean shutdown exits 0
  });

  it('delivers a student’s queued writes exactly once across a server killed mid-session', async () => {
    const options = target.options();
    let server = await start(options);
    const session = await newSession(server);
    const client = await StudentClient.open({ baseUrl: server.url, dbName: `outbox-${target.name}-${Date.now()}`, baseDelayMs: 50, maxDelayMs: 400 });
    await client.join(session.joinCode, 'Ada');
    const total = 40;
    for (let i = 0; i < total; i++) {
      await client.recordProgress({ stepId: 'data', points: i });
      if (i === 15) await server.stop('SIGKILL'); // writes 0–15 partly delivered, partly in flight or queued
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    expect(await client.pending()).toBeGreaterThan(0);
    server = await start({ ...options, port: server.port });
    await client.drained();
    expect(await client.failed()).toEqual([]);
    const counts = await progressCounts(server, session);
    expect(counts.size).toBe(total);
    expect([...counts.values()].every((n) => n === 1)).toBe(true);
    client.close();
    await server.stop();
  });
});

describe.runIf(POSTGRES_URL)('two server processes on one PostgreSQL', { timeout: 240_000 }, () => {
  it('pushes a write taken by one process to a dashboard connected to the other', async () => {
    const [a, b] = await Promise.all([start({ databaseUrl: POSTGRES_URL }), start({ databaseUrl: POSTGRES_URL })]);
    const session = await newSession(a);
    const teacherOnB = new TeacherApi({ baseUrl: b.url }, session.sessionId, session.teacherSecret);
    const controller = new AbortController();
    const updates = teacherOnB.watch(controller.signal);
    const first = (await updates.next()).value as Dashboard;
    expect(first.roster).toEqual([]);
    const ada = await joinAs(a, session.joinCode, 'Ada');
    await request(a, 'POST', '/writes/progress', { credential: ada.token, body: progressWrite('weights', 88) });
    for await (const update of updates) {
      if ('deleted' in update) throw new Error('session deleted');
      if (update.roster[0]?.points === 88) break;
    }
    controller.abort();
    await Promise.all([a.stop(), b.stop()]);
  });
});
