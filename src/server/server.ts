// Starts the classroom server: opens and migrates the database, starts the live hub and the
// challenge verifier, listens, and stops all of it in order on close().
import { serve } from '@hono/node-server';
import type { AddressInfo } from 'node:net';
import { availableParallelism } from 'node:os';
import type { Server } from 'node:http';
import { createApp } from './app';
import type { ServerContext } from './context';
import { openDatabase, type Database } from './db/database';
import { migrate } from './db/migrations';
import { LiveHub } from './http/live-hub';
import { createLogger, type Logger } from './http/logger';
import { DEFAULT_RATE_LIMITS, RateLimiter, type RateLimits } from './http/rate-limit';
import { VerifyPool } from './verify/pool';
import { ChallengeVerifier } from './verify/verifier';
import { DATA_DIR } from '../data/read-node';

export interface ClassroomServerOptions {
  port?: number;
  host?: string;
  /** postgres://… for PostgreSQL; otherwise PGlite in `dataDir`. */
  databaseUrl?: string;
  /** PGlite's data directory; 'memory://' keeps nothing (tests). */
  dataDir?: string;
  /** An already-open database (tests share one PGlite between servers in a file). */
  database?: Database;
  /** The built app to serve (dist/); none: API only. */
  distDir?: string;
  /** Fashion-MNIST files for verification (public/data). */
  fashionMnistDir?: string;
  verifyThreads?: number;
  verifyQueue?: number;
  throttleMs?: number;
  rateLimits?: Partial<RateLimits>;
  trustProxy?: boolean;
  logger?: Logger;
}

export interface ClassroomServer {
  url: string;
  port: number;
  db: Database;
  close(): Promise<void>;
}

export const defaultVerifyThreads = () => Math.max(1, availableParallelism() - 1);

export async function startClassroomServer(options: ClassroomServerOptions = {}): Promise<ClassroomServer> {
  const logger = options.logger ?? createLogger();
  const db = options.database ?? (await openDatabase({ databaseUrl: options.databaseUrl, dataDir: options.dataDir }));
  const ownsDb = !options.database;
  await migrate(db);
  const hub = new LiveHub(db, options.throttleMs ?? 250, (error) => logger.error('live update failed', error));
  await hub.start();
  const pool = new VerifyPool(options.verifyThreads ?? defaultVerifyThreads(), options.verifyQueue ?? 32, options.fashionMnistDir ?? DATA_DIR);
  const verifier = new ChallengeVerifier(db, pool);
  await verifier.start();

  const rules = { ...DEFAULT_RATE_LIMITS, ...options.rateLimits };
  const limiters = Object.fromEntries(Object.entries(rules).map(([name, rule]) => [name, new RateLimiter(rule)])) as ServerContext['limiters'];
  const ctx: ServerContext = { db, hub, logger, limiters, trustProxy: options.trustProxy ?? false };
  const app = createApp(ctx, options.distDir);

  const host = options.host ?? '127.0.0.1';
  const server = await new Promise<Server>((resolve) => {
    const s = serve({ fetch: app.fetch, port: options.port ?? 0, hostname: host }, () => resolve(s as Server));
  });
  const port = (server.address() as AddressInfo).port;
  const shownHost = host === '0.0.0.0' || host === '::' ? 'localhost' : host.includes(':') ? `[${host}]` : host;

  let closing: Promise<void> | undefined;
  return {
    url: `http://${shownHost}:${port}`,
    port,
    db,
    close: () =>
      (closing ??= (async () => {
        const stopped = new Promise<void>((resolve) => server.close(() => resolve()));
        await hub.stop(); // ends the SSE streams, so close() can finish
        server.closeIdleConnections();
        await verifier.stop();
        await stopped;
        if (ownsDb) await db.close();
      })()),
  };
}
