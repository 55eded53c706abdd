// TrainingRun and TrainingRunner on the real engine and the real data: the app's TrainerBridge
// and comlink talk to a TrainerService in this process (test-worker.ts), so every path — build,
// live events, pause, stop, divergence, a crashed worker, a bad spec — is the one the app takes.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { preset } from '../../shared/presets';
import type { ModelSpec } from '../../shared/spec';
import type { TrainerBridge } from '../../worker/bridge';
import { inProcessBridge, type InProcessWorker } from './test-worker';
import type { TrainingRunEvent, TrainingSettings } from './training-run';
import { TrainingRunner } from './training-runner';

const SEED_A = preset('seed-a')!;
/** 1,080 training + 120 validation images: 17 batches of 64 per epoch, well under a second. */
const SMALL: TrainingSettings = { epochs: 2, batchSize: 64, trainLimit: 1200 };

let workers: InProcessWorker[];
let bridge: TrainerBridge;
let runner: TrainingRunner;

beforeAll(async () => {
  ({ bridge, workers } = await inProcessBridge());
  runner = new TrainingRunner(bridge);
});

afterAll(() => bridge.terminate());

/** Resolves on the first event `accept` takes, as the run reports it. */
function eventWhere(events: TrainingRunEvent[], accept: (e: TrainingRunEvent) => boolean): Promise<void> {
  return new Promise((resolve) => {
    const poll = () => (events.some(accept) ? resolve() : setTimeout(poll, 5));
    poll();
  });
}

