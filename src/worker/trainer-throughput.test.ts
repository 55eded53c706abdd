// TrainerApi.measureThroughput on the real Node engine and real images: a few timed steps of a
// throwaway model, an epoch estimate that follows fit()'s batching, the built model untouched.
import { beforeAll, describe, expect, it } from 'vitest';
import { readFashionMnist } from '../data/read-node';
import { createModel } from '../engine/node';
import { TIMED_BATCHES } from '../engine/throughput';
import { preset } from '../shared/presets';
import { SpecError } from '../shared/spec-error';
import { epochSeconds } from '../shared/throughput';
import { TrainerService } from './trainer-service';

let service: TrainerService;

beforeAll(() => {
  const data = readFashionMnist();
  service = new TrainerService(createModel);
  service.setDataset({ trainImages: data.train.images, trainLabels: data.train.labels, testImages: data.test.images, testLabels: data.test.labels });
});

describe('TrainerService.measureThroughput', () => {
  it('times training steps and forward passes, and estimates an epoch as fit() batches it', async () => {
    const m = await service.measureThroughput(preset('seed-a')!, { batchSize: 128 });
    expect(m).toMatchObject({ batchSize: 128, threads: 1, timedBatches: TIMED_BATCHES, images: 60_000, validationSplit: 0.1 });
    for (const value of [m.secondsPerTrainBatch, m.secondsPerEvalBatch, m.trainImagesPerSecond, m.secondsPerEpoch]) {
      expect(Number.isFinite(value) && value > 0).toBe(true);
    }
    // 54,000 training images in 422 steps, 6,000 validation images in 47 forward passes
    expect(m.secondsPerEpoch).toBeCloseTo(422 * m.secondsPerTrainBatch + 47 * m.secondsPerEvalBatch, 9);
    expect(m.trainImagesPerSecond).toBeCloseTo(128 / m.secondsPerTrainBatch, 6);
    expect(epochSeconds(m, 6000)).toBeCloseTo(43 * m.secondsPerTrainBatch + 5 * m.secondsPerEvalBatch, 9);
    const subset = await service.measureThroughput(preset('seed-a')!, { batchSize: 64, images: 3000 });
    expect(subset).toMatchObject({ batchSize: 64, images: 3000 });
    expect(subset.secondsPerEpoch).toBeCloseTo(43 * subset.secondsPerTrainBatch + 5 * subset.secondsPerEvalBatch, 9); // 2,700 / 64, 300 / 64
  });

  it('measures a network with ~34× the work per image as clearly slower', async () => {
    const small = await service.measureThroughput(preset('seed-a')!, { batchSize: 64 }); // 0.26 MFLOP per training image
    const large = await service.measureThroughput(preset('seed-notebook')!, { batchSize: 64 }); // 8.8 MFLOP
    expect(large.secondsPerTrainBatch).toBeGreaterThan(2 * small.secondsPerTrainBatch);
  });

  it('leaves the built model alone, refuses while training, and rejects an invalid spec with its SpecError', async () => {
    await service.build(preset('seed-a')!, { seed: 3 });
    const before = service.exportWeights();
    await service.measureThroughput(preset('seed-a')!, { seed: 3 });
    expect(Buffer.from(service.exportWeights().buffer).equals(Buffer.from(before.buffer))).toBe(true);

    const run = service.train({ epochs: 1, trainLimit: 2000, batchSize: 32 }, () => {});
    await expect(service.measureThroughput(preset('seed-a')!)).rejects.toThrow(/training is running/);
    service.stop();
    await run;

    const bad = { name: 'bad', input: [28, 28, 1], layers: [{ kind: 'conv2d', filters: 4, kernelSize: [3, 3], strides: [0, 1] }] } as never;
    await expect(service.measureThroughput(bad)).rejects.toBeInstanceOf(SpecError);
    await expect(new TrainerService(createModel).measureThroughput(preset('seed-a')!)).rejects.toThrow(/no dataset/);
  });
});
