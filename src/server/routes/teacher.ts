// Teacher routes: create a session (anyone may), then everything else needs the session's teacher
// key as `Authorization: Bearer <secret>` — never in a URL, so it stays out of logs and history.
import type { Context, Hono } from 'hono';
import { createSessionSchema, activitiesSchema } from '../../classroom/schemas';
import type { SessionInfo } from '../../classroom/api-types';
import { admit, bearer, clientAddress, limitBody, readJson } from '../http/request';
import { liveStream } from '../http/sse';
import { readDashboard } from '../store/dashboard';
import { exportCsv } from '../store/export';
import { createSession, deleteSession, endSession, teacherSession, updateActivities } from '../store/sessions';
import type { ServerContext } from '../context';

const SMALL_BODY = 4_096;

export function teacherRoutes(app: Hono, ctx: ServerContext): void {
  const { db, hub, limiters } = ctx;

  /** The session of this request's teacher key, after the teacher's rate limit. */
  const authorize = async (c: Context): Promise<SessionInfo> => {
    const session = await teacherSession(db, c.req.param('id') ?? '', bearer(c));
    admit(limiters.teacher, `teacher:${session.sessionId}`);
    return session;
  };

  app.post('/sessions', limitBody(SMALL_BODY), async (c) => {
    admit(limiters.createSession, `create:${clientAddress(c, ctx.trustProxy)}`);
    const { activities } = await readJson(c, createSessionSchema);
    return c.json(await createSession(db, activities), 201);
  });

  app.get('/sessions/:id', async (c) => c.json(await authorize(c)));

  app.put('/sessions/:id/activities', limitBody(SMALL_BODY), async (c) => {
    const session = await authorize(c);
    const activities = await readJson(c, activitiesSchema);
    return c.json(await updateActivities(db, session.sessionId, activities));
  });

  app.get('/sessions/:id/dashboard', async (c) => c.json(await readDashboard(db, await authorize(c))));

  app.get('/sessions/:id/events', async (c) => {
    const session = await authorize(c);
    return liveStream(c, hub, session.sessionId, 'teacher', { event: 'dashboard', data: await readDashboard(db, session) });
  });

  app.get('/sessions/:id/export.csv', async (c) => {
    const session = await authorize(c);
    c.header('Content-Type', 'text/csv; charset=utf-8');
    c.header('Content-Disposition', `attachment; filename="filterfit-${session.joinCode}.csv"`);
    c.header('Cache-Control', 'no-store');
    return c.body(await exportCsv(db, session.sessionId));
  });

  app.post('/sessions/:id/end', async (c) => c.json(await endSession(db, (await authorize(c)).sessionId)));

  app.delete('/sessions/:id', async (c) => {
    await deleteSession(db, (await authorize(c)).sessionId);
    return c.body(null, 204);
  });
}
