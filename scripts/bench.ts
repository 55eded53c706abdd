// `npm run bench [-- --quick] [--tta] [--engines filterfit,tfjs-wasm] [--out bench/results.json]
//   [--note "machine shared with …"] [--markdown] [--build] [--skip-asbuild] [--tta-minutes 60]`
// --tta-minutes bounds each time-to-accuracy run (default 60): a run out of time is reported with
// the epochs it finished, and FilterFit's lead over it as a lower bound.
// --tta measures time to accuracy instead of throughput and writes it as the `tta` section of
// --out, keeping the throughput rows already there (and a throughput run keeps a `tta` section).
// Builds the benchmark page when its inputs changed (unminified, into its own folder), serves it
// cross-origin isolated with `vite preview`, runs it in headless Chromium and collects its JSON:
// prints the table and writes --out. Exit code 1 when a FilterFit configuration failed; a
// competitor that failed or ran out of time is reported in the table, and the run still counts.
//
// Why a separate, unminified build: tfjs-backend-wasm starts its threads from the SOURCE TEXT of
// its emscripten factory (Function.prototype.toString into a Blob); once minified, that text
// refers to names that only exist in the bundle and the threaded backend never starts.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { cpus, release, type } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { chromium } from '@playwright/test';
import { build, preview, type UserConfig } from 'vite';
import playwrightConfig from '../playwright.config.ts';
import viteConfig from '../vite.config.ts';
import { ISOLATION_HEADERS } from '../src/shared/security-headers.ts';
import type { BenchResults } from '../src/bench/protocol.ts';
import { formatMarkdown, formatResults } from '../src/bench/report.ts';
import { formatTta, formatTtaMarkdown } from '../src/bench/tta-report.ts';
import { parseCli, runCli } from './cli-args.ts';

/**
 * Cross-origin isolation only, not the app's Content Security Policy: tfjs-wasm's threaded backend
 * starts its threads with importScripts(blob:), which the app's strict script-src refuses.
 */
const BENCH_HEADERS = { ...ISOLATION_HEADERS };

const ROOT = resolve(import.meta.dirname, '..');
/** Build output of the bench page: outside dist/ so `npm run build` never swaps it mid-run. */
const OUT_DIR = join(ROOT, 'node_modules/.cache/filterfit-bench');
const KERNELS = join(ROOT, 'assembly/build/filterfit.wasm');

/** Newest modification time (ms) of a file or of any file below a folder. */
function newest(path: string): number {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(path).reduce((t, name) => Math.max(t, newest(join(path, name))), stat.mtimeMs);
}

function npm(script: string): void {
  console.log(`> npm run ${script}`);
  const result = spawnSync('npm', ['run', script], { cwd: ROOT, stdio: 'inherit' });
  if (result.status !== 0) throw new Error(`npm run ${script} failed`);
}

async function buildPage(force: boolean, skipAsbuild: boolean): Promise<void> {
  // the kernel sources (not assembly/build, whose later targets are always newer than the first)
  const kernelSources = Math.max(...['assembly/index.ts', 'assembly/ops', 'assembly/optim', 'asconfig.json'].map((p) => newest(join(ROOT, p))));
  if (!existsSync(KERNELS) || (!skipAsbuild && kernelSources > newest(KERNELS))) npm('asbuild');
  if (!existsSync(join(ROOT, 'public/data/train-images-idx3-ubyte'))) npm('data');
  const inputs = ['src', 'bench.html', 'vite.config.ts', 'package-lock.json', KERNELS].map((p) => newest(resolve(ROOT, p)));
  if (!force && newest(join(OUT_DIR, 'bench.html')) > Math.max(...inputs)) return;
  console.log('Building the benchmark page (unminified)…');
  const config = viteConfig as UserConfig;
  await build({
    ...config,
    // The app's plugins (service worker, static-host headers) are not the benchmark's business.
    plugins: [],
    configFile: false,
    root: ROOT,
    logLevel: 'warn',
    build: { ...config.build, outDir: OUT_DIR, emptyOutDir: true, minify: false, rollupOptions: { input: { bench: join(ROOT, 'bench.html') } } },
  });
}

const packageVersion = (name: string): string =>
  (JSON.parse(readFileSync(join(ROOT, 'node_modules', name, 'package.json'), 'utf8')) as { version: string }).version;

