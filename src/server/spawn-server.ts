// Runs `scripts/classroom.ts` as a child process (durability and fault tests, the load test):
// waits for its "Listening on" line, and can stop it politely or kill -9 it.
import { spawn, type ChildProcess } from 'node:child_process';
import { resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../..');

export interface SpawnedServer {
  url: string;
  port: number;
  process: ChildProcess;
  /** Everything the process printed so far. */
  output(): string;
  stop(signal?: NodeJS.Signals): Promise<number | null>;
}

export interface SpawnOptions {
  port?: number;
  dataDir?: string;
  databaseUrl?: string;
  args?: string[];
  /** Serve the built app from dist/ (e2e); default: API only. */
  app?: boolean;
  timeoutMs?: number;
}

export function spawnClassroomServer(options: SpawnOptions = {}): Promise<SpawnedServer> {
  // `node --import tsx` (not npx tsx): one process, so kill -9 hits the server itself.
  const args = ['--import', 'tsx', 'scripts/classroom.ts', ...(options.app ? [] : ['--api-only']), '--port', String(options.port ?? 0), ...(options.dataDir ? ['--data-dir', options.dataDir] : []), ...(options.args ?? [])];
  const env = { ...process.env };
  delete env.DATABASE_URL;
  if (options.databaseUrl) env.DATABASE_URL = options.databaseUrl;
  const child = spawn(process.execPath, args, { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  const exited = new Promise<number | null>((done) => child.once('exit', (code) => done(code)));
  return new Promise((done, fail) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      fail(new Error(`the classroom server did not start:\n${output}`));
    }, options.timeoutMs ?? 90_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = output.match(/Listening on (http:\/\/\S+)/);
      if (match) {
        clearTimeout(timer);
        const url = match[1];
        done({
          url,
          port: Number(new URL(url).port),
          process: child,
          output: () => output,
          stop: async (signal = 'SIGTERM') => {
            if (child.exitCode === null && child.signalCode === null) child.kill(signal);
            return exited;
          },
        });
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    void exited.then((code) => {
      clearTimeout(timer);
      fail(new Error(`the classroom server exited (${code}) before listening:\n${output}`));
    });
  });
}
