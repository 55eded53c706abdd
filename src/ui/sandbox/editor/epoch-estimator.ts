// Seconds per epoch on this device, measured (TrainerApi.measureThroughput: a few timed training
// steps of the network on a throwaway model in the worker), not guessed. Edits come fast, so a
// measurement starts only after the learner paused typing (debounced), one at a time, for the
// newest network only; a network measured before is not measured again (the epoch length for
// another data size is worked out from the same step times). Nothing is measured while training.
import type { ModelSpec } from '../../../shared/spec';
import { epochSeconds, type ThroughputMeasurement, type ThroughputOptions } from '../../../shared/throughput';
import { VALIDATION_SPLIT } from '../../../shared/training-types';

export type EstimateState =
  | { kind: 'invalid' }
  | { kind: 'measuring' }
  | { kind: 'busy' }
  | { kind: 'done'; measurement: ThroughputMeasurement; secondsPerEpoch: number; images: number }
  | { kind: 'failed'; detail: string };

export interface EstimateRequest {
  spec: ModelSpec;
  batchSize: number;
  threads: number;
  seed: number;
  /** Images an epoch reads before the validation split. */
  images: number;
}

export type Measure = (spec: ModelSpec, options: ThroughputOptions) => Promise<ThroughputMeasurement>;

export const ESTIMATE_DELAY_MS = 700;

const keyOf = (r: EstimateRequest) => JSON.stringify([r.spec.input, r.spec.layers, r.batchSize, r.threads]);

export class EpochEstimator {
  private readonly cache = new Map<string, ThroughputMeasurement>();
  private timer: ReturnType<typeof setTimeout> | undefined;
  private wanted: EstimateRequest | null = null;
  private running: Promise<void> | null = null;
  private held = false;
  private disposed = false;
  state: EstimateState = { kind: 'invalid' };

  constructor(
    private readonly measure: Measure,
    private readonly onState: (state: EstimateState) => void,
    private readonly delayMs = ESTIMATE_DELAY_MS,
  ) {}

  /** The network to estimate (null: it is not valid). */
  request(request: EstimateRequest | null): void {
    this.wanted = request;
    clearTimeout(this.timer);
    if (!request) return this.set({ kind: 'invalid' });
    const cached = this.cache.get(keyOf(request));
    if (cached) return this.set(this.done(cached, request));
    if (this.held) return this.set({ kind: 'busy' });
    this.set({ kind: 'measuring' });
    this.timer = setTimeout(() => void this.run(), this.delayMs);
  }

  /** While held (training), nothing is measured; releasing measures the newest request. */
  hold(held: boolean): void {
    this.held = held;
    if (held) clearTimeout(this.timer);
    else if (this.wanted) this.request(this.wanted);
  }

  /** Resolves once no measurement is running (training must not start during one). */
  async idle(): Promise<void> {
    while (this.running) await this.running;
  }

  dispose(): void {
    this.disposed = true;
    clearTimeout(this.timer);
  }

  private async run(): Promise<void> {
    if (this.running || this.held || this.disposed) return; // the running one re-checks `wanted` when it ends
    const request = this.wanted;
    if (!request) return;
    const { spec, batchSize, threads, seed, images } = request;
    let finished: () => void = () => {};
    this.running = new Promise((resolve) => (finished = resolve));
    try {
      const measurement = await this.measure(spec, { batchSize, threads, seed, images });
      this.cache.set(keyOf(request), measurement);
      if (this.wanted === request && !this.disposed) this.set(this.done(measurement, request));
    } catch (error) {
      if (this.wanted === request && !this.disposed) this.set({ kind: 'failed', detail: String((error as Error)?.message ?? error) });
    } finally {
      this.running = null;
      finished();
    }
    if (this.wanted && this.wanted !== request && !this.held && !this.disposed) this.request(this.wanted);
  }

  private done(measurement: ThroughputMeasurement, request: EstimateRequest): EstimateState {
    return { kind: 'done', measurement, images: request.images, secondsPerEpoch: epochSeconds(measurement, request.images, VALIDATION_SPLIT) };
  }

  private set(state: EstimateState): void {
    this.state = state;
    this.onState(state);
  }
}
