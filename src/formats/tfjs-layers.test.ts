// Exported files load in TensorFlow.js itself: @tensorflow/tfjs-layers reads model.json and the
// weights file the way it reads files from disk or a server (getModelArtifactsForJSON), builds
// the model from built-in layers only, and predicts 100 real Fashion-MNIST test images (pixels /
// 255) within 1e-4 of FilterFit — for every preset, a channel-max model and an avgPool + dropout
// model, each after a few training steps (non-zero biases, trained kernels). Importing the same
// files gives back identical weights and bit-identical predictions.
import '@tensorflow/tfjs-backend-cpu';
import * as tf from '@tensorflow/tfjs-core';
import * as tfl from '@tensorflow/tfjs-layers';
import { beforeAll, describe, expect, it } from 'vitest';
import { readFashionMnist } from '../data/read-node';
import type { FashionMnist } from '../data/dataset';
import { createModel } from '../engine/node';
import { PRESETS } from '../shared/presets';
import { DEFAULT_SANDBOX_SETTINGS } from '../shared/sandbox-settings';
import type { ModelSpec } from '../shared/spec';
import { exportLayersModel, type ExportedLayersModel } from './tfjs-layers-export';
import { importLayersModel } from './tfjs-layers-import';

const PIXELS = 784;
const COUNT = 100;
let data: FashionMnist;

beforeAll(async () => {
  tf.env().set('PROD', true);
  await tf.setBackend('cpu');
  data = readFashionMnist();
});

const channelMaxModel: ModelSpec = {
  name: 'channel-max after pooling',
  input: [28, 28, 1],
  layers: [
    { kind: 'conv2d', filters: 7, kernelSize: [5, 3], strides: [2, 1], padding: 'same', activation: 'relu' },
    { kind: 'maxPool2d', poolSize: [2, 3], strides: [2, 2] },
    { kind: 'channelMaxPool' },
    { kind: 'flatten' },
    { kind: 'dense', units: 10, activation: 'softmax' },
  ],
};

const avgPoolDropoutModel: ModelSpec = {
  name: 'avgpool-dropout',
  input: [28, 28, 1],
  layers: [
    { kind: 'conv2d', filters: 8, kernelSize: [3, 3], padding: 'same', activation: 'relu' },
    { kind: 'avgPool2d', poolSize: [3, 3], strides: [2, 2], padding: 'same' },
    { kind: 'dropout', rate: 0.3 },
    { kind: 'conv2d', filters: 6, kernelSize: [2, 2], strides: [3, 3], useBias: false },
    { kind: 'avgPool2d', poolSize: [2, 2] },
    { kind: 'flatten' },
    { kind: 'dropout', rate: 0.5 },
    { kind: 'dense', units: 12, activation: 'relu' },
    { kind: 'dense', units: 10, activation: 'softmax' },
  ],
};

const specs: [string, ModelSpec][] = [...Object.entries(PRESETS).map(([name, spec]) => [name, spec as ModelSpec] as [string, ModelSpec]), ['channel-max', channelMaxModel], ['avgpool-dropout', avgPoolDropoutModel]];

/** Loads model.json text + weights as tf.loadLayersModel loads files: manifest → weight specs → bytes. */
async function loadInTfjs(files: { json: string; weightData: ArrayBuffer }): Promise<tfl.LayersModel> {
  const handler: tf.io.IOHandler = {
    load: () =>
      tf.io.getModelArtifactsForJSON(JSON.parse(files.json), async (manifest) => [manifest.flatMap((group) => group.weights), files.weightData]),
  };
  return tfl.loadLayersModel(handler);
}

/** A FilterFit model of `spec` trained for 4 steps, its predictions on the test images, and its files. */
async function trainedAndExported(spec: ModelSpec) {
  const model = await createModel(spec, { seed: 17 });
  await model.fit(data.train.images.subarray(0, 512 * PIXELS), data.train.labels.subarray(0, 512), { epochs: 1, batchSize: 128, validationSplit: 0 });
  const images = data.test.images.subarray(0, COUNT * PIXELS);
  const exported: ExportedLayersModel = exportLayersModel(spec, model.exportWeights(), { ...DEFAULT_SANDBOX_SETTINGS, seed: 17 });
  return { model, images, ours: model.predict(images), exported, files: { json: JSON.stringify(exported.modelJson), weightData: exported.weightData } };
}

describe('tfjs-layers export', () => {
  it.each(specs)('%s: tf.loadLayersModel predicts 100 test images within 1e-4', async (_name, spec) => {
    const { images, ours, exported, files } = await trainedAndExported(spec);
    expect(exported.modelJson.weightsManifest[0].paths).toEqual([exported.weightsFileName]);
    const loaded = await loadInTfjs(files);
    const x = tf.div(tf.tensor4d(Float32Array.from(images), [COUNT, 28, 28, 1]), 255);
    const theirs = (loaded.predict(x) as tf.Tensor).dataSync();
    let gap = 0;
    for (let i = 0; i < ours.length; i++) gap = Math.max(gap, Math.abs(ours[i] - theirs[i]));
    expect(theirs.length).toBe(COUNT * 10);
    expect(gap).toBeLessThan(1e-4);
    // the loaded model is made of built-in layers, with FilterFit's layer names and parameter count
    expect(loaded.countParams()).toBe(exported.weightData.byteLength / 4);
    expect(loaded.layers.map((l) => l.getClassName())).not.toContain('Lambda');
    expect(loaded.getUserDefinedMetadata()).toEqual({ filterfit: { settings: { ...DEFAULT_SANDBOX_SETTINGS, seed: 17 } } });
    tf.dispose([x]);
    loaded.dispose();
  }, 60_000);

  it.each(specs)('%s: importing the exported files gives identical weights and predictions', async (_name, spec) => {
    const { images, ours, model, files } = await trainedAndExported(spec);
    const imported = importLayersModel(files.json, files.weightData);
    expect(Buffer.from(imported.weights.buffer).equals(Buffer.from(model.exportWeights().buffer))).toBe(true);
    expect(imported.settings).toEqual({ ...DEFAULT_SANDBOX_SETTINGS, seed: 17 });
    const again = await createModel(imported.spec, { seed: 99 });
    again.importWeights(imported.weights);
    expect(again.summary().split('\n').slice(1)).toEqual(model.summary().split('\n').slice(1)); // same layers, names, shapes, counts
    expect(Buffer.from(again.predict(images).buffer).equals(Buffer.from(ours.buffer))).toBe(true);
  });
});

describe('channel max as built-in layers', () => {
  it('Reshape (H·W, C, 1) → MaxPooling2D (1, C) → Reshape (H, W, 1) is tf.max over the channels', () => {
    const x = tf.randomUniform([3, 5, 7, 6], -1, 1, 'float32', 4);
    const m = tfl.sequential({
      layers: [
        tfl.layers.reshape({ targetShape: [35, 6, 1], inputShape: [5, 7, 6] }),
        tfl.layers.maxPooling2d({ poolSize: [1, 6], strides: [1, 6] }),
        tfl.layers.reshape({ targetShape: [5, 7, 1] }),
      ],
    });
    const ours = (m.predict(x) as tf.Tensor).dataSync();
    expect(Array.from(ours)).toEqual(Array.from(tf.max(x, 3, true).dataSync()));
  });
});
