// Whole models against TensorFlow.js: from identical initial weights, 20 Adam steps of seed-a and
// seed-notebook on the first 20 real batches (no shuffle) must give the same per-step losses and
// final weights. tfjs runs on its cpu backend (float32): tfjs-wasm 4.22 cannot train a conv net
// (no Conv2DBackpropFilter kernel). Adam is written in tfjs ops in the Keras form our kernel uses
// (ε outside the bias correction), so the only differences are float32 summation orders.
import '@tensorflow/tfjs-backend-cpu';
import { beforeAll, describe, expect, it } from 'vitest';
import { readFashionMnist } from '../data/read-node';
import type { FashionMnist } from '../data/dataset';
import { createModel } from '../engine/node';
import type { Model } from '../engine/model';
import { preset } from '../shared/presets';
import type { ModelPlan } from '../shared/plan';
import { tf } from './tfjs';

const STEPS = 20;
const BATCH = 128;
let data: FashionMnist;

beforeAll(async () => {
  tf.env().set('PROD', true);
  await tf.setBackend('cpu');
  data = readFashionMnist();
});

/** The plan's forward pass in tfjs ops: x (n,28,28,1) → logits (n,10). */
function tfForward(plan: ModelPlan, weights: tf.Variable[], x: tf.Tensor4D): tf.Tensor2D {
  let h: tf.Tensor = x;
  let w = 0;
  for (const layer of plan.layers) {
    const s = layer.spec;
    if (s.kind === 'conv2d') {
      h = tf.conv2d(h as tf.Tensor4D, weights[w++] as tf.Tensor4D, s.strides ?? [1, 1], s.padding ?? 'valid');
      if (s.useBias !== false) h = tf.add(h, weights[w++]);
      if (s.activation === 'relu') h = tf.relu(h);
    } else if (s.kind === 'maxPool2d') {
      h = tf.maxPool(h as tf.Tensor4D, s.poolSize, s.strides ?? s.poolSize, 'valid');
    } else if (s.kind === 'channelMaxPool') {
      h = tf.max(h, 3, true);
    } else if (s.kind === 'flatten') {
      h = tf.reshape(h, [h.shape[0], -1]);
    } else {
      h = tf.matMul(h as tf.Tensor2D, weights[w++] as tf.Tensor2D);
      if (s.useBias !== false) h = tf.add(h, weights[w++]);
      if (s.activation === 'relu') h = tf.relu(h);
    }
  }
  return h as tf.Tensor2D;
}

interface Run {
  losses: number[];
  weights: Float32Array[];
}

async function runOurs(model: Model, images: Uint8Array, labels: Uint8Array): Promise<Run> {
  const losses: number[] = [];
  let previous = 0;
  await model.fit(images, labels, {
    epochs: 1,
    batchSize: BATCH,
    shuffle: false,
    validationSplit: 0,
    callbacks: {
      onBatchEnd: (_b, logs) => {
        // logs.loss is the running mean; recover this batch's mean loss.
        const total = logs.loss * logs.batch;
        losses.push(total - previous);
        previous = total;
      },
    },
  });
  const weights = model.plan.layers.flatMap((l) => model.getWeights(l.index).map((w) => w.values));
  return { losses, weights };
}

function runTfjs(plan: ModelPlan, initial: { shape: number[]; values: Float32Array }[], images: Uint8Array, labels: Uint8Array): Run {
  const vars = initial.map((w) => tf.variable(tf.tensor(w.values, w.shape)));
  const m = initial.map((w) => tf.zeros(w.shape));
  const v = initial.map((w) => tf.zeros(w.shape));
  const [beta1, beta2, lr, eps] = [0.9, 0.999, 1e-3, 1e-7];
  const losses: number[] = [];
  for (let step = 1; step <= STEPS; step++) {
    tf.tidy(() => {
      const lo = (step - 1) * BATCH;
      const x = tf.div(tf.tensor4d(images.subarray(lo * 784, (lo + BATCH) * 784), [BATCH, 28, 28, 1], 'float32'), 255) as tf.Tensor4D;
      const y = tf.oneHot(tf.tensor1d(labels.subarray(lo, lo + BATCH), 'int32'), 10);
      const { value, grads } = tf.variableGrads(() => tf.losses.softmaxCrossEntropy(y, tfForward(plan, vars, x)) as tf.Scalar, vars);
      losses.push(value.dataSync()[0]);
      const alpha = (lr * Math.sqrt(1 - beta2 ** step)) / (1 - beta1 ** step);
      vars.forEach((p, i) => {
        const g = grads[p.name];
        const mi = tf.add(m[i], tf.mul(tf.sub(g, m[i]), 1 - beta1));
        const vi = tf.add(v[i], tf.mul(tf.sub(tf.square(g), v[i]), 1 - beta2));
        tf.dispose([m[i], v[i]]);
        m[i] = tf.keep(mi);
        v[i] = tf.keep(vi);
        p.assign(tf.sub(p, tf.div(tf.mul(mi, alpha), tf.add(tf.sqrt(vi), eps))));
      });
    });
  }
  const weights = vars.map((p) => p.dataSync() as Float32Array);
  tf.dispose([...vars, ...m, ...v]);
  return { losses, weights };
}

describe.each(['seed-a', 'seed-notebook'])('%s: 20 Adam steps match tfjs', (name) => {
  it('per-step losses and final weights', async () => {
    const model = await createModel(preset(name)!, { seed: 21 });
    const initial = model.plan.layers.flatMap((l) => model.getWeights(l.index));
    const images = data.train.images.subarray(0, STEPS * BATCH * 784);
    const labels = data.train.labels.subarray(0, STEPS * BATCH);
    const reference = runTfjs(model.plan, initial, images, labels);
    const ours = await runOurs(model, images, labels);

    // Losses: relative 1e-4 (float32 sums of 128 samples, 20 compounding steps).
    const lossGaps = ours.losses.map((l, i) => Math.abs(l - reference.losses[i]) / Math.abs(reference.losses[i]));
    const worstLoss = Math.max(...lossGaps);
    expect(worstLoss, `largest relative loss gap ${worstLoss.toExponential(2)}; ours ${ours.losses.slice(0, 3)} tfjs ${reference.losses.slice(0, 3)}`).toBeLessThan(1e-4);
    expect(reference.losses[STEPS - 1]).toBeLessThan(reference.losses[0]); // it did train

    // Weights: every Adam step moves a weight by ≤ lr = 1e-3; allow 1e-5 absolute drift in total.
    ours.weights.forEach((w, i) => {
      let worst = 0;
      let at = 0;
      for (let j = 0; j < w.length; j++) {
        const gap = Math.abs(w[j] - reference.weights[i][j]);
        if (gap > worst) [worst, at] = [gap, j];
      }
      expect(worst, `weight array ${i} (${initial[i].role} of shape ${initial[i].shape}): largest gap ${worst.toExponential(2)} at ${at}: ours ${w[at]} tfjs ${reference.weights[i][at]}`).toBeLessThan(1e-5);
    });
  }, 120_000);
});
