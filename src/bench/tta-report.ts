// Time-to-accuracy figures: each run's outcome from its epochs, FilterFit's lead per model (tfjs
// seconds ÷ FilterFit seconds, a lower bound when tfjs never reached the target), and the tables.
import { TTA_TARGETS, type TtaEpoch, type TtaJob, type TtaRatio, type TtaResults, type TtaRun } from './protocol';

/** A run from its epochs and how it ended (reply error, or out of its time budget). */
export function ttaRun(job: TtaJob, epochs: TtaEpoch[], end: { threads?: number; detail?: string; error?: string; timedOut?: boolean }): TtaRun {
  const hit = epochs.find((e) => e.testAccuracy >= job.target);
  const status: TtaRun['status'] = hit ? 'reached' : end.timedOut ? 'timed-out' : end.error ? 'failed' : 'not reached';
  return {
    engine: job.engine, threads: end.threads ?? job.threads, model: job.model, target: job.target, status,
    seconds: hit?.seconds ?? null, epochs,
    ...(end.detail ? { detail: end.detail } : {}),
    ...(end.error && !hit ? { error: end.error } : {}),
  };
}

/** Per model: FilterFit on its most threads against tfjs on its most threads. */
export function ttaRatios(runs: TtaRun[]): TtaRatio[] {
  return (Object.keys(TTA_TARGETS) as Array<keyof typeof TTA_TARGETS>).flatMap((model) => {
    const most = (engine: TtaRun['engine']) => runs.filter((r) => r.model === model && r.engine === engine).sort((a, b) => b.threads - a.threads)[0];
    const ours = most('filterfit'), tfjs = most('tfjs-wasm-xnnpack-grads');
    if (!ours && !tfjs) return [];
    const ranFor = (r?: TtaRun) => r?.epochs.at(-1)?.seconds ?? null;
    const oursSeconds = ours?.seconds ?? null;
    // tfjs did not reach the target: it needs more than the seconds it ran, so the lead is at least that ratio
    const tfjsSeconds = tfjs?.seconds ?? (tfjs && tfjs.status !== 'failed' ? ranFor(tfjs) : null);
    const atLeast = tfjs && tfjs.seconds === null && tfjsSeconds !== null;
    return [{
      model, target: TTA_TARGETS[model], filterfitSeconds: oursSeconds, tfjsSeconds: tfjs?.seconds ?? null,
      sooner: oursSeconds && tfjsSeconds ? tfjsSeconds / oursSeconds : null,
      ...(atLeast && oursSeconds ? { atLeast: true as const } : {}),
    }];
  });
}

const percent = (x: number) => `${(100 * x).toFixed(1)} %`;

/** "12.3 s (epoch 5, 88.4 %)", "not reached in 20 epochs (best 87.6 %, 312 s)", … */
export function ttaCell(run: TtaRun | undefined): string {
  if (!run) return '';
  const best = run.epochs.length ? Math.max(...run.epochs.map((e) => e.testAccuracy)) : NaN;
  const last = run.epochs.at(-1);
  if (run.status === 'reached') {
    const hit = run.epochs.find((e) => e.testAccuracy >= run.target)!;
    return `${hit.seconds.toFixed(1)} s (epoch ${hit.epoch}, ${percent(hit.testAccuracy)})`;
  }
  const ran = last ? `best ${percent(best)}, ${last.seconds.toFixed(0)} s` : 'no epoch finished';
  if (run.status === 'not reached') return `not reached in ${run.epochs.length} epoch${run.epochs.length === 1 ? '' : 's'} (${ran})`;
  if (run.status === 'timed-out') return `not reached, timed out after ${run.epochs.length} epoch${run.epochs.length === 1 ? '' : 's'} (${ran})`;
  return `failed: ${run.error}`;
}

const engineTitle = (run: TtaRun) => `${run.engine === 'filterfit' ? 'FilterFit' : 'tfjs-wasm XNNPACK grads'} ×${run.threads}`;
const soonerCell = (r: TtaRatio) => (r.sooner === null ? '–' : `${r.atLeast ? '> ' : ''}${r.sooner.toFixed(1)}×`);

export function formatTta(tta: TtaResults): string {
  const lines = [`Time to accuracy${tta.quick ? ' (quick)' : ''} — ${tta.trainImages.toLocaleString('en')} training images (Keras split), ${tta.testImages.toLocaleString('en')} test images`];
  for (const run of tta.runs) {
    lines.push(`${run.model} → ${percent(run.target)}  ${engineTitle(run).padEnd(30)} ${ttaCell(run)}`);
    lines.push(`    test accuracy by epoch: ${run.epochs.map((e) => `${e.epoch}: ${percent(e.testAccuracy)} @ ${e.seconds.toFixed(1)} s`).join(', ')}`);
  }
  for (const r of tta.ratios) lines.push(`${r.model}: FilterFit reaches ${percent(r.target)} ${soonerCell(r)} sooner`);
  return lines.join('\n');
}

/** The README table: one row per model, one column per engine × threads, then the lead. */
export function formatTtaMarkdown(tta: TtaResults): string {
  const columns = [...new Map(tta.runs.map((r) => [engineTitle(r), r])).keys()];
  return [
    `| model | target | ${columns.join(' | ')} | FilterFit sooner by |`,
    `|---|--:|${columns.map(() => '--:').join('|')}|--:|`,
    ...tta.ratios.map((q) => {
      const cells = columns.map((title) => ttaCell(tta.runs.find((r) => r.model === q.model && engineTitle(r) === title)));
      return `| ${q.model} | ${percent(q.target)} | ${cells.join(' | ')} | ${soonerCell(q)} |`;
    }),
  ].join('\n');
}
