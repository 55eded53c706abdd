// Student routes: join with a code, a nickname and the browser's own random token; then every
// request carries `Authorization: Bearer <token>` and can write only that student's records.
import type { Context, Hono } from 'hono';
import { joinSchema, WRITE_KIND_NAMES, WRITE_KINDS, writeBodySchema, type WriteData, type WriteKind } from '../../classroom/schemas';
import { admit, bearer, limitBody, readJson } from '../http/request';
import { liveStream } from '../http/sse';
import { readStudentView } from '../store/dashboard';
import { sessionById } from '../store/sessions';
import { authenticateStudent, joinSession, studentMe, type StudentAuth } from '../store/students';
import { recordWrite } from '../store/writes';
import type { RecordInputs } from '../store/records';
import { checkChallengeEntry } from '../verify/check-entry';
import type { ServerContext } from '../context';
import { unauthorized } from '../http/problem';
import { sha256Hex } from '../store/hash';

export function studentRoutes(app: Hono, ctx: ServerContext): void {
  const { db, hub, limiters } = ctx;

  const authorize = async (c: Context): Promise<StudentAuth> => {
    const token = bearer(c);
    if (!token) throw unauthorized('the student token');
    admit(limiters.student, `student:${sha256Hex(token)}`); // limits guessing too
    return authenticateStudent(db, token);
  };

  app.post('/join', limitBody(1_024), async (c) => {
    const request = await readJson(c, joinSchema);
    admit(limiters.student, `student:${sha256Hex(request.token)}`);
    return c.json(await joinSession(db, request));
  });

  app.get('/me', async (c) => c.json(studentMe(await authorize(c))));

  app.get('/class', async (c) => {
    const student = await authorize(c);
    const session = await sessionById(db, student.sessionId);
    if (!session) throw unauthorized('the student token');
    return c.json(await readStudentView(db, session));
  });

  app.get('/class/events', async (c) => {
    const student = await authorize(c);
    const session = await sessionById(db, student.sessionId);
    if (!session) throw unauthorized('the student token');
    return liveStream(c, hub, session.sessionId, 'student', { event: 'class', data: await readStudentView(db, session) });
  });

  for (const kind of WRITE_KIND_NAMES) registerWrite(app, ctx, kind, authorize);
}

function registerWrite<K extends WriteKind>(app: Hono, ctx: ServerContext, kind: K, authorize: (c: Context) => Promise<StudentAuth>): void {
  const route = WRITE_KINDS[kind];
  const schema = writeBodySchema(kind);
  app.post(`/writes/${route.path}`, limitBody(route.maxBytes), async (c) => {
    const student = await authorize(c);
    const body = await readJson(c, schema);
    // Challenges are checked (spec builds, caps, weight count) before anything is stored.
    const input = (kind === 'challenge' ? checkChallengeEntry(body.data as WriteData<'challenge'>, student.activities) : body.data) as RecordInputs[K];
    return c.json(await recordWrite(ctx.db, student, kind, body.key, input));
  });
}
