// The student client against the real server in this process (PGlite in memory, fake-indexeddb):
// join, record every kind, a re-join after a reload, a restart of the HTTP server with writes
// waiting, and writes the server refuses for good.
import 'fake-indexeddb/auto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Dashboard } from './api-types';
import type { Database } from '../server/db/database';
import type { ClassroomServer } from '../server/server';
import { BACKENDS, newSession, request, testServer } from '../server/test-support';
import { StudentClient } from './client';

let db: Database;
let server: ClassroomServer;
let dbCount = 0;

beforeAll(async () => {
  db = await BACKENDS[0].open();
  server = await testServer(db);
}, 180_000);
afterAll(async () => {
  await server?.close();
  await db?.close();
});

const open = (baseUrl = server.url, dbName = `client-test-${++dbCount}`) => StudentClient.open({ baseUrl, dbName, baseDelayMs: 20, maxDelayMs: 200 });
const dashboard = async (s: { sessionId: string; teacherSecret: string }) =>
  (await request(server, 'GET', `/sessions/${s.sessionId}/dashboard`, { credential: s.teacherSecret })).body as Dashboard;

describe('StudentClient', () => {
  it('joins, keeps its identity across a reload, and delivers every kind of record', async () => {
    const session = await newSession(server);
    const client = await open();
    const me = await client.join(session.joinCode.toLowerCase(), 'Ada');
    await client.recordProgress({ stepId: 'data', points: 10 });
    await client.recordAnswer({ questionId: 'q1', correct: false, chosen: 'b' });
    await client.recordPlayRound({ roundId: 'r1', seed: 7, level: 2, predicted: 3, network: 3, truth: 3, bet: 5, points: 5 });
    await client.recordPlayScore({ seed: 7, level: 2, score: 5 });
    await client.recordExperiment({ architecture: me.assignment!.architecture, seed: me.assignment!.seed, history: [{ loss: 0.4, acc: 0.87 }], testAccuracy: 0.86, params: 78_510 });
    await client.drained();
    const dbName = `client-test-${dbCount}`;
    client.close();

    const reloaded = await open(server.url, dbName);
    expect(reloaded.joined?.studentId).toBe(me.studentId);
    expect((await reloaded.join(session.joinCode, 'Ada')).studentId).toBe(me.studentId); // same token, same student
    expect((await reloaded.me()).nickname).toBe('Ada');
    const board = await dashboard(session);
    expect(board.roster).toHaveLength(1);
    expect(board.roster[0]).toMatchObject({ stepId: 'data', points: 10, playScore: 5 });
    expect(board.missedQuestions).toEqual([{ id: 'q1', attempts: 1, wrong: 1 }]);
    expect(board.experiment[0].n).toBe(1);
    reloaded.close();
  });

  it('queues while the server is away and delivers exactly once when it is back', async () => {
    const session = await newSession(server);
    const client = await open();
    await client.join(session.joinCode, 'Bo');
    const port = server.port;
    await server.close();
    for (let i = 0; i < 5; i++) await client.recordProgress({ stepId: 'train', points: i });
    await new Promise((resolve) => setTimeout(resolve, 300)); // several failed attempts
    expect(await client.pending()).toBe(5);
    server = await testServer(db, { port });
    await client.drained();
    const csv = (await request(server, 'GET', `/sessions/${session.sessionId}/export.csv`, { credential: session.teacherSecret })).body as string;
    expect(csv.split('\r\n').filter((l) => l.startsWith('progress,')).map((l) => Number(l.split(',')[5]))).toEqual([0, 1, 2, 3, 4]);
    client.close();
  });

  it('sets aside writes the server refuses for good (the session ended)', async () => {
    const session = await newSession(server);
    const client = await open();
    await client.join(session.joinCode, 'Cy');
    await request(server, 'POST', `/sessions/${session.sessionId}/end`, { credential: session.teacherSecret });
    await client.recordProgress({ stepId: 'data', points: 1 });
    await client.drained();
    expect((await client.failed()).map((w) => [w.status, w.code])).toEqual([[409, 'session.ended']]);
    client.close();
  });

  it('reports a wrong join code as the server’s error', async () => {
    const client = await open();
    await expect(client.join('ZZZZZZ', 'Di')).rejects.toMatchObject({ status: 404, code: 'session.notFound' });
    client.close();
  });
});
