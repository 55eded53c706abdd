// Turns measured runs into the figures the benchmark reports: GFLOP/s and share of the peak per
// row, FilterFit ÷ tfjs ratios per model and mode, and the plain-text table (page and console).
import { flopsPerImage } from './flops';
import { preset } from '../shared/presets';
import { BENCH_MODELS, BENCH_MODES, type BenchJob, type BenchResults, type BenchRun, type JobReply, type Ratio } from './protocol';

export function runFromReply(job: BenchJob, reply: JobReply, peakGflopsPerCore: number | null): BenchRun {
  const base = { engine: job.engine, model: job.model, mode: job.mode, batchSize: job.batchSize };
  if (!reply.ok) {
    return { ...base, threads: job.threads, status: 'failed', imagesPerSec: null, gflops: null, error: reply.error };
  }
  const gflops = (reply.imagesPerSec * flopsPerImage(preset(job.model)!)[job.mode]) / 1e9;
  return {
    ...base,
    threads: reply.threads,
    status: 'ok',
    imagesPerSec: reply.imagesPerSec,
    gflops,
    ...(job.engine === 'filterfit' ? { fractionOfPeak: peakGflopsPerCore ? gflops / (peakGflopsPerCore * reply.threads) : null } : {}),
    windows: reply.windows,
    ...(reply.memoryBytes !== undefined ? { memoryBytes: reply.memoryBytes } : {}),
    ...(reply.detail ? { detail: reply.detail } : {}),
  };
}

const fastest = (runs: BenchRun[]): BenchRun | undefined =>
  runs.filter((r) => r.status === 'ok').sort((a, b) => b.imagesPerSec! - a.imagesPerSec!)[0];

/** FilterFit on the most workers that ran ÷ the faster tfjs-wasm row, and ÷ tfjs-cpu. */
export function ratios(runs: BenchRun[]): Ratio[] {
  return BENCH_MODELS.flatMap((model) =>
    BENCH_MODES.map((mode) => {
      const rows = runs.filter((r) => r.model === model && r.mode === mode && r.status === 'ok');
      const ours = rows.filter((r) => r.engine === 'filterfit').sort((a, b) => b.threads - a.threads)[0];
      const wasm = fastest(rows.filter((r) => r.engine === 'tfjs-wasm'));
      const cpu = rows.find((r) => r.engine === 'tfjs-cpu');
      const ratio = (other?: BenchRun) => (ours && other ? ours.imagesPerSec! / other.imagesPerSec! : null);
      return { model, mode, filterfitThreads: ours?.threads ?? 0, vsTfjsWasm: ratio(wasm), tfjsWasmThreads: wasm?.threads ?? null, vsTfjsCpu: ratio(cpu) };
    }),
  );
}

function table(header: string[], rows: string[][], rightAligned: number[]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: string[]) => cells.map((c, i) => (rightAligned.includes(i) ? c.padStart(widths[i]) : c.padEnd(widths[i]))).join('  ');
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

const fixed = (x: number | null | undefined, digits: number) => (x === null || x === undefined ? '–' : x.toFixed(digits));
const thousands = (x: number | null) => (x === null ? '–' : Math.round(x).toLocaleString('en'));

export function formatRuns(runs: BenchRun[]): string {
  return table(
    ['model', 'mode', 'engine', 'threads', 'batch', 'images/s', 'windows min–max', 'GFLOP/s', 'of peak', 'status'],
    runs.map((r) => [
      r.model,
      r.mode,
      r.engine,
      String(r.threads),
      String(r.batchSize),
      thousands(r.imagesPerSec),
      r.windows ? `${thousands(Math.min(...r.windows))}–${thousands(Math.max(...r.windows))}` : '',
      fixed(r.gflops, 2),
      r.fractionOfPeak === undefined ? '' : r.fractionOfPeak === null ? '–' : `${(100 * r.fractionOfPeak).toFixed(1)} %`,
      r.status === 'ok' ? '' : `FAILED: ${r.error}`,
    ]),
    [3, 4, 5, 6, 7, 8],
  );
}

export function formatRatios(list: Ratio[]): string {
  return table(
    ['model', 'mode', 'FilterFit threads', '÷ best tfjs-wasm', '(its threads)', '÷ tfjs-cpu'],
    list.map((r) => [r.model, r.mode, String(r.filterfitThreads), `${fixed(r.vsTfjsWasm, 2)}×`, r.tfjsWasmThreads === null ? '–' : String(r.tfjsWasmThreads), `${fixed(r.vsTfjsCpu, 1)}×`]),
    [2, 3, 4, 5],
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

/** README tables: images/s per configuration (model × mode rows), then FilterFit's share of the peak and the ratios. */
export function formatMarkdown(results: BenchResults): string {
  const columns = [...new Map(results.runs.map((r) => [`${r.engine} ×${r.threads}`, { engine: r.engine, threads: r.threads }])).entries()];
  const title = (engine: string, threads: number) =>
    ({ filterfit: 'FilterFit', 'tfjs-wasm': 'tfjs-wasm', 'tfjs-cpu': 'tfjs-cpu', convnetjs: 'ConvNetJS' })[engine] + (engine === 'filterfit' || engine === 'tfjs-wasm' ? ` ×${threads}` : '');
  const cell = (r?: BenchRun) => (!r ? '' : r.status === 'ok' ? thousands(r.imagesPerSec) : 'failed');
  const lines = [
    `| model | mode | ${columns.map(([, c]) => title(c.engine, c.threads)).join(' | ')} |`,
    `|---|---|${columns.map(() => '--:').join('|')}|`,
    ...results.ratios.map(({ model, mode }) => {
      const rows = results.runs.filter((r) => r.model === model && r.mode === mode);
      return `| ${model} | ${mode} | ${columns.map(([, c]) => cell(rows.find((r) => r.engine === c.engine && r.threads === c.threads))).join(' | ')} |`;
    }),
    '',
    '| model | mode | FilterFit threads | its GFLOP/s (of peak × threads) | ÷ best tfjs-wasm | ÷ tfjs-cpu |',
    '|---|---|--:|--:|--:|--:|',
    ...results.ratios.map((q) => {
      const ours = results.runs.find((r) => r.engine === 'filterfit' && r.model === q.model && r.mode === q.mode && r.threads === q.filterfitThreads && r.status === 'ok');
      const share = ours?.fractionOfPeak ? ` (${(100 * ours.fractionOfPeak).toFixed(0)} %)` : '';
      return `| ${q.model} | ${q.mode} | ${q.filterfitThreads || '–'} | ${fixed(ours?.gflops, 2)}${share} | ${fixed(q.vsTfjsWasm, 2)}× | ${fixed(q.vsTfjsCpu, 1)}× |`;
    }),
  ];
  return lines.join('\n');
}
