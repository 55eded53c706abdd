// The network that plays a round (input of the round component): its answers on the test images,
// its first layer's filters and every layer's output for one image. Backed by a worker that holds
// the network (the play screen's own worker, or the lesson's through the training owner), or by an
// engine Model directly (Node tests). Each call waits for the network to be loaded once.
import type { Model } from '../../../engine/model';
import type { ModelSpec, Padding } from '../../../shared/spec';
import type { LayerActivation, WeightTensor } from '../../../shared/training-types';
import type { TrainerApi } from '../../../shared/worker-protocol';
import type { TrainerBridge } from '../../../worker/bridge';

/** The first layer when it is a convolution: what its filters are and how they slide. */
export interface FirstLayerFilters {
  /** Keras layout (kh, kw, inChannels, filters). */
  shape: [number, number, number, number];
  /** kh·kw·in·filters values, filter index fastest (Keras HWIO). */
  kernel: Float32Array;
  bias: Float32Array;
  stride: number;
  padding: Padding;
}

export interface PlayerNetwork {
  /** Stable for the same weights (caches, the game record, the e2e). */
  readonly id: string;
  readonly spec: ModelSpec;
  /** N × 10 probabilities of the N test images, row-major (computed once). */
  testProbabilities(): Promise<Float32Array>;
  /** Every layer's output for one 28×28 u8 image, in layer order; the last is the 10 probabilities. */
  activations(image: Uint8Array): Promise<LayerActivation[]>;
  /** Null when the first layer is not a convolution (no filter rounds, no sweep). */
  firstLayerFilters(): Promise<FirstLayerFilters | null>;
}

/** The first conv layer's filters from its spec and get_weights(0); null for any other first layer. */
export function firstLayerFilters(spec: ModelSpec, weights: readonly WeightTensor[]): FirstLayerFilters | null {
  const layer = spec.layers[0];
  if (layer?.kind !== 'conv2d') return null;
  const kernel = weights.find((w) => w.role === 'kernel');
  if (!kernel || kernel.shape.length !== 4) return null;
  const filters = kernel.shape[3];
  const bias = weights.find((w) => w.role === 'bias')?.values ?? new Float32Array(filters);
  return { shape: kernel.shape as FirstLayerFilters['shape'], kernel: kernel.values, bias, stride: layer.strides?.[0] ?? 1, padding: layer.padding ?? 'valid' };
}

/** The calls a network host answers (the worker's TrainerApi, or a Model). */
type NetworkCalls = Pick<TrainerApi, 'predictTest' | 'activations' | 'getWeights'>;

class HostedPlayerNetwork implements PlayerNetwork {
  private probabilities?: Promise<Float32Array>;
  private filters?: Promise<FirstLayerFilters | null>;

  constructor(
    readonly id: string,
    readonly spec: ModelSpec,
    private readonly call: <T>(run: (calls: NetworkCalls) => T | Promise<T>) => Promise<T>,
    /** Runs before every call: puts the network in its host (cheap when it is there already). */
    private readonly ensureHeld: () => Promise<unknown>,
  ) {}

  private async run<T>(body: (calls: NetworkCalls) => T | Promise<T>): Promise<T> {
    await this.ensureHeld();
    return this.call(body);
  }

  testProbabilities(): Promise<Float32Array> {
    // Kept for the page's life; a failure is tried again on the next call.
    this.probabilities ??= this.run((c) => c.predictTest());
    this.probabilities.catch(() => (this.probabilities = undefined));
    return this.probabilities;
  }

  activations(image: Uint8Array): Promise<LayerActivation[]> {
    return this.run((c) => c.activations(image));
  }

  firstLayerFilters(): Promise<FirstLayerFilters | null> {
    this.filters ??= this.spec.layers[0]?.kind === 'conv2d' ? this.run(async (c) => firstLayerFilters(this.spec, await c.getWeights(0))) : Promise.resolve(null);
    this.filters.catch(() => (this.filters = undefined));
    return this.filters;
  }
}

/** `load` run once (again after a failure): for a host whose load is expensive, e.g. the lesson's useModel. */
export function once(load: () => Promise<unknown>): () => Promise<unknown> {
  let loading: Promise<unknown> | undefined;
  return () => {
    loading ??= load().catch((error) => {
      loading = undefined;
      throw error;
    });
    return loading;
  };
}

/**
 * A network held by a training worker. `load` puts it there and runs before every call, so it must
 * be cheap when the network is there already (play's worker `hold` is). For an expensive load that
 * the host keeps in place, such as the lesson's `context.useModel(preset)`, pass `once(load)`.
 */
export function workerPlayerNetwork(options: { id: string; spec: ModelSpec; bridge: TrainerBridge; load: () => Promise<unknown> }): PlayerNetwork {
  const { bridge } = options;
  return new HostedPlayerNetwork(options.id, options.spec, (run) => bridge.call((remote) => Promise.resolve(run(remote as unknown as NetworkCalls))), options.load);
}

/** A network on an engine Model in this thread, scored on `testImages` (N×28×28 u8): tests and tools. */
export function modelPlayerNetwork(id: string, model: Model, testImages: Uint8Array): PlayerNetwork {
  const calls: NetworkCalls = {
    predictTest: () => model.predict(testImages),
    activations: (image) => model.activations(image),
    getWeights: (layer) => model.getWeights(layer),
  };
  return new HostedPlayerNetwork(id, model.spec, async (run) => run(calls), async () => {});
}
