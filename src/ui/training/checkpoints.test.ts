// Checkpoints through the real training owner, worker service and engine (in process): a run
// whose worker dies in epoch 3 leaves a checkpoint after epoch 2; resuming it ends with exactly
// the weights and history of the uninterrupted run. Ends other than a crash or a cancel discard
// it, and a damaged checkpoint is reset and not offered.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { preset } from '../../shared/presets';
import type { TrainerBridge } from '../../worker/bridge';
import { AppStorage } from '../storage/app-storage';
import { memoryBackend } from '../storage/backends';
import { CHECKPOINT_KIND, parseCheckpoint } from './checkpoints';
import { inProcessBridge, type InProcessWorker } from './test-worker';
import type { TrainingRunEvent, TrainingSettings } from './training-run';
import { TrainingRunner } from './training-runner';

const SEED_A = preset('seed-a')!;
/** 4 epochs of 1,080 training + 120 validation images, batches of 64. */
const SETTINGS: TrainingSettings = { epochs: 4, batchSize: 64, trainLimit: 1200, seed: 5, watchLayers: [0] };

let workers: InProcessWorker[];
let bridge: TrainerBridge;
let storage: AppStorage;
let runner: TrainingRunner;

beforeAll(async () => {
  ({ bridge, workers } = await inProcessBridge());
  storage = await AppStorage.open(async () => memoryBackend());
  runner = new TrainingRunner(bridge, { storage: async () => storage });
});

afterAll(() => bridge.terminate());

describe('checkpoints', () => {
  it('a run whose worker dies in epoch 3 continues from epoch 2 and ends as the uninterrupted run', async () => {
    const uninterrupted = await runner.start({ spec: SEED_A, preset: 'seed-a', settings: SETTINGS, quick: true, checkpointKey: 'whole' }).result;
    expect(uninterrupted.status).toBe('completed');
    expect(await runner.pendingCheckpoint('whole')).toBeUndefined(); // a completed run leaves none

    const events: TrainingRunEvent[] = [];
    const crashed = await runner.start({
      spec: SEED_A, preset: 'seed-a', settings: SETTINGS, quick: true, checkpointKey: 'lab',
      onEvent: (event) => {
        events.push(event);
        if (event.type === 'batch' && event.epoch === 2 && event.batch >= 5 && bridge.isAlive) workers.at(-1)!.crash();
      },
    }).result;
    expect(crashed.status).toBe('crashed');
    expect(events.some((e) => e.type === 'epochEnd' && 'state' in e)).toBe(false); // screens never see the state

    const checkpoint = (await runner.pendingCheckpoint('lab'))!;
    expect(checkpoint).toMatchObject({ key: 'lab', preset: 'seed-a', epoch: 2, threads: 1, quick: true, settings: SETTINGS });
    expect(checkpoint.history.loss).toEqual(uninterrupted.history.loss.slice(0, 2));
    expect(checkpoint.state.step).toBe(2 * 17); // 17 batches an epoch

    const resumedEvents: TrainingRunEvent[] = [];
    const resumed = await runner.resume(checkpoint, { onEvent: (event) => resumedEvents.push(event) }).result;
    expect(bridge.isAlive).toBe(true); // resume started a new worker
    expect(resumed).toMatchObject({ status: 'completed', resumedFrom: 2 });
    expect(resumedEvents.filter((e) => e.type === 'epochBegin').map((e) => e.type === 'epochBegin' && e.epoch)).toEqual([2, 3]);
    expect(resumed.history).toEqual(uninterrupted.history);
    expect(resumed.snapshots).toEqual(uninterrupted.snapshots);
    expect(resumed.model!.weights).toEqual(uninterrupted.model!.weights);
    expect(resumed.test).toEqual(uninterrupted.test);
    expect(await runner.pendingCheckpoint('lab')).toBeUndefined();
  });

  it('a cancelled run keeps its checkpoint; a new run under the key replaces it; a stopped one discards it', async () => {
    const events: TrainingRunEvent[] = [];
    const run = runner.start({ spec: SEED_A, settings: SETTINGS, checkpointKey: 'screen', onEvent: (e) => events.push(e) });
    await vi.waitFor(() => expect(events.some((e) => e.type === 'epochEnd')).toBe(true), { timeout: 30_000 });
    expect(await runner.pendingCheckpoint('screen')).toBeUndefined(); // its run is still going
    run.cancel();
    await run.result;
    expect((await runner.pendingCheckpoint('screen'))?.epoch).toBeGreaterThanOrEqual(1);

    const fresh = runner.start({ spec: SEED_A, settings: SETTINGS, checkpointKey: 'screen' });
    fresh.stop();
    await fresh.result;
    expect(await runner.pendingCheckpoint('screen')).toBeUndefined();
  });

  it('a damaged checkpoint is reset and not offered', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const good = (await runner.start({ spec: SEED_A, settings: { ...SETTINGS, epochs: 2 } }).result).model!;
    const state = { params: good.weights, m: new Float32Array(36_430), v: new Float32Array(36_430), step: 17 };
    const logs = { loss: 1, acc: 0.5, timeMs: 1, samplesPerSec: 1 };
    const checkpoint = { key: 'x', spec: SEED_A, quick: false, settings: SETTINGS, epoch: 1, threads: 1, state, history: { loss: [1], acc: [0.5], val_loss: [1], val_acc: [0.5] }, epochs: [logs], snapshots: [], savedAt: 0 };
    expect(parseCheckpoint(checkpoint)).toBeDefined();
    expect(parseCheckpoint({ ...checkpoint, epoch: 4 })).toBeUndefined(); // nothing left to train
    expect(parseCheckpoint({ ...checkpoint, state: { ...state, m: new Float32Array(5) } })).toBeUndefined();
    expect(parseCheckpoint({ ...checkpoint, spec: { name: 'x', input: [28, 28, 1], layers: [null] } })).toBeUndefined();

    await storage.put(CHECKPOINT_KIND, 'x', { ...checkpoint, history: { loss: [], acc: [], val_loss: [], val_acc: [] } });
    expect(await runner.pendingCheckpoint('x')).toBeUndefined();
    expect(storage.problems.map((p) => [p.kind, p.what])).toContainEqual(['corrupted', 'storage.whatCheckpoint']);
  });
});
