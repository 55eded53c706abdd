// `npm run classroom [-- --port 8080 --host 0.0.0.0]`: the classroom server on the built app
// (run `npm run build` first). PGlite in ./classroom-data/ by default; DATABASE_URL=postgres://…
// uses PostgreSQL. Prints the URL; SIGINT/SIGTERM stop it cleanly.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { startClassroomServer, defaultVerifyThreads } from '../src/server/server.ts';
import { parseCli, positiveInteger, runCli } from './cli-args.ts';

await runCli(async () => {
  const args = parseCli({
    port: { type: 'string' },
    host: { type: 'string' },
    'data-dir': { type: 'string' },
    dist: { type: 'string' },
    'verify-threads': { type: 'string' },
    'trust-proxy': { type: 'boolean' },
    'address-rate': { type: 'string' },
    'api-only': { type: 'boolean' },
  });
  const port = args.port === '0' ? 0 : positiveInteger('port', args.port, 8080);
  const apiOnly = args['api-only'] === true; // tests and load tests: no app to serve
  const distDir = resolve((args.dist as string | undefined) ?? 'dist');
  if (!apiOnly && !existsSync(resolve(distDir, 'index.html'))) throw new Error(`${distDir} has no built app: run \`npm run build\` first`);
  const databaseUrl = process.env.DATABASE_URL || undefined;
  const addressRate = args['address-rate'] === undefined ? undefined : positiveInteger('address-rate', args['address-rate'], 300);

  const server = await startClassroomServer({
    port,
    host: (args.host as string | undefined) ?? '127.0.0.1',
    databaseUrl,
    dataDir: resolve((args['data-dir'] as string | undefined) ?? 'classroom-data'),
    distDir: apiOnly ? undefined : distDir,
    verifyThreads: positiveInteger('verify-threads', args['verify-threads'], defaultVerifyThreads()),
    trustProxy: args['trust-proxy'] === true,
    rateLimits: addressRate ? { address: { burst: addressRate * 2, perSecond: addressRate } } : undefined,
  });
  const where = databaseUrl ? 'PostgreSQL (DATABASE_URL)' : `PGlite in ${resolve((args['data-dir'] as string | undefined) ?? 'classroom-data')}`;
  console.log(`FilterFit classroom on ${where}`);
  console.log(`Teacher: ${server.url}/teacher`);
  console.log(`Students: ${server.url}/join`);
  console.log(`Listening on ${server.url}`);

  await new Promise<void>((done) => {
    const stop = (signal: string) => {
      console.log(`${signal}: stopping…`);
      server.close().then(done, (error: unknown) => {
        console.error(`error while stopping: ${(error as Error).message}`);
        process.exitCode = 1;
        done();
      });
    };
    process.once('SIGINT', () => stop('SIGINT'));
    process.once('SIGTERM', () => stop('SIGTERM'));
  });
  console.log('Stopped.');
});
