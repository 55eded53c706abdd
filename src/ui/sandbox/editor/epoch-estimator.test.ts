import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { preset } from '../../../shared/presets';
import type { ThroughputMeasurement, ThroughputOptions } from '../../../shared/throughput';
import type { ModelSpec } from '../../../shared/spec';
import { EpochEstimator, type EstimateRequest, type EstimateState } from './epoch-estimator';

const measurement = (batchSize: number): ThroughputMeasurement => ({
  batchSize, threads: 1, secondsPerTrainBatch: 0.01, secondsPerEvalBatch: 0.004, trainImagesPerSecond: batchSize / 0.01,
  timedBatches: 3, images: 60_000, validationSplit: 0.1, secondsPerEpoch: 0,
});
const request = (spec: ModelSpec, images = 6000): EstimateRequest => ({ spec, batchSize: 100, threads: 1, seed: 1, images });

describe('EpochEstimator', () => {
  let calls: { spec: ModelSpec; options: ThroughputOptions; resolve: () => void }[];
  let states: EstimateState[];
  let estimator: EpochEstimator;
  beforeEach(() => {
    vi.useFakeTimers();
    calls = [];
    states = [];
    estimator = new EpochEstimator(
      (spec, options) => new Promise((resolve) => calls.push({ spec, options, resolve: () => resolve(measurement(options.batchSize!)) })),
      (state) => states.push(state),
      500,
    );
  });
  afterEach(() => vi.useRealTimers());

  it('measures once the edits pause, only the newest network, and works out the epoch from the step times', async () => {
    estimator.request(request(preset('seed-a')!));
    await vi.advanceTimersByTimeAsync(200);
    estimator.request(request(preset('compare-conv')!));
    await vi.advanceTimersByTimeAsync(499);
    expect(calls).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(1);
    expect(calls.map((c) => c.spec.name)).toEqual(['compare-conv']);
    expect(calls[0].options).toEqual({ batchSize: 100, threads: 1, seed: 1, images: 6000 });
    expect(estimator.state.kind).toBe('measuring');
    calls[0].resolve();
    await vi.advanceTimersByTimeAsync(0);
    // 6,000 images: 5,400 train in 54 steps of 0.01 s, 600 validate in 6 passes of 0.004 s.
    expect(estimator.state).toMatchObject({ kind: 'done', secondsPerEpoch: 54 * 0.01 + 6 * 0.004, images: 6000 });
  });

  it('does not measure a network again, nor while training; says invalid for an invalid one', async () => {
    estimator.request(request(preset('seed-a')!));
    await vi.advanceTimersByTimeAsync(500);
    calls[0].resolve();
    await vi.advanceTimersByTimeAsync(0);
    estimator.request(request(preset('seed-a')!, 60_000));
    expect(estimator.state).toMatchObject({ kind: 'done', images: 60_000 });
    estimator.hold(true);
    estimator.request(request(preset('compare-conv')!));
    await vi.advanceTimersByTimeAsync(2000);
    expect(estimator.state.kind).toBe('busy');
    expect(calls).toHaveLength(1);
    estimator.hold(false);
    await vi.advanceTimersByTimeAsync(500);
    expect(calls).toHaveLength(2);
    estimator.request(null);
    expect(estimator.state.kind).toBe('invalid');
  });

  it('a measurement that fails says why; idle() waits for the running one', async () => {
    const failing = new EpochEstimator(() => Promise.reject(new Error('worker busy')), (s) => states.push(s), 10);
    failing.request(request(preset('seed-a')!));
    await vi.advanceTimersByTimeAsync(10);
    await failing.idle();
    expect(failing.state).toEqual({ kind: 'failed', detail: 'worker busy' });

    estimator.request(request(preset('seed-a')!));
    await vi.advanceTimersByTimeAsync(500);
    let idle = false;
    void estimator.idle().then(() => (idle = true));
    await vi.advanceTimersByTimeAsync(0);
    expect(idle).toBe(false);
    calls[0].resolve();
    await vi.advanceTimersByTimeAsync(0);
    expect(idle).toBe(true);
  });
});
