// `npm run classroom:load [-- --students 300 --duration 60 --interval 2]`: a bounded load test on
// loopback. Starts a classroom server process (PGlite in a temp dir, or DATABASE_URL's
// PostgreSQL), joins N simulated students who each post lesson progress every `interval` seconds
// for `duration` seconds, with one teacher dashboard listening over SSE. Reports the write latency
// (p50/p99), the dashboard lag (write acknowledged → dashboard showing it), and reads everything
// back through the CSV export: lost and duplicated writes must both be 0. Stops by itself.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Dashboard } from '../src/classroom/api-types.ts';
import { createClassSession, TeacherApi } from '../src/classroom/teacher-api.ts';
import { apiCall, ClassroomApiError } from '../src/classroom/api.ts';
import { randomStudentToken } from '../src/classroom/codes.ts';
import type { StudentMe } from '../src/classroom/api-types.ts';
import { spawnClassroomServer } from '../src/server/spawn-server.ts';
import { parseCli, positiveInteger, runCli } from './cli-args.ts';

interface Write {
  student: number;
  seq: number;
  latencyMs: number;
  ackedAt: number;
  shownAt?: number;
}

const quantile = (sorted: number[], q: number) => (sorted.length === 0 ? NaN : sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

await runCli(async () => {
  const args = parseCli({ students: { type: 'string' }, duration: { type: 'string' }, interval: { type: 'string' } });
  const studentCount = positiveInteger('students', args.students, 300);
  const durationS = positiveInteger('duration', args.duration, 60);
  const intervalS = positiveInteger('interval', args.interval, 2);
  const databaseUrl = process.env.DATABASE_URL || undefined;
  const dataDir = databaseUrl ? undefined : mkdtempSync(join(tmpdir(), 'filterfit-load-'));
  console.log(`Starting the classroom server on ${databaseUrl ? 'PostgreSQL (DATABASE_URL)' : `PGlite in ${dataDir}`}…`);
  const server = await spawnClassroomServer({ dataDir, databaseUrl, args: ['--verify-threads', '1'] });
  const api = { baseUrl: server.url };
  try {
    const session = await createClassSession(api, { lesson: { mode: 'quick' }, play: null, challenge: null, experiment: null });
    const teacher = new TeacherApi(api, session.sessionId, session.teacherSecret);

    // Students join, 50 at a time.
    const students: (StudentMe & { token: string })[] = [];
    for (let start = 0; start < studentCount; start += 50) {
      const batch = Array.from({ length: Math.min(50, studentCount - start) }, async (_, i) => {
        const token = randomStudentToken();
        const me = await apiCall<StudentMe>(api, 'POST', '/join', { body: { code: session.joinCode, nickname: `student ${start + i + 1}`, token } });
        return { ...me, token };
      });
      students.push(...(await Promise.all(batch)));
    }
    const indexOf = new Map(students.map((s, i) => [s.studentId, i]));
    console.log(`${students.length} students joined session ${session.joinCode}; writing every ${intervalS} s for ${durationS} s…`);

    // The dashboard: for each student, the highest progress shown so far and when each value appeared.
    const shown = new Array<number>(studentCount).fill(0);
    const shownAt: number[][] = students.map(() => []);
    let dashboardEvents = 0;
    const watching = new AbortController();
    const dashboardDone = (async () => {
      try {
        for await (const update of teacher.watch(watching.signal)) {
          const now = performance.now();
          dashboardEvents++;
          for (const row of (update as Dashboard).roster ?? []) {
            const i = indexOf.get(row.studentId);
            if (i === undefined) continue;
            for (let seq = shown[i] + 1; seq <= row.points; seq++) shownAt[i][seq] = now;
            shown[i] = Math.max(shown[i], row.points);
          }
        }
      } catch (error) {
        if (!watching.signal.aborted) throw error;
      }
    })();

    // Each student posts progress with points = its sequence number, at a random phase.
    const writes: Write[] = [];
    let retries = 0;
    const perStudent = Math.floor(durationS / intervalS);
    const t0 = performance.now();
    await Promise.all(
      students.map(async (student, i) => {
        const phase = Math.random() * intervalS * 1000;
        for (let seq = 1; seq <= perStudent; seq++) {
          const due = t0 + phase + (seq - 1) * intervalS * 1000;
          await sleep(Math.max(0, due - performance.now()));
          const key = crypto.randomUUID();
          const sent = performance.now();
          for (;;) {
            try {
              await apiCall(api, 'POST', '/writes/progress', { credential: student.token, body: { key, data: { stepId: 'train', points: seq } } });
              break;
            } catch (error) {
              retries++; // same key: a retry can never count twice
              await sleep(error instanceof ClassroomApiError && error.retryAfter ? error.retryAfter * 1000 : 200);
            }
          }
          const ackedAt = performance.now();
          writes.push({ student: i, seq, latencyMs: ackedAt - sent, ackedAt });
        }
      }),
    );
    const elapsedS = (performance.now() - t0) / 1000;

    // Wait (bounded) for the dashboard to show every student's last write.
    const deadline = performance.now() + 15_000;
    while (shown.some((s) => s < perStudent) && performance.now() < deadline) await sleep(50);
    watching.abort();
    await dashboardDone;

    // Read back: every acknowledged write exactly once.
    const csv = await teacher.exportCsv();
    const stored = new Map<string, number>();
    for (const line of csv.split('\r\n').filter((l) => l.startsWith('progress,'))) {
      const cells = line.split(',');
      const key = `${cells[2]}:${cells[5]}`;
      stored.set(key, (stored.get(key) ?? 0) + 1);
    }
    let lost = 0;
    let duplicated = 0;
    for (const w of writes) {
      const n = stored.get(`${students[w.student].studentId}:${w.seq}`) ?? 0;
      if (n === 0) lost++;
      if (n > 1) duplicated += n - 1;
    }
    const extra = [...stored.values()].reduce((a, b) => a + b, 0) - writes.length + lost - duplicated;

    const latencies = writes.map((w) => w.latencyMs).sort((a, b) => a - b);
    const lags = writes
      .map((w) => shownAt[w.student][w.seq])
      .map((at, k) => (at === undefined ? Infinity : Math.max(0, at - writes[k].ackedAt)))
      .sort((a, b) => a - b);
    const neverShown = lags.filter((l) => l === Infinity).length;
    const f = (ms: number) => (Number.isFinite(ms) ? `${ms.toFixed(1)} ms` : 'never');
    console.log(`Database: ${databaseUrl ? 'PostgreSQL' : 'PGlite'}`);
    console.log(`Writes: ${writes.length} acknowledged by ${studentCount} students in ${elapsedS.toFixed(1)} s (${(writes.length / elapsedS).toFixed(1)} writes/s), ${retries} retries`);
    console.log(`Write latency: p50 ${f(quantile(latencies, 0.5))}, p99 ${f(quantile(latencies, 0.99))}, max ${f(latencies[latencies.length - 1])}`);
    console.log(`Dashboard lag: p50 ${f(quantile(lags, 0.5))}, p99 ${f(quantile(lags, 0.99))}, max ${f(lags[lags.length - 1])} over ${dashboardEvents} dashboard updates; never shown: ${neverShown}`);
    console.log(`Read back: lost ${lost}, duplicated ${duplicated}, unexpected ${extra}`);
    if (lost > 0 || duplicated > 0 || extra !== 0 || neverShown > 0) process.exitCode = 1;
    await teacher.remove();
  } finally {
    await server.stop('SIGTERM');
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  }
});
