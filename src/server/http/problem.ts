// A request the server refuses: the HTTP status, a stable code the UI translates, English detail.
import type { ContentfulStatusCode } from 'hono/utils/http-status';

export class HttpProblem extends Error {
  constructor(
    readonly status: ContentfulStatusCode,
    readonly code: string,
    message: string,
    /** Seconds, for 429 and 503: sent as Retry-After. */
    readonly retryAfter?: number,
  ) {
    super(message);
    this.name = 'HttpProblem';
  }
}

export const unauthorized = (what: string) => new HttpProblem(401, 'auth.missing', `${what} is missing or unknown`);
export const sessionEnded = () => new HttpProblem(409, 'session.ended', 'the session has ended: it is a read-only archive now');
