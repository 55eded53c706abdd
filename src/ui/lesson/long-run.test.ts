// The lesson's long run: its time-left estimate (pure), and a real run on a background worker
// (in-process) whose result comes back to the lesson (`keep`) with the state a sidebar shows.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFashionMnist } from '../../data/read-node';
import { preset } from '../../shared/presets';
import { TrainerBridge } from '../../worker/bridge';
import { BackgroundRunner } from '../training/background-runner';
import { InProcessWorker } from '../training/test-worker';
import { TrainingRunner } from '../training/training-runner';
import { estimateSecondsLeft, LongRun, type LongRunState } from './long-run';
import type { TrainedModel } from './step';

describe('estimateSecondsLeft', () => {
  it('uses the mean epoch time once an epoch has ended', () => {
    expect(estimateSecondsLeft({ epoch: 2, epochs: 5 }, [10_000, 20_000])).toBe(45);
    expect(estimateSecondsLeft({ epoch: 2, epochs: 5 }, [15_000, 15_000], { batch: 50, batches: 100, samplesPerSec: 1, imagesPerBatch: 1 })).toBeCloseTo(37.5, 9);
    expect(estimateSecondsLeft({ epoch: 5, epochs: 5 }, [15_000])).toBe(0);
  });

  it('before the first epoch ends, the speed of this epoch; nothing without one', () => {
    // 100 batches of 128 at 1,280 images/s: 10 s an epoch; 3 epochs, a quarter of the first done.
    expect(estimateSecondsLeft({ epoch: 0, epochs: 3 }, [], { batch: 25, batches: 100, samplesPerSec: 1280, imagesPerBatch: 128 })).toBeCloseTo(27.5, 9);
    expect(estimateSecondsLeft({ epoch: 0, epochs: 3 }, [])).toBeNull();
  });
});

describe('LongRun', () => {
  let bridges: TrainerBridge[];
  let background: BackgroundRunner;

  beforeAll(async () => {
    const data = readFashionMnist();
    const dataset = { trainImages: data.train.images, trainLabels: data.train.labels, testImages: data.test.images, testLabels: data.test.labels };
    bridges = [0, 1].map(() => new TrainerBridge(() => new InProcessWorker().asWorker()));
    await Promise.all(bridges.map((b) => b.setDataset(dataset)));
    background = new BackgroundRunner(bridges[1], new TrainingRunner(bridges[0]));
  });

  afterAll(() => bridges.forEach((b) => b.terminate()));

  it('trains in the background, reports each epoch, and hands the finished network to the lesson', async () => {
    const kept: TrainedModel[] = [];
    const seen: LongRunState[] = [];
    const longRun = new LongRun(() => background, (model) => kept.push(model));
    longRun.subscribe(() => seen.push(longRun.state));
    longRun.start({ spec: preset('seed-notebook')!, preset: 'seed-notebook', settings: { epochs: 2, batchSize: 64, trainLimit: 1200, seed: 1 }, score: 'completed' });
    expect(longRun.running).toBe(true);
    await new Promise<void>((resolve) => {
      const poll = () => (longRun.state.status === 'done' || longRun.state.status === 'ended' ? resolve() : setTimeout(poll, 10));
      poll();
    });
    expect(longRun.state.status).toBe('done');
    expect(longRun.state.epoch).toBe(2);
    expect(longRun.state.history.val_acc).toHaveLength(2);
    expect(kept).toHaveLength(1);
    expect(kept[0]).toMatchObject({ preset: 'seed-notebook', quick: false });
    expect(kept[0].testAccuracy).toBeGreaterThan(0.3);
    expect(longRun.state.model).toBe(kept[0]);
    expect(seen.map((s) => s.status)).toContain('training');
    expect(seen.filter((s) => s.status === 'training').map((s) => s.epoch)).toContain(1);
  }, 120_000);

  it('cancelling keeps nothing and goes back to idle', async () => {
    const kept: TrainedModel[] = [];
    const longRun = new LongRun(() => background, (model) => kept.push(model));
    longRun.start({ spec: preset('seed-notebook')!, preset: 'seed-notebook', settings: { epochs: 3, batchSize: 64, trainLimit: 1200 }, score: 'completed' });
    longRun.cancel();
    await background.cancel();
    expect(longRun.state.status).toBe('idle');
    expect(longRun.running).toBe(false);
    expect(kept).toEqual([]);
  }, 60_000);
});
