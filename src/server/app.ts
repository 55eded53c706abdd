// The classroom server's HTTP app: security headers and request logs on everything, the JSON API
// and live streams under /api/classroom, and the built app (dist/) with /teacher and /join pages.
import { serveStatic } from '@hono/node-server/serve-static';
import { Hono, type Context } from 'hono';
import { API_PREFIX, type HealthResponse } from '../classroom/api-types';
import type { ServerContext } from './context';
import { HttpProblem } from './http/problem';
import { admit, clientAddress } from './http/request';
import { securityHeaders } from './http/security-headers';
import { studentRoutes } from './routes/student';
import { teacherRoutes } from './routes/teacher';

/** Pages of their own Vite entries, served at clean paths. */
const PAGES: Record<string, string> = { '/teacher': '/teacher.html', '/join': '/join.html' };

export function createApp(ctx: ServerContext, distDir: string | undefined): Hono {
  const app = new Hono();
  app.use('*', securityHeaders());
  // The app's detection (src/ui/classroom-sync): pages from this server show the class features.
  app.use('*', async (c, next) => {
    await next();
    c.res.headers.set('X-FilterFit-Classroom', '1');
  });
  app.use('*', async (c, next) => {
    const start = performance.now();
    await next();
    ctx.logger.request({ method: c.req.method, route: c.req.routePath, status: c.res.status, ms: Math.round(performance.now() - start) });
  });

  const api = new Hono();
  api.use('*', async (c, next) => {
    admit(ctx.limiters.address, `address:${clientAddress(c, ctx.trustProxy)}`);
    c.header('Cache-Control', 'no-store');
    await next();
  });
  api.get('/health', (c) => c.json({ classroom: true, version: 1 } satisfies HealthResponse));
  teacherRoutes(api, ctx);
  studentRoutes(api, ctx);
  api.notFound((c) => c.json({ error: 'route.notFound', message: `no ${c.req.method} ${c.req.path}` }, 404));
  app.route(API_PREFIX, api);

  const onError = (error: Error, c: Context) => {
    if (error instanceof HttpProblem) {
      if (error.retryAfter !== undefined) c.header('Retry-After', String(error.retryAfter));
      return c.json({ error: error.code, message: error.message }, error.status);
    }
    ctx.logger.error(`${c.req.method} ${c.req.routePath} failed`, error);
    return c.json({ error: 'server.error', message: 'the server failed to answer: try again' }, 500);
  };
  api.onError(onError);
  app.onError(onError);

  if (distDir) {
    // No fallback to index.html: a missing data file must stay a 404 the app can report.
    app.get('*', serveStatic({ root: distDir, rewriteRequestPath: (path) => PAGES[path.replace(/\/$/, '')] ?? path }));
  }
  return app;
}
