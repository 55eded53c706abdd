// Turns measured runs into the figures the benchmark reports: GFLOP/s and share of the peak per
// row, FilterFit ÷ tfjs ratios per model and mode, and the plain-text and Markdown tables.
import { flopsPerImage } from './flops';
import { preset } from '../shared/presets';
import {
  BENCH_MODELS, BENCH_MODES, TFJS_WASM_ENGINES,
  type BenchEngine, type BenchJob, type BenchResults, type BenchRun, type JobReply, type Ratio,
} from './protocol';

export function runFromReply(job: BenchJob, reply: JobReply, peakGflopsPerCore: number | null): BenchRun {
  const base = { engine: job.engine, model: job.model, mode: job.mode, batchSize: job.batchSize };
  if (!reply.ok) {
    return { ...base, threads: job.threads, status: 'failed', imagesPerSec: null, gflops: null, error: reply.error };
  }
  const spec = preset(job.model)!;
  // the multiply-adds this engine does: FilterFit's kernels ('engine': Winograd layers count their
  // own products), a direct conv skipping 'same' padding for the others (their padded work is 'nominal')
  const gflops = (reply.imagesPerSec * flopsPerImage(spec, job.engine === 'filterfit' ? 'engine' : 'done')[job.mode]) / 1e9;
  const gflopsNominal = (reply.imagesPerSec * flopsPerImage(spec, 'nominal')[job.mode]) / 1e9;
  return {
    ...base,
    threads: reply.threads,
    status: 'ok',
    imagesPerSec: reply.imagesPerSec,
    gflops,
    gflopsNominal,
    ...(job.engine === 'filterfit' ? { fractionOfPeak: peakGflopsPerCore ? gflops / (peakGflopsPerCore * reply.threads) : null } : {}),
    windows: reply.windows,
    ...(reply.memoryBytes !== undefined ? { memoryBytes: reply.memoryBytes } : {}),
    ...(reply.detail ? { detail: reply.detail } : {}),
    ...(reply.loss ? { loss: reply.loss } : {}),
  };
}

/**
 * A job stopped at its time budget: slower than `below` images/s when the page saw it timing
 * (the unit in flight had not finished), else just failed (it never got to measure).
 */
export function runFromTimeout(job: BenchJob, seconds: number, phase: string, below: number | undefined): BenchRun {
  const base = { engine: job.engine, threads: job.threads, model: job.model, mode: job.mode, batchSize: job.batchSize, imagesPerSec: null, gflops: null };
  const error = `no result within ${Math.round(seconds)} s (while ${phase})`;
  if (below === undefined) return { ...base, status: 'failed', error };
  return { ...base, status: 'timed-out', imagesPerSecBelow: below, timeoutSeconds: seconds, error };
}

/** A row's speed for comparisons: measured, or (timed out) the bound it stayed under. */
function speed(run: BenchRun): { value: number; bound: boolean } | null {
  if (run.status === 'ok') return { value: run.imagesPerSec!, bound: false };
  if (run.status === 'timed-out' && run.imagesPerSecBelow) return { value: run.imagesPerSecBelow, bound: true };
  return null;
}

/** The fastest of `runs` (a timed-out row counts at its bound). */
function fastest(runs: BenchRun[]): BenchRun | undefined {
  return runs.filter((r) => speed(r)).sort((a, b) => speed(b)!.value - speed(a)!.value)[0];
}

/**
 * FilterFit on the most workers that ran ÷ the fastest tfjs-wasm row of the same model and mode
 * (either variant, any thread count), and ÷ tfjs-cpu. Against a timed-out row the ratio is a
 * lower bound ("at least").
 */
