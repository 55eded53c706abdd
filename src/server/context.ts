// What the routes share: the database, the live hub, the rate limiters and the proxy setting.
import type { Database } from './db/database';
import type { LiveHub } from './http/live-hub';
import type { Logger } from './http/logger';
import type { RateLimiter, RateLimits } from './http/rate-limit';

export interface ServerContext {
  db: Database;
  hub: LiveHub;
  logger: Logger;
  limiters: Record<keyof RateLimits, RateLimiter>;
  /** Take the client address from X-Forwarded-For (only behind your own load balancer). */
  trustProxy: boolean;
}
