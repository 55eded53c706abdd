// The kept network in the training worker: the worker holds one network at a time, and the
// inspector, the playground's trained filters, the exports and the debug hook all ask it questions.
// `hold` builds the kept network there with its weights, once (again only after something else was
// built). While a run trains, nothing is swapped in: the question waits for a clear answer instead.
import { planModel } from '../../shared/plan';
import type { LayerActivation } from '../../shared/training-types';
import type { TrainingRunner } from '../training/training-runner';
import { layerWeightsFromFlat, type LayerWeights } from '../views/weights/weights';
import type { KeptModel } from './sandbox-state';

export class TrainingBusyError extends Error {
  override readonly name = 'TrainingBusyError';
}

export class WorkerModel {
  private held: KeptModel | null = null;
  private loading: Promise<void> | null = null;
  /** A sandbox run is training: the worker's network is the run's. */
  training = false;

  constructor(private readonly runner: TrainingRunner) {}

  /** Builds `model` in the worker with its weights, unless it already holds it. */
  async hold(model: KeptModel): Promise<void> {
    if (this.training) throw new TrainingBusyError('training is running');
    if (this.held === model) return;
    while (this.loading) await this.loading;
    if (this.held === model) return;
    this.loading = this.runner.useModel(model.spec, { seed: model.seed, weights: model.weights }).then(() => void (this.held = model));
    try {
      await this.loading;
    } finally {
      this.loading = null;
    }
  }

  /** The worker now holds `model` (a run just trained it), or something else (null). */
  setHeld(model: KeptModel | null): void {
    this.held = model;
  }

  async activations(model: KeptModel, image: Uint8Array): Promise<LayerActivation[]> {
    await this.hold(model);
    return this.runner.bridge.call((r) => r.activations(image));
  }

  /** Probabilities (count × 10) of the first `count` test images. */
  async predictions(model: KeptModel, count: number): Promise<Float32Array> {
    await this.hold(model);
    return this.runner.bridge.call((r) => r.predictTest(0, count));
  }

  /** One layer's [kernel, bias] out of the kept weights (no worker needed). */
  static layerWeights(model: KeptModel, layer: number): LayerWeights[] {
    return layerWeightsFromFlat(planModel(model.spec), model.weights, layer);
  }
}