export function ratios(runs: BenchRun[]): Ratio[] {
  return BENCH_MODELS.flatMap((model) =>
    BENCH_MODES.map((mode) => {
      const rows = runs.filter((r) => r.model === model && r.mode === mode);
      const ours = rows.filter((r) => r.engine === 'filterfit' && r.status === 'ok').sort((a, b) => b.threads - a.threads)[0];
      const wasm = fastest(rows.filter((r) => TFJS_WASM_ENGINES.includes(r.engine)));
      const cpu = rows.find((r) => r.engine === 'tfjs-cpu' && speed(r));
      const ratio = (other?: BenchRun) => (ours && other ? ours.imagesPerSec! / speed(other)!.value : null);
      return {
        model, mode, filterfitThreads: ours?.threads ?? 0,
        vsTfjsWasm: ratio(wasm), tfjsWasmThreads: wasm?.threads ?? null, tfjsWasmEngine: wasm?.engine ?? null,
        ...(ours && wasm && speed(wasm)!.bound ? { vsTfjsWasmAtLeast: true } : {}),
        vsTfjsCpu: ratio(cpu),
        ...(ours && cpu && speed(cpu)!.bound ? { vsTfjsCpuAtLeast: true } : {}),
      };
    }),
  );
}

function table(header: string[], rows: string[][], rightAligned: number[]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: string[]) => cells.map((c, i) => (rightAligned.includes(i) ? c.padStart(widths[i]) : c.padEnd(widths[i]))).join('  ');
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

const fixed = (x: number | null | undefined, digits: number) => (x === null || x === undefined ? '–' : x.toFixed(digits));
const thousands = (x: number | null | undefined) => (x === null || x === undefined ? '–' : Math.round(x).toLocaleString('en'));
/** Images/s of a row as the tables show it: measured, "< N, timed out", or "failed". */
const imagesCell = (r: BenchRun) => (r.status === 'ok' ? thousands(r.imagesPerSec) : r.status === 'timed-out' ? `< ${r.imagesPerSecBelow! < 10 ? r.imagesPerSecBelow!.toPrecision(2) : thousands(r.imagesPerSecBelow!)}, timed out` : 'failed');
const ratioCell = (value: number | null, atLeast: boolean | undefined, digits: number) => `${atLeast ? '> ' : ''}${fixed(value, digits)}×`;
const lossCell = (r: BenchRun) => (r.loss ? `${r.loss.first.toFixed(2)} → ${r.loss.last.toFixed(2)}` : '');

export function formatRuns(runs: BenchRun[]): string {
  return table(
    ['model', 'mode', 'engine', 'threads', 'batch', 'images/s', 'windows min–max', 'GFLOP/s done', 'nominal', 'of peak', 'loss', 'status'],
    runs.map((r) => [
      r.model,
      r.mode,
      r.engine,
      String(r.threads),
      String(r.batchSize),
      imagesCell(r),
      r.windows ? `${thousands(Math.min(...r.windows))}–${thousands(Math.max(...r.windows))}` : '',
      fixed(r.gflops, 2),
      fixed(r.gflopsNominal, 2),
      r.fractionOfPeak === undefined ? '' : r.fractionOfPeak === null ? '–' : `${(100 * r.fractionOfPeak).toFixed(1)} %`,
      lossCell(r),
      r.status === 'ok' ? '' : `${r.status.toUpperCase()}: ${r.error}`,
    ]),
    [3, 4, 5, 6, 7, 8, 9],
  );
}

const ENGINE_TITLES: Record<BenchEngine, string> = {
  filterfit: 'FilterFit',
  'tfjs-wasm': 'tfjs-wasm',
  'tfjs-wasm-xnnpack-grads': 'tfjs-wasm XNNPACK grads',
  'tfjs-cpu': 'tfjs-cpu',
  convnetjs: 'ConvNetJS',
};
const engineTitle = (engine: BenchEngine, threads: number) =>
  ENGINE_TITLES[engine] + (engine === 'filterfit' || TFJS_WASM_ENGINES.includes(engine) ? ` ×${threads}` : '');

