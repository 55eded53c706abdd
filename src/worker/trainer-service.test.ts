// The worker's service driven directly in Node: throttled progress, pause/resume/stop, quick mode.
import { beforeAll, describe, expect, it } from 'vitest';
import { readFashionMnist } from '../data/read-node';
import { createModel } from '../engine/node';
import { preset } from '../shared/presets';
import type { TrainingEvent } from '../shared/worker-protocol';
import { PROGRESS_INTERVAL_MS, TrainerService } from './trainer-service';

let service: TrainerService;

beforeAll(() => {
  const data = readFashionMnist();
  service = new TrainerService(createModel);
  service.setDataset({ trainImages: data.train.images, trainLabels: data.train.labels, testImages: data.test.images, testLabels: data.test.labels });
});

describe('TrainerService', () => {
  it('reports at most ~20 batch messages a second, every epoch, and the watched weights', async () => {
    const info = await service.build(preset('seed-a')!, { seed: 1 });
    expect(info.totalParams).toBe(36430);
    expect(info.summary).toContain('Total params: 36,430');
    const events: (TrainingEvent & { at: number })[] = [];
    const started = performance.now();
    const result = await service.train({ epochs: 2, trainLimit: 6000, watchLayers: [0] }, (e) => events.push({ ...e, at: performance.now() }));
    const seconds = (performance.now() - started) / 1000;
    expect(result.status).toBe('completed');
    const batchEvents = events.filter((e) => e.type === 'batch');
    expect(batchEvents.length).toBeLessThanOrEqual(Math.ceil(seconds * (1000 / PROGRESS_INTERVAL_MS)) + 2 /* last batch of each epoch */);
    expect(batchEvents.at(-1)).toMatchObject({ epoch: 1, batch: 43, batches: 43 }); // 5,400 / 128
    const epochEnds = events.filter((e) => e.type === 'epochEnd');
    expect(epochEnds).toHaveLength(2);
    const begin = events.find((e) => e.type === 'epochBegin');
    expect(begin?.type === 'epochBegin' && begin.watched[0].weights[1].shape).toEqual([5]);
    const report = service.evaluateTest();
    expect(report.count).toBe(10000);
    expect(report.errors).toBe(Math.round((1 - report.acc) * 10000));
  });

  it('pauses between batches, resumes, and stops', async () => {
    await service.build(preset('seed-a')!, { seed: 2 });
    const events: TrainingEvent['type'][] = [];
    let batches = 0;
    const run = service.train({ epochs: 50, trainLimit: 3000, batchSize: 32 }, (e) => {
      events.push(e.type);
      if (e.type === 'batch') batches++;
    });
    await new Promise((r) => setTimeout(r, 100));
    service.pause();
    await new Promise((r) => setTimeout(r, 50));
    const whilePaused = batches;
    await new Promise((r) => setTimeout(r, 200));
    expect(batches).toBe(whilePaused);
    service.resume();
    await new Promise((r) => setTimeout(r, 100));
    service.stop();
    const result = await run;
    expect(result.status).toBe('stopped');
    expect(events).toContain('paused');
    expect(events).toContain('resumed');
  });

  it('refuses calls that make no sense with a clear message', async () => {
    const fresh = new TrainerService(createModel);
    expect(() => fresh.evaluateTest()).toThrow(/no dataset/);
    await fresh.build(preset('seed-a')!);
    await expect(fresh.train({ epochs: 1 }, () => {})).rejects.toThrow(/no dataset/);
    await expect(fresh.build({ name: 'x', input: [28, 28, 1], layers: [{ kind: 'conv2d', filters: 0, kernelSize: [3, 3] }] })).rejects.toThrow(/filters must be a positive integer/);
  });
});
