// BackgroundRunner on the real engine and data: a long run on a second (in-process) worker gives
// way to the main runner — paused between batches while a foreground run trains, going on after —
// and its result is the same as if nothing had interrupted it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFashionMnist } from '../../data/read-node';
import { preset } from '../../shared/presets';
import { TrainerBridge } from '../../worker/bridge';
import { BackgroundRunner } from './background-runner';
import { InProcessWorker } from './test-worker';
import type { TrainingRunEvent, TrainingSettings } from './training-run';
import { TrainingRunner } from './training-runner';

const SEED_A = preset('seed-a')!;
const SMALL: TrainingSettings = { epochs: 3, batchSize: 64, trainLimit: 1200, seed: 5 };

let bridges: TrainerBridge[];
let foreground: TrainingRunner;
let background: BackgroundRunner;

beforeAll(async () => {
  const data = readFashionMnist();
  const dataset = { trainImages: data.train.images, trainLabels: data.train.labels, testImages: data.test.images, testLabels: data.test.labels };
  bridges = [0, 1].map(() => new TrainerBridge(() => new InProcessWorker().asWorker()));
  await Promise.all(bridges.map((b) => b.setDataset(dataset)));
  foreground = new TrainingRunner(bridges[0]);
  background = new BackgroundRunner(bridges[1], foreground);
});

afterAll(() => bridges.forEach((b) => b.terminate()));

describe('BackgroundRunner', () => {
  it('waits while the main runner trains and goes on after; the result is the uninterrupted one', async () => {
    const alone = await background.start({ spec: SEED_A, settings: SMALL, score: 'completed' }).result;
    expect(alone.status).toBe('completed');

    const events: TrainingRunEvent[] = [];
    const run = background.start({ spec: SEED_A, settings: SMALL, score: 'completed', onEvent: (e) => events.push(e) });
    await new Promise<void>((resolve) => {
      const poll = () => (events.some((e) => e.type === 'batch') ? resolve() : setTimeout(poll, 2));
      poll();
    });
    const fore = foreground.start({ spec: SEED_A, settings: { epochs: 1, batchSize: 64, trainLimit: 1200 } });
    expect(background.waiting).toBe(true);
    await new Promise<void>((resolve) => {
      const poll = () => (events.some((e) => e.type === 'paused') ? resolve() : setTimeout(poll, 2));
      poll();
    });
    const foreResult = await fore.result;
    expect(foreResult.status).toBe('completed');
    expect(background.waiting).toBe(false);
    const result = await run.result;
    // Nothing trained in the background while it was paused; it went on after.
    const pausedAt = events.findIndex((e) => e.type === 'paused');
    const resumedAt = events.findIndex((e) => e.type === 'resumed');
    expect(resumedAt).toBeGreaterThan(pausedAt);
    expect(events.slice(pausedAt, resumedAt).filter((e) => e.type === 'batch')).toEqual([]);
    expect(events.slice(resumedAt).some((e) => e.type === 'batch')).toBe(true);
    expect(result.status).toBe('completed');
    // Same seed, same data, one thread: bit-identical to the run that was never paused.
    expect(result.history.loss).toEqual(alone.history.loss);
    expect(result.test!.acc).toBe(alone.test!.acc);
  }, 120_000);

  it('a run started while the main runner trains is paused until that run ends', async () => {
    // Long enough that the background run is training (and told to wait) before it ends.
    const fore = foreground.start({ spec: SEED_A, settings: { epochs: 5, batchSize: 64, trainLimit: 1200 } });
    const events: TrainingRunEvent[] = [];
    const run = background.start({ spec: SEED_A, settings: { ...SMALL, epochs: 1 }, onEvent: (e) => events.push(e) });
    expect(background.waiting).toBe(true);
    await fore.result;
    const result = await run.result;
    expect(result.status).toBe('completed');
    const pausedAt = events.findIndex((e) => e.type === 'paused');
    const resumedAt = events.findIndex((e) => e.type === 'resumed');
    expect(pausedAt).toBeGreaterThanOrEqual(0);
    expect(resumedAt).toBeGreaterThan(pausedAt);
    expect(events.slice(pausedAt, resumedAt).filter((e) => e.type === 'batch')).toEqual([]);
  }, 120_000);
});