describe('TrainingRun', () => {
  it('builds, trains with live events, scores on the test set and keeps the weights', async () => {
    const events: TrainingRunEvent[] = [];
    const run = runner.start({ spec: SEED_A, preset: 'seed-a', settings: { ...SMALL, seed: 3, watchLayers: [0] }, quick: true, onEvent: (e) => events.push(e) });
    const result = await run.result;

    expect(result).toMatchObject({ status: 'completed', cancelled: false, message: null });
    expect(events.filter((e) => e.type === 'phase').map((e) => e.type === 'phase' && e.phase)).toEqual(['building', 'training', 'testing']);
    expect(events.find((e) => e.type === 'built')).toMatchObject({ info: { totalParams: 36430, threads: 1 } });
    expect(events.filter((e) => e.type === 'epochEnd')).toHaveLength(2);
    expect(events.filter((e) => e.type === 'batch').at(-1)).toMatchObject({ epoch: 1, batch: 17, batches: 17 });
    expect(result.history.acc).toHaveLength(2);
    expect(result.history.val_acc).toHaveLength(2);
    expect(result.epochs.map((logs) => logs.acc)).toEqual(result.history.acc);
    // The layer-0 snapshots: before training, then after each epoch; the kernel is (1, 3, 1, 5).
    expect(result.snapshots).toHaveLength(3);
    expect(result.snapshots[0][0].weights[0].shape).toEqual([1, 3, 1, 5]);
    expect(result.snapshots[2][0].weights[0].values).not.toEqual(result.snapshots[0][0].weights[0].values);
    expect(result.test).toMatchObject({ count: 10000 });
    expect(result.test!.acc).toBeGreaterThan(0.5); // far above chance (10 %) after 2 small epochs
    expect(result.timing.trainMs).toBeCloseTo(result.epochs.reduce((sum, logs) => sum + logs.timeMs, 0));
    expect(result.model).toMatchObject({ preset: 'seed-a', spec: SEED_A, seed: 3, quick: true, testAccuracy: result.test!.acc, testErrors: result.test!.errors });
    expect(result.model!.weights).toHaveLength(36430);
    expect(Array.from(result.model!.weights.subarray(0, 15))).toEqual(Array.from(result.snapshots[2][0].weights[0].values));
  });

  it('trains any spec, not only presets, and the same seed gives the same run', async () => {
    const spec: ModelSpec = { name: 'mine', input: [28, 28, 1], layers: [{ kind: 'maxPool2d', poolSize: [2, 2] }, { kind: 'flatten' }, { kind: 'dense', units: 10, activation: 'softmax' }] };
    const first = await runner.start({ spec, settings: { ...SMALL, epochs: 1, seed: 9 } }).result;
    const again = await runner.start({ spec, settings: { ...SMALL, epochs: 1, seed: 9 } }).result;
    expect(first.status).toBe('completed');
    expect(first.model).toMatchObject({ spec, seed: 9 });
    expect(first.model!.preset).toBeUndefined();
    expect(first.model!.weights).toHaveLength(196 * 10 + 10);
    expect(again.model!.weights).toEqual(first.model!.weights);
  });

  it('pauses between batches, resumes and stops; a stopped run after an epoch is scored', async () => {
    const events: TrainingRunEvent[] = [];
    const run = runner.start({ spec: SEED_A, settings: { ...SMALL, epochs: 50 }, onEvent: (e) => events.push(e) });
    await eventWhere(events, (e) => e.type === 'epochEnd');
    run.pause();
    await eventWhere(events, (e) => e.type === 'paused');
    expect(run.paused).toBe(true);
    const batches = () => events.filter((e) => e.type === 'batch').length;
    const whilePaused = batches();
    await new Promise((resolve) => setTimeout(resolve, 150));
    expect(batches()).toBe(whilePaused);
    run.resume();
    await eventWhere(events, (e) => e.type === 'resumed');
    run.stop();
    const result = await run.result;
    expect(result.status).toBe('stopped');
    expect(result.message).toEqual({ key: 'training.statusStopped', params: { epochs: result.epochs.length } });
    expect(result.epochs.length).toBeGreaterThanOrEqual(1);
    expect(result.epochs.length).toBeLessThan(50);
    expect(result.test?.count).toBe(10000);
  });

  it('a new run cancels the one before and waits until the worker is free', async () => {
    const firstEvents: TrainingRunEvent[] = [];
    const first = runner.start({ spec: SEED_A, settings: { ...SMALL, epochs: 50 }, onEvent: (e) => firstEvents.push(e) });
    await eventWhere(firstEvents, (e) => e.type === 'batch');
    const second = runner.start({ spec: SEED_A, settings: { ...SMALL, epochs: 1 } });
    expect(runner.run).toBe(second);
    const heardBefore = firstEvents.length;
    const [a, b] = await Promise.all([first.result, second.result]);
    expect(a).toMatchObject({ status: 'stopped', cancelled: true, test: null, model: null });
    expect(firstEvents).toHaveLength(heardBefore); // quiet once cancelled
    expect(b).toMatchObject({ status: 'completed', cancelled: false });
    expect(runner.run).toBeNull();
  });

  it('a diverged run says so, keeps the restored weights unscored by default, scored on request', async () => {
    const sgd = { kind: 'sgd', learningRate: 1e30 } as const;
    const diverged = await runner.start({ spec: SEED_A, settings: { ...SMALL, optimizer: sgd } }).result;
    expect(diverged.status).toBe('diverged');
    expect(diverged.message?.key).toBe('training.diverged');
    expect(String(diverged.message?.params?.detail)).toMatch(/loss became .* restored the weights/);
    expect(diverged.test).toBeNull();
    const scored = await runner.start({ spec: SEED_A, settings: { ...SMALL, optimizer: sgd }, score: 'always' }).result;
    expect(scored.status).toBe('diverged');
    expect(Number.isFinite(scored.test!.acc)).toBe(true);
    expect(scored.model!.weights.every(Number.isFinite)).toBe(true);
  });

  it('an invalid spec fails with its rule, and the worker stays usable', async () => {
    const bad: ModelSpec = { name: 'bad', input: [28, 28, 1], layers: [{ kind: 'conv2d', filters: 0, kernelSize: [3, 3] }, { kind: 'flatten' }, { kind: 'dense', units: 10, activation: 'softmax' }] };
    const result = await runner.start({ spec: bad, settings: SMALL }).result;
    expect(result.status).toBe('failed');
    expect(result.message?.key).toBe('training.invalidSpec');
    expect(String(result.message?.params?.detail)).toMatch(/filters must be a positive integer/);
    expect((await runner.start({ spec: SEED_A, settings: { ...SMALL, epochs: 1 } }).result).status).toBe('completed');
  });

  it('a crashed worker ends the run with its message; a restarted worker trains again', async () => {
    const events: TrainingRunEvent[] = [];
    const run = runner.start({ spec: SEED_A, settings: { ...SMALL, epochs: 50 }, onEvent: (e) => events.push(e) });
    await eventWhere(events, (e) => e.type === 'batch');
    workers.at(-1)!.crash();
    const result = await run.result;
    expect(result.status).toBe('crashed');
    expect(result.message).toEqual({ key: 'training.crashed', params: { detail: 'The training worker crashed: simulated worker crash' } });
    expect(bridge.isAlive).toBe(false);
    bridge.restart();
    expect((await runner.start({ spec: SEED_A, settings: { ...SMALL, epochs: 1 } }).result).status).toBe('completed');
  });
});

describe('TrainingRunner.useModel', () => {
  it('stops the current run, builds the spec and loads kept weights', async () => {
    const kept = (await runner.start({ spec: SEED_A, preset: 'seed-a', settings: { ...SMALL, epochs: 1, seed: 5 } }).result).model!;
    const events: TrainingRunEvent[] = [];
    const busy = runner.start({ spec: SEED_A, settings: { ...SMALL, epochs: 50 }, onEvent: (e) => events.push(e) });
    await eventWhere(events, (e) => e.type === 'batch');
    const info = await runner.useModel(SEED_A, { seed: kept.seed, weights: kept.weights });
    expect((await busy.result).cancelled).toBe(true);
    expect(info.totalParams).toBe(36430);
    expect(await bridge.call((r) => r.exportWeights())).toEqual(kept.weights);
    await runner.useModel(SEED_A, { seed: 5 });
    expect(await bridge.call((r) => r.exportWeights())).not.toEqual(kept.weights);
  });
});
