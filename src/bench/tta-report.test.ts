// Time-to-accuracy figures: outcome of a run from its epochs, FilterFit's lead (a lower bound when
// tfjs never got there), and the README table.
import { describe, expect, it } from 'vitest';
import type { TtaEpoch, TtaJob, TtaRun } from './protocol';
import { formatTtaMarkdown, ttaCell, ttaRatios, ttaRun } from './tta-report';

const job = (engine: TtaJob['engine'], model: TtaJob['model'] = 'seed-a'): TtaJob => ({
  engine, threads: 2, model, target: model === 'seed-a' ? 0.88 : 0.86, maxEpochs: 20, batchSize: 128, validationSplit: 0.1, seed: 1, budgetMs: 1e6,
});
const epochs = (...pairs: Array<[number, number]>): TtaEpoch[] =>
  pairs.map(([testAccuracy, seconds], i) => ({ epoch: i + 1, seconds, testAccuracy, valAccuracy: testAccuracy, loss: 0.5 }));

describe('ttaRun', () => {
  it('takes the first epoch at or above the target', () => {
    const run = ttaRun(job('filterfit'), epochs([0.86, 1], [0.881, 2], [0.89, 3]), { threads: 2 });
    expect(run).toMatchObject({ status: 'reached', seconds: 2 });
    expect(ttaCell(run)).toBe('2.0 s (epoch 2, 88.1 %)');
  });

  it('says honestly when the cap or the budget came first, or the run failed', () => {
    expect(ttaRun(job('tfjs-wasm-xnnpack-grads'), epochs([0.85, 60], [0.87, 120]), {})).toMatchObject({ status: 'not reached', seconds: null });
    expect(ttaCell(ttaRun(job('tfjs-wasm-xnnpack-grads'), epochs([0.85, 60]), { timedOut: true, error: 'x' }))).toBe('not reached, timed out after 1 epoch (best 85.0 %, 60 s)');
    expect(ttaRun(job('filterfit'), [], { error: 'boom' })).toMatchObject({ status: 'failed', error: 'boom' });
  });
});

describe('ttaRatios', () => {
  it('tfjs seconds ÷ FilterFit seconds; a lower bound when tfjs did not reach the target', () => {
    const runs: TtaRun[] = [
      ttaRun(job('filterfit'), epochs([0.885, 4]), {}),
      ttaRun(job('tfjs-wasm-xnnpack-grads'), epochs([0.87, 30], [0.884, 60]), {}),
      ttaRun(job('filterfit', 'seed-notebook'), epochs([0.85, 10], [0.861, 20]), {}),
      ttaRun(job('tfjs-wasm-xnnpack-grads', 'seed-notebook'), epochs([0.84, 100], [0.85, 200]), {}),
    ];
    const [a, notebook] = ttaRatios(runs);
    expect(a).toEqual({ model: 'seed-a', target: 0.88, filterfitSeconds: 4, tfjsSeconds: 60, sooner: 15 });
    expect(notebook).toEqual({ model: 'seed-notebook', target: 0.86, filterfitSeconds: 20, tfjsSeconds: null, sooner: 10, atLeast: true });
    const table = formatTtaMarkdown({ date: '', quick: false, trainImages: 60000, testImages: 10000, runs, ratios: [a, notebook], notes: [] });
    expect(table).toContain('| seed-a | 88.0 % | 4.0 s (epoch 1, 88.5 %) | 60.0 s (epoch 2, 88.4 %) | 15.0× |');
    expect(table).toContain('| > 10.0× |');
  });
});