export function formatRatios(list: Ratio[]): string {
  return table(
    ['model', 'mode', 'FilterFit threads', '÷ fastest tfjs-wasm', '(that row)', '÷ tfjs-cpu'],
    list.map((r) => [
      r.model, r.mode, String(r.filterfitThreads), ratioCell(r.vsTfjsWasm, r.vsTfjsWasmAtLeast, 2),
      r.tfjsWasmEngine ? engineTitle(r.tfjsWasmEngine, r.tfjsWasmThreads!) : '–', ratioCell(r.vsTfjsCpu, r.vsTfjsCpuAtLeast, 1),
    ]),
    [2, 3, 5],
  );
}

export function formatResults(results: BenchResults): string {
  const peak = results.peakGflopsPerCore === null ? 'unavailable' : `${results.peakGflopsPerCore.toFixed(1)} GFLOP/s per core`;
  const memory = results.filterfitMemoryBytes ? `${(results.filterfitMemoryBytes.bytes / 2 ** 20).toFixed(2)} MiB` : '–';
  return [
    `FilterFit benchmark ${results.quick ? '(quick) ' : ''}— ${results.date}`,
    `${results.browser}; ${results.machine.cpu ?? results.machine.platform}, hardwareConcurrency ${results.machine.hardwareConcurrency}`,
    `f32x4 multiply-add peak: ${peak}`,
    '',
    formatRuns(results.runs),
    '',
    formatRatios(results.ratios),
    '',
    `FilterFit kernel memory, bench-c training (1 worker, batch 128): ${memory}`,
    ...results.notes.map((n) => `- ${n}`),
  ].join('\n');
}

/**
 * README tables: images/s per configuration (model × mode rows, one column per engine × threads),
 * then FilterFit's work rate and share of the peak with the ratios to the fastest tfjs-wasm row.
 */
export function formatMarkdown(results: BenchResults): string {
  const columns = [...new Map(results.runs.map((r) => [`${r.engine} ×${r.threads}`, { engine: r.engine, threads: r.threads }])).values()];
  const lines = [
    `| model | mode | ${columns.map((c) => engineTitle(c.engine, c.threads)).join(' | ')} |`,
    `|---|---|${columns.map(() => '--:').join('|')}|`,
    ...results.ratios.map(({ model, mode }) => {
      const rows = results.runs.filter((r) => r.model === model && r.mode === mode);
      const cell = (c: (typeof columns)[number]) => {
        const r = rows.find((x) => x.engine === c.engine && x.threads === c.threads);
        return r ? imagesCell(r) : '';
      };
      return `| ${model} | ${mode} | ${columns.map(cell).join(' | ')} |`;
    }),
    '',
    '| model | mode | FilterFit threads | GFLOP/s done (nominal) | of peak × threads | fastest tfjs-wasm row | ÷ it | ÷ tfjs-cpu |',
    '|---|---|--:|--:|--:|---|--:|--:|',
    ...results.ratios.map((q) => {
      const ours = results.runs.find((r) => r.engine === 'filterfit' && r.model === q.model && r.mode === q.mode && r.threads === q.filterfitThreads && r.status === 'ok');
      const share = ours?.fractionOfPeak ? `${(100 * ours.fractionOfPeak).toFixed(0)} %` : '–';
      const nominal = ours?.gflopsNominal && Math.abs(ours.gflopsNominal - ours.gflops!) > 0.005 ? ` (${fixed(ours.gflopsNominal, 2)})` : '';
      const wasm = q.tfjsWasmEngine ? engineTitle(q.tfjsWasmEngine, q.tfjsWasmThreads!) : '–';
      return `| ${q.model} | ${q.mode} | ${q.filterfitThreads || '–'} | ${fixed(ours?.gflops, 2)}${nominal} | ${share} | ${wasm} | ${ratioCell(q.vsTfjsWasm, q.vsTfjsWasmAtLeast, 2)} | ${ratioCell(q.vsTfjsCpu, q.vsTfjsCpuAtLeast, 1)} |`;
    }),
  ];
  return lines.join('\n');
}
