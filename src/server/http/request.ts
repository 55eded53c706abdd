// Reading a request safely: the bearer credential, the client's address, a size-capped JSON body
// checked against its schema, and rate-limit admission. Each failure is an HttpProblem with the
// status the API promises (400, 401, 413, 429).
import { getConnInfo } from '@hono/node-server/conninfo';
import type { Context, MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import type { z } from 'zod';
import { HttpProblem } from './problem';
import type { RateLimiter } from './rate-limit';

export function bearer(c: Context): string | undefined {
  const header = c.req.header('authorization');
  const match = header?.match(/^Bearer\s+(\S+)$/i);
  return match?.[1];
}

/** The peer address, or with `trustProxy` the first X-Forwarded-For hop (set by your load balancer). */
export function clientAddress(c: Context, trustProxy: boolean): string {
  if (trustProxy) {
    const forwarded = c.req.header('x-forwarded-for')?.split(',')[0]?.trim();
    if (forwarded) return forwarded;
  }
  try {
    return getConnInfo(c).remote.address ?? 'unknown';
  } catch {
    return 'unknown'; // app.request() in tests has no socket
  }
}

export const limitBody = (maxBytes: number): MiddlewareHandler =>
  bodyLimit({
    maxSize: maxBytes,
    onError: (c) => c.json({ error: 'body.tooLarge', message: `the body is larger than ${maxBytes} bytes` }, 413),
  });

export async function readJson<S extends z.ZodType>(c: Context, schema: S): Promise<z.infer<S>> {
  let body: unknown;
  try {
    body = await c.req.json();
  } catch {
    throw new HttpProblem(400, 'body.malformed', 'the body is not valid JSON');
  }
  const parsed = schema.safeParse(body);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new HttpProblem(400, 'body.invalid', `${issue.path.join('.') || 'body'}: ${issue.message}`);
  }
  return parsed.data;
}

export function admit(limiter: RateLimiter, key: string): void {
  const wait = limiter.take(key);
  if (wait > 0) throw new HttpProblem(429, 'rate.limited', 'too many requests: slow down', Math.ceil(wait));
}