await runCli(async () => {
  const args = parseCli({
    quick: { type: 'boolean', default: false },
    tta: { type: 'boolean', default: false },
    engines: { type: 'string' },
    out: { type: 'string', default: 'bench/results.json' },
    note: { type: 'string' },
    markdown: { type: 'boolean', default: false },
    build: { type: 'boolean', default: false },
    'skip-asbuild': { type: 'boolean', default: false },
    'tta-minutes': { type: 'string' },
  });
  const quick = args.quick as boolean;
  const tta = args.tta as boolean;
  const started = Date.now();
  await buildPage(args.build as boolean, args['skip-asbuild'] as boolean);

  const server = await preview({ ...(viteConfig as UserConfig), configFile: false, root: ROOT, logLevel: 'warn', build: { outDir: OUT_DIR }, preview: { ...viteConfig.preview, headers: BENCH_HEADERS, port: 4174, strictPort: false, open: false } });
  const browser = await chromium.launch({ headless: true, ...playwrightConfig.use?.launchOptions });
  try {
    const page = await browser.newPage();
    page.on('console', (message) => {
      if (message.text().startsWith('[bench]')) console.log(message.text().slice(8));
      else if (message.type() === 'error' || message.type() === 'warning') console.error(`page console ${message.type()}: ${message.text()}`);
    });
    page.on('pageerror', (error) => console.error(`page error: ${error.message}`));
    const base = server.resolvedUrls!.local[0];
    const query = new URLSearchParams({ ...(quick ? { quick: '1' } : {}), ...(tta ? { tta: '1' } : {}), ...(args.engines ? { engines: args.engines as string } : {}), ...(args['tta-minutes'] ? { ttaBudget: String(60 * Number(args['tta-minutes'])) } : {}) });
    await page.goto(`${base}bench.html?${query}`);
    const timeout = tta ? (quick ? 300_000 : 4 * 3_600_000) : quick ? 170_000 : 3_600_000;
    await page.waitForFunction(() => document.getElementById('bench')?.dataset.status !== 'running', null, { timeout, polling: 500 });
    const outcome = await page.evaluate(() => window.filterfitBench);
    if (!outcome?.results) throw new Error(`the benchmark page failed: ${outcome?.error ?? 'no results'}`);

    const results: BenchResults = outcome.results;
    results.machine = {
      ...results.machine,
      cpu: `${cpus()[0]?.model.trim() ?? 'unknown CPU'} (${cpus().length} logical cores)`,
      os: `${type()} ${release()}`,
      ...(args.note ? { shared: args.note as string } : {}),
    };
    results.versions = {
      ...results.versions,
      browser: `Chromium ${browser.version()}`,
      node: process.version,
      '@tensorflow/tfjs-backend-wasm': packageVersion('@tensorflow/tfjs-backend-wasm'),
      '@tensorflow/tfjs-backend-cpu': packageVersion('@tensorflow/tfjs-backend-cpu'),
      convnetjs: packageVersion('convnetjs'),
      assemblyscript: packageVersion('assemblyscript'),
      vite: packageVersion('vite'),
    };
    if (args.note) results.notes.push(args.note as string);
    const out = resolve(ROOT, args.out as string);
    mkdirSync(dirname(out), { recursive: true });
    const previous = existsSync(out) ? (JSON.parse(readFileSync(out, 'utf8')) as BenchResults) : undefined;
    // one file, two kinds of run: each keeps what the other wrote
    const merged: BenchResults = tta && previous?.runs.length ? { ...previous, tta: results.tta } : !tta && previous?.tta ? { ...results, tta: previous.tta } : results;
    writeFileSync(out, `${JSON.stringify(merged, null, 2)}\n`);
    if (tta) {
      console.log(`\n${formatTta(results.tta!)}`);
      if (args.markdown) console.log(`\n${formatTtaMarkdown(results.tta!)}`);
    } else {
      console.log(`\n${formatResults(results)}`);
      if (args.markdown) console.log(`\n${formatMarkdown(results)}`);
    }
    console.log(`\nWrote ${out} (${((Date.now() - started) / 1000).toFixed(0)} s in all)`);
    const failedTta = results.tta?.runs.filter((r) => r.engine === 'filterfit' && r.status === 'failed') ?? [];
    if (failedTta.length) throw new Error(`FilterFit time-to-accuracy run(s) failed: ${failedTta.map((r) => `${r.model}: ${r.error}`).join('; ')}`);
    const describe = (runs: typeof results.runs) => runs.map((r) => `${r.engine} ×${r.threads} ${r.model} ${r.mode}: ${r.error}`).join('; ');
    const others = results.runs.filter((r) => r.engine !== 'filterfit' && r.status !== 'ok');
    if (others.length) console.warn(`\nCompetitor configuration(s) without a measurement (reported as such): ${describe(others)}`);
    const ours = results.runs.filter((r) => r.engine === 'filterfit' && r.status !== 'ok');
    if (ours.length) throw new Error(`${ours.length} FilterFit configuration(s) failed: ${describe(ours)}`);
  } finally {
    await browser.close();
    await server.close();
  }
});
