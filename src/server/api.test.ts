// The classroom API end to end over HTTP, on PGlite and (when a URL is set) on PostgreSQL: the
// same tests, the same SQL. Bad input gets the promised status and changes nothing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Dashboard, StudentView, WriteResult } from '../classroom/api-types';
import type { Database } from './db/database';
import { createLogger, redact } from './http/logger';
import type { ClassroomServer } from './server';
import { ALL_ACTIVITIES, BACKENDS, joinAs, newSession, progressWrite, request, testServer } from './test-support';

describe.each(BACKENDS)('classroom API on $name', (backend) => {
  let db: Database;
  let server: ClassroomServer;

  beforeAll(async () => {
    db = await backend.open();
    server = await testServer(db, { rateLimits: { student: { burst: 40, perSecond: 5 }, createSession: { burst: 100, perSecond: 10 } } });
  }, 180_000); // PGlite's first start runs initdb: seconds, more on a busy machine
  afterAll(async () => {
    await server?.close();
    await db?.close();
  });

  const dashboard = async (session: { sessionId: string; teacherSecret: string }) => {
    const { status, body } = await request(server, 'GET', `/sessions/${session.sessionId}/dashboard`, { credential: session.teacherSecret });
    expect(status).toBe(200);
    return body as Dashboard;
  };

  it('answers health, with security headers', async () => {
    const { status, body, headers } = await request(server, 'GET', '/health');
    expect(status).toBe(200);
    expect(body).toEqual({ classroom: true, version: 1 });
    expect(headers.get('content-security-policy')).toContain("script-src 'self' 'wasm-unsafe-eval'");
    expect(headers.get('cross-origin-embedder-policy')).toBe('require-corp');
    expect(headers.get('cross-origin-opener-policy')).toBe('same-origin');
    expect(headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('creates a session with a six-character code and a 128-bit secret; joins are idempotent per token', async () => {
    const session = await newSession(server);
    expect(session.joinCode).toMatch(/^[ACDEFGHJKMNPQRTUVWXY34679]{6}$/);
    expect(session.teacherSecret).toMatch(/^[A-Za-z0-9_-]{22}$/);
    const ada = await joinAs(server, session.joinCode.toLowerCase(), '  Ada  ');
    expect(ada.nickname).toBe('Ada');
    const again = await request(server, 'POST', '/join', { body: { code: session.joinCode, nickname: 'Ada', token: ada.token } });
    expect(again.body.studentId).toBe(ada.studentId);
    const board = await dashboard(session);
    expect(board.roster.map((r) => r.nickname)).toEqual(['Ada']);
    const unknown = await request(server, 'POST', '/join', { body: { code: 'AAAAAA', nickname: 'x', token: ada.token.replace(/.$/, 'A') } });
    expect(unknown.status).toBe(404);
  });

  it('records every kind of write once per idempotency key and shows it on the dashboard', async () => {
    const session = await newSession(server);
    const ada = await joinAs(server, session.joinCode, 'Ada');
    const write = (path: string, body: unknown) => request(server, 'POST', `/writes/${path}`, { credential: ada.token, body });
    const progress = progressWrite('convolution', 30);
    const first = await write('progress', progress);
    expect(first.status).toBe(200);
    const repeat = await write('progress', progress);
    expect(repeat.status).toBe(200);
    expect((repeat.body as WriteResult).repeated).toBe(true);
    expect((repeat.body as WriteResult).recordId).toBe((first.body as WriteResult).recordId);
    const reusedKey = await write('answers', { key: progress.key, data: { questionId: 'q1', correct: true, chosen: 'a' } });
    expect(reusedKey.status).toBe(409);

    expect((await write('answers', { key: crypto.randomUUID(), data: { questionId: 'q1', correct: false, chosen: 'b' } })).status).toBe(200);
    expect((await write('answers', { key: crypto.randomUUID(), data: { questionId: 'q2', correct: true, chosen: 'a' } })).status).toBe(200);
    const round = { roundId: 'r1', seed: 7, level: 2, predicted: 6, network: 0, truth: 0, bet: 10, points: -10 };
    expect((await write('play-rounds', { key: crypto.randomUUID(), data: round })).status).toBe(200);
    expect((await write('play-score', { key: crypto.randomUUID(), data: { seed: 7, level: 2, score: 40 } })).status).toBe(200);
    const history = [{ loss: 0.6, acc: 0.8 }, { loss: 0.4, acc: 0.86, valLoss: 0.42, valAcc: 0.85 }];
    expect((await write('experiment', { key: crypto.randomUUID(), data: { architecture: 'compare-conv', seed: 1, history, testAccuracy: 0.87, params: 78_510 } })).status).toBe(200);

    const board = await dashboard(session);
    expect(board.roster[0]).toMatchObject({ nickname: 'Ada', stepId: 'convolution', points: 30, playScore: 40 });
    expect(board.missedQuestions).toEqual([{ id: 'q1', attempts: 1, wrong: 1 }]);
    expect(board.missedRounds).toEqual([{ id: 'r1', attempts: 1, wrong: 1 }]);
    expect(board.predictions).toMatchObject({ studentAttempts: 1, studentsRight: 0, networkRounds: 1, networkRight: 1 });
    expect(board.predictions.rounds[0]).toMatchObject({ roundId: 'r1', truth: 0, network: 0, commonPick: 6 });
    expect(board.experiment.find((row) => row.architecture === 'compare-conv')).toMatchObject({ n: 1, mean: 0.87, spread: null });
    const csv = (await request(server, 'GET', `/sessions/${session.sessionId}/export.csv`, { credential: session.teacherSecret })).body as string;
    expect(csv.split('\r\n').filter((line) => line.startsWith('progress,'))).toHaveLength(1); // the repeat wrote nothing
  });

  it('stores a write sent several times at once exactly once', async () => {
    const session = await newSession(server);
    const ada = await joinAs(server, session.joinCode, 'Ada');
    const body = progressWrite('train', 3);
    const results = await Promise.all(Array.from({ length: 6 }, () => request(server, 'POST', '/writes/progress', { credential: ada.token, body })));
    expect(results.map((r) => r.status)).toEqual([200, 200, 200, 200, 200, 200]);
    expect(new Set(results.map((r) => (r.body as WriteResult).recordId)).size).toBe(1);
    expect(results.filter((r) => !(r.body as WriteResult).repeated)).toHaveLength(1);
    const rows = await db.query<{ n: number }>('SELECT count(*)::int AS n FROM lesson_progress lp JOIN students st ON st.id = lp.student_id WHERE st.session_id = $1', [session.sessionId]);
    expect(rows[0].n).toBe(1);
  });

  it('streams the class experiment table to students as results arrive', async () => {
    const session = await newSession(server);
    const ada = await joinAs(server, session.joinCode, 'Ada');
    const controller = new AbortController();
    const response = await fetch(`${server.url}/api/classroom/class/events`, { headers: { authorization: `Bearer ${ada.token}` }, signal: controller.signal });
    const { readSse } = await import('../classroom/sse-reader');
    const events = readSse(response.body!);
    const first = JSON.parse((await events.next()).value!.data) as StudentView;
    expect(first.experiment.map((r) => r.n)).toEqual([0, 0]);
    const data = { architecture: ada.assignment!.architecture, seed: ada.assignment!.seed, history: [{ loss: 0.5, acc: 0.8 }], testAccuracy: 0.84, params: 78_510 };
    await request(server, 'POST', '/writes/experiment', { credential: ada.token, body: { key: crypto.randomUUID(), data } });
    for await (const message of events) {
      const view = JSON.parse(message.data) as StudentView;
      if (view.experiment[0].n === 1) {
        expect(view.experiment[0].mean).toBe(0.84);
        break;
      }
    }
    controller.abort();
  });

  it('hands out the experiment architectures round-robin with distinct seeds and aggregates the table', async () => {
    const session = await newSession(server);
    const students = [];
    for (const name of ['a', 'b', 'c', 'd', 'e']) students.push(await joinAs(server, session.joinCode, name));
    expect(students.map((s) => s.assignment?.architecture)).toEqual(['compare-conv', 'compare-conv-pool', 'compare-conv', 'compare-conv-pool', 'compare-conv']);
    expect(new Set(students.map((s) => s.assignment?.seed)).size).toBe(5);
    const accuracies = [0.86, 0.9, 0.88, 0.91, 0.9];
    for (const [i, s] of students.entries()) {
      const data = { architecture: s.assignment!.architecture, seed: s.assignment!.seed, history: [{ loss: 0.5, acc: 0.8 }], testAccuracy: accuracies[i], params: 1 };
      expect((await request(server, 'POST', '/writes/experiment', { credential: s.token, body: { key: crypto.randomUUID(), data } })).status).toBe(200);
    }
    const rows = (await dashboard(session)).experiment;
    expect(rows.map((r) => [r.architecture, r.n, r.params])).toEqual([['compare-conv', 3, 78_510], ['compare-conv-pool', 2, 19_710]]);
    expect(rows[0].mean).toBeCloseTo((0.86 + 0.88 + 0.9) / 3, 12);
    expect(rows[0].spread).toBeCloseTo(0.02, 12);
    expect(rows[1].points.map((p) => p.testAccuracy).sort()).toEqual([0.9, 0.91]);
    const view = await request(server, 'GET', '/class', { credential: students[0].token });
    expect(view.body.experiment).toEqual(rows);
  });

  it('refuses missing, wrong and foreign credentials with 401 and changes nothing', async () => {
    const session = await newSession(server);
    const other = await newSession(server);
    const ada = await joinAs(server, session.joinCode, 'Ada');
    const body = progressWrite('data', 1);
    expect((await request(server, 'POST', '/writes/progress', { body })).status).toBe(401);
    expect((await request(server, 'POST', '/writes/progress', { credential: 'x'.repeat(43), body })).status).toBe(401);
    expect((await request(server, 'GET', `/sessions/${session.sessionId}/dashboard`)).status).toBe(401);
    expect((await request(server, 'GET', `/sessions/${session.sessionId}/dashboard`, { credential: other.teacherSecret })).status).toBe(401);
    expect((await request(server, 'GET', `/sessions/${session.sessionId}/dashboard`, { credential: ada.token })).status).toBe(401);
    expect((await request(server, 'DELETE', `/sessions/${session.sessionId}`, { credential: ada.token })).status).toBe(401);
    expect((await dashboard(session)).roster[0].stepId).toBeNull();
  });

  it('answers 413 for an oversized body, 400 for malformed JSON or a bad field, and stores nothing', async () => {
    const session = await newSession(server);
    const ada = await joinAs(server, session.joinCode, 'Ada');
    const huge = { key: crypto.randomUUID(), data: { questionId: 'q1', correct: true, chosen: 'x'.repeat(10_000) } };
    const tooLarge = await request(server, 'POST', '/writes/answers', { credential: ada.token, body: huge });
    expect(tooLarge.status).toBe(413);
    expect(tooLarge.body.error).toBe('body.tooLarge');
    const malformed = await request(server, 'POST', '/writes/progress', { credential: ada.token, raw: '{"key": "abc", "data": {' });
    expect(malformed.status).toBe(400);
    expect(malformed.body.error).toBe('body.malformed');
    const invalid = await request(server, 'POST', '/writes/progress', { credential: ada.token, body: { key: 'not-a-uuid', data: { stepId: 'x', points: 1 } } });
    expect(invalid.status).toBe(400);
    expect(invalid.body.error).toBe('body.invalid');
    const extra = await request(server, 'POST', '/writes/progress', { credential: ada.token, body: { ...progressWrite('x', 1), studentId: 'someone-else' } });
    expect(extra.status).toBe(400);
    const longName = await request(server, 'POST', '/join', { body: { code: session.joinCode, nickname: 'n'.repeat(25), token: 'A'.repeat(43) } });
    expect(longName.status).toBe(400);
    const board = await dashboard(session);
    expect(board.roster).toHaveLength(1);
    expect(board.roster[0].stepId).toBeNull();
    expect(board.missedQuestions).toEqual([]);
  });

  it('stores a nickname carrying HTML exactly as given (the UI renders it as text)', async () => {
    const session = await newSession(server);
    const nickname = '<img src=x onerror=f()>';
    const student = await joinAs(server, session.joinCode, nickname);
    expect(student.nickname).toBe(nickname);
    expect((await dashboard(session)).roster[0].nickname).toBe(nickname);
  });

  it('answers a flood from one token with 429 and Retry-After, storing only the admitted writes', async () => {
    const session = await newSession(server);
    const ada = await joinAs(server, session.joinCode, 'Ada');
    const results = await Promise.all(Array.from({ length: 80 }, (_, i) => request(server, 'POST', '/writes/progress', { credential: ada.token, body: progressWrite('data', i) })));
    const admitted = results.filter((r) => r.status === 200).length;
    const limited = results.filter((r) => r.status === 429);
    expect(limited.length).toBeGreaterThan(0);
    expect(admitted + limited.length).toBe(80);
    expect(Number(limited[0].headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    const csv = (await request(server, 'GET', `/sessions/${session.sessionId}/export.csv`, { credential: session.teacherSecret })).body as string;
    expect(csv.split('\r\n').filter((line) => line.startsWith('progress,'))).toHaveLength(admitted);
  });

  it('answers a flood from one address with 429 before reading the request', async () => {
    const strict = await testServer(db, { rateLimits: { address: { burst: 5, perSecond: 0.5 } } });
    try {
      const statuses = [];
      for (let i = 0; i < 8; i++) statuses.push((await request(strict, 'POST', '/sessions', { body: { activities: ALL_ACTIVITIES } })).status);
      expect(statuses.slice(0, 5)).toEqual([201, 201, 201, 201, 201]);
      expect(statuses.slice(5)).toEqual([429, 429, 429]);
    } finally {
      await strict.close();
    }
  });

  it('makes an ended session a read-only archive, and a deleted one unreachable', async () => {
    const session = await newSession(server);
    const ada = await joinAs(server, session.joinCode, 'Ada');
    const early = progressWrite('data', 5);
    expect((await request(server, 'POST', '/writes/progress', { credential: ada.token, body: early })).status).toBe(200);
    const ended = await request(server, 'POST', `/sessions/${session.sessionId}/end`, { credential: session.teacherSecret });
    expect(ended.body.endedAt).not.toBeNull();
    const late = await request(server, 'POST', '/writes/progress', { credential: ada.token, body: progressWrite('convolution', 9) });
    expect(late.status).toBe(409);
    expect(late.body.error).toBe('session.ended');
    expect((await request(server, 'POST', '/writes/progress', { credential: ada.token, body: early })).body.repeated).toBe(true);
    expect((await request(server, 'POST', '/join', { body: { code: session.joinCode, nickname: 'Bob', token: 'B'.repeat(43) } })).status).toBe(409);
    expect((await request(server, 'PUT', `/sessions/${session.sessionId}/activities`, { credential: session.teacherSecret, body: ALL_ACTIVITIES })).status).toBe(409);
    const board = await dashboard(session);
    expect(board.roster.map((r) => [r.nickname, r.stepId, r.points])).toEqual([['Ada', 'data', 5]]);
    expect(board.session.endedAt).not.toBeNull();

    expect((await request(server, 'DELETE', `/sessions/${session.sessionId}`, { credential: session.teacherSecret })).status).toBe(204);
    expect((await request(server, 'GET', `/sessions/${session.sessionId}/dashboard`, { credential: session.teacherSecret })).status).toBe(401);
    expect((await request(server, 'GET', '/me', { credential: ada.token })).status).toBe(401);
    const left = await db.query<{ n: number }>('SELECT count(*)::int AS n FROM students WHERE session_id = $1', [session.sessionId]);
    expect(left[0].n).toBe(0);
  });

  it('exports CSV with every student’s rows and formula-looking text defused', async () => {
    const session = await newSession(server);
    const names = ['=HYPERLINK("http://x")', 'Bea, "B"', '李雷'];
    const students = [];
    for (const name of names) students.push(await joinAs(server, session.joinCode, name));
    for (const [i, s] of students.entries()) {
      await request(server, 'POST', '/writes/progress', { credential: s.token, body: progressWrite('data', i) });
      await request(server, 'POST', '/writes/answers', { credential: s.token, body: { key: crypto.randomUUID(), data: { questionId: 'q1', correct: i > 0, chosen: '+1' } } });
      await request(server, 'POST', '/writes/play-rounds', { credential: s.token, body: { key: crypto.randomUUID(), data: { roundId: 'r1', seed: 7, level: 2, predicted: 1, network: 1, truth: 1, bet: 5, points: -5 } } });
    }
    const { body: csv, headers } = await request(server, 'GET', `/sessions/${session.sessionId}/export.csv`, { credential: session.teacherSecret });
    expect(headers.get('content-type')).toContain('text/csv');
    const lines = (csv as string).trim().split('\r\n');
    expect(lines[0]).toMatch(/^record,nickname,student_id,recorded_at,/);
    for (const s of students) {
      const mine = lines.filter((line) => line.includes(s.studentId)).map((line) => line.split(',')[0]);
      expect(mine.sort()).toEqual(['answer', 'joined', 'play_round', 'progress']);
    }
    expect(csv).toContain(`"'=HYPERLINK(""http://x"")"`);
    expect(csv).toContain('"Bea, ""B"""');
    expect(csv).toContain(",'+1,");
    expect(csv).toContain(',-5,'); // numbers are data, not formulas
  });

  it('never writes a teacher secret or student token into the logs', async () => {
    const lines: string[] = [];
    const logged = await testServer(db, { logger: createLogger((line) => lines.push(line)) });
    try {
      const session = await newSession(logged);
      const ada = await joinAs(logged, session.joinCode, 'Ada');
      await request(logged, 'POST', '/writes/progress', { credential: ada.token, body: progressWrite('data', 1) });
      await request(logged, 'GET', `/sessions/${session.sessionId}/dashboard`, { credential: session.teacherSecret });
      await request(logged, 'GET', `/sessions/${session.sessionId}/dashboard?key=${session.teacherSecret}`, { credential: 'wrong' });
      await request(logged, 'GET', `/sessions/${session.sessionId}/export.csv`, { credential: session.teacherSecret });
      expect(lines.length).toBeGreaterThanOrEqual(6);
      const log = lines.join('\n');
      for (const secret of [session.teacherSecret, ada.token]) expect(log).not.toContain(secret);
      expect(log).toContain('/api/classroom/sessions/:id/dashboard');
      expect(redact(`Authorization: Bearer ${ada.token} and ${session.teacherSecret}`)).not.toMatch(new RegExp(`${ada.token}|${session.teacherSecret}`));
    } finally {
      await logged.close();
    }
  });

  it('pushes the dashboard live over SSE when a student writes', async () => {
    const session = await newSession(server);
    const controller = new AbortController();
    const response = await fetch(`${server.url}/api/classroom/sessions/${session.sessionId}/events`, {
      headers: { authorization: `Bearer ${session.teacherSecret}` },
      signal: controller.signal,
    });
    expect(response.headers.get('content-type')).toContain('text/event-stream');
    const { readSse } = await import('../classroom/sse-reader');
    const events = readSse(response.body!);
    const first = JSON.parse((await events.next()).value!.data) as Dashboard;
    expect(first.roster).toEqual([]);
    const ada = await joinAs(server, session.joinCode, 'Ada');
    await request(server, 'POST', '/writes/progress', { credential: ada.token, body: progressWrite('train', 77) });
    let seen: Dashboard | undefined;
    for await (const message of events) {
      seen = JSON.parse(message.data) as Dashboard;
      if (seen.roster[0]?.points === 77) break;
    }
    expect(seen!.roster[0]).toMatchObject({ nickname: 'Ada', stepId: 'train', points: 77 });
    controller.abort();
  });
});
