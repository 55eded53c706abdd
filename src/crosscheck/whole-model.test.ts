// Whole models against TensorFlow.js on the first 20 real batches (batch 128, no shuffle), from
// identical initial weights, Adam in the Keras form our kernel uses (written in tfjs ops).
// tfjs runs on its wasm backend with a Conv2DBackpropFilter registered from its own
// Conv3DBackpropFilterV2 (4.22 has none; the cpu backend needs minutes for 20 notebook steps);
// 'same' convs are tf.pad + 'valid' (tfjs-wasm's 'same' is wrong for some shapes).
//
// Max ops: tfjs' gradient gives dy to every tied input; ours gives it to the first (documented
// in assembly/ops); the channel max below uses our rule in tfjs so ties compare equal.
//
// Two comparisons:
// - step by step ("teacher forcing"): before every step tfjs gets OUR weights and Adam moments,
//   both take one step, and the results must agree to float32 rounding. This checks all 20 steps
//   exactly, free of the chaos below.
// - free running: both train 20 steps on their own; per-step losses must agree. Final weights of
//   seed-a agree to 1e-5; the notebook's channel max is discontinuous (a near-tie between two
//   channels flips its winner on a 1-ulp difference), so its free-running weights drift apart
//   by design and are only bounded loosely.
import { beforeAll, describe, expect, it } from 'vitest';
import { readFashionMnist } from '../data/read-node';
import type { FashionMnist } from '../data/dataset';
import { createModel } from '../engine/node';
import type { Model } from '../engine/model';
import { paddingBefore } from '../shared/layers';
import { preset } from '../shared/presets';
import type { ModelPlan } from '../shared/plan';
import { ADAM_DEFAULTS } from '../shared/training-types';
import { createNodeCrossCheck } from './node';
import { tf } from './tfjs';
import { registerWasmConv2dBackpropFilter } from './tfjs-wasm-conv-filter-grad';

const STEPS = 20;
const BATCH = 128;
const ADAM = { lr: ADAM_DEFAULTS.learningRate, beta1: ADAM_DEFAULTS.beta1, beta2: ADAM_DEFAULTS.beta2, eps: ADAM_DEFAULTS.epsilon };
let data: FashionMnist;

beforeAll(async () => {
  await createNodeCrossCheck(); // tfjs-wasm from node_modules, as the op cross-check sets it up
  registerWasmConv2dBackpropFilter();
  data = readFashionMnist();
});

/**
 * tf.max over channels with OUR tie rule in its gradient (the first maximal channel takes all of
 * dy). tfjs gives the full dy to every tied channel, TF/Keras splits it among them; ties are
 * common here (after one Adam step many biases are exactly ±lr, so background pixels tie).
 */
const channelMaxFirstWins = tf.customGrad(((x: tf.Tensor, save: tf.GradSaveFunc) => {
  save([x]);
  return {
    value: tf.max(x, 3, true),
    gradFunc: (dy: tf.Tensor, saved: tf.Tensor[]) => {
      const c = saved[0].shape[3]!;
      const first = tf.cast(tf.oneHot(tf.argMax(saved[0], 3), c), 'float32'); // int32 oneHot: float32 is broken on wasm
      return tf.mul(dy, first);
    },
  };
}) as unknown as Parameters<typeof tf.customGrad>[0]) as (x: tf.Tensor4D) => tf.Tensor4D;

/** The plan's forward pass in tfjs ops: x (n,28,28,1) → logits (n,10). */
function tfForward(plan: ModelPlan, weights: tf.Tensor[], x: tf.Tensor4D): tf.Tensor2D {
  let h: tf.Tensor = x;
  let w = 0;
  for (const layer of plan.layers) {
    const s = layer.spec;
    if (s.kind === 'conv2d') {
      const [sh, sw] = s.strides ?? [1, 1];
      if (s.padding === 'same') {
        const [ih, iw] = layer.inputShape;
        const [oh, ow] = layer.outputShape;
        const [kh, kw] = s.kernelSize;
        const top = paddingBefore(ih, kh, sh, oh, 'same');
        const left = paddingBefore(iw, kw, sw, ow, 'same');
        h = tf.pad(h, [[0, 0], [top, Math.max((oh - 1) * sh + kh - ih - top, 0)], [left, Math.max((ow - 1) * sw + kw - iw - left, 0)], [0, 0]]);
      }
      h = tf.conv2d(h as tf.Tensor4D, weights[w++] as tf.Tensor4D, [sh, sw], 'valid');
      if (s.useBias !== false) h = tf.add(h, weights[w++]);
      if (s.activation === 'relu') h = tf.relu(h);
    } else if (s.kind === 'maxPool2d') {
      h = tf.maxPool(h as tf.Tensor4D, s.poolSize, s.strides ?? s.poolSize, 'valid');
    } else if (s.kind === 'channelMaxPool') {
      h = channelMaxFirstWins(h as tf.Tensor4D);
    } else if (s.kind === 'flatten') {
      h = tf.reshape(h, [h.shape[0], -1]);
    } else if (s.kind === 'dense') {
      h = tf.matMul(h as tf.Tensor2D, weights[w++] as tf.Tensor2D);
      if (s.useBias !== false) h = tf.add(h, weights[w++]);
      if (s.activation === 'relu') h = tf.relu(h);
    } else {
      throw new Error(`${s.kind} is not in the whole-model cross-check (see src/engine/model-avgpool-dropout.test.ts and the tfjs-layers export test)`);
    }
  }
  return h as tf.Tensor2D;
}

/** tfjs model state: weights and Adam moments per weight array (Keras order). */
interface TfState {
  shapes: number[][];
  params: Float32Array[];
  m: Float32Array[];
  v: Float32Array[];
  step: number;
}

/** One Keras-Adam step in tfjs ops on batch `b`; returns the batch's mean loss. */
function tfStep(plan: ModelPlan, state: TfState, b: number): number {
  return tf.tidy(() => {
    const lo = b * BATCH;
    const x = tf.div(tf.tensor4d(data.train.images.subarray(lo * 784, (lo + BATCH) * 784), [BATCH, 28, 28, 1], 'float32'), 255) as tf.Tensor4D;
    const labels = data.train.labels.subarray(lo, lo + BATCH);
    const onehot = new Float32Array(BATCH * 10); // built in JS: tfjs-wasm's float32 OneHot is broken
    labels.forEach((label, i) => (onehot[i * 10 + label] = 1));
    const y = tf.tensor2d(onehot, [BATCH, 10]);
    const vars = state.params.map((p, i) => tf.variable(tf.tensor(p, state.shapes[i])));
    const { value, grads } = tf.variableGrads(() => tf.losses.softmaxCrossEntropy(y, tfForward(plan, vars, x)) as tf.Scalar, vars);
    state.step++;
    const alpha = (ADAM.lr * Math.sqrt(1 - ADAM.beta2 ** state.step)) / (1 - ADAM.beta1 ** state.step);
    vars.forEach((p, i) => {
      const g = grads[p.name];
      const m0 = tf.tensor(state.m[i], state.shapes[i]);
      const v0 = tf.tensor(state.v[i], state.shapes[i]);
      const m = tf.add(m0, tf.mul(tf.sub(g, m0), 1 - ADAM.beta1));
      const v = tf.add(v0, tf.mul(tf.sub(tf.square(g), v0), 1 - ADAM.beta2));
      state.params[i] = tf.sub(p, tf.div(tf.mul(m, alpha), tf.add(tf.sqrt(v), ADAM.eps))).dataSync() as Float32Array;
      state.m[i] = m.dataSync() as Float32Array;
      state.v[i] = v.dataSync() as Float32Array;
      p.dispose();
    });
    return value.dataSync()[0];
  });
}

/** One step of our engine on batch `b`; returns the batch's mean loss. */
async function ourStep(model: Model, b: number): Promise<number> {
  let loss = NaN;
  const lo = b * BATCH;
  await model.fit(data.train.images.subarray(lo * 784, (lo + BATCH) * 784), data.train.labels.subarray(lo, lo + BATCH), {
    epochs: 1,
    batchSize: BATCH,
    shuffle: false,
    validationSplit: 0,
    callbacks: { onBatchEnd: (_b, logs) => void (loss = logs.loss) },
  });
  return loss;
}

/** Our flat state cut into per-array pieces, in tfjs' variable order. */
function ourState(model: Model): TfState {
  const shapes = model.plan.layers.flatMap((l) => model.getWeights(l.index).map((w) => w.shape));
  const cut = (flat: Float32Array) => {
    let at = 0;
    return shapes.map((s) => flat.slice(at, (at += s.reduce((a, b) => a * b, 1))));
  };
  const opt = model.getOptimizerState();
  return { shapes, params: cut(model.exportWeights()), m: cut(opt.m), v: cut(opt.v), step: opt.step };
}

function largestGap(a: Float32Array[], b: Float32Array[]): { gap: number; array: number; index: number; ours: number; tfjs: number } {
  let worst = { gap: 0, array: 0, index: 0, ours: 0, tfjs: 0 };
  a.forEach((arr, i) =>
    arr.forEach((x, j) => {
      const gap = Math.abs(x - b[i][j]);
      if (gap > worst.gap) worst = { gap, array: i, index: j, ours: x, tfjs: b[i][j] };
    }),
  );
  return worst;
}

describe.each(['seed-a', 'seed-notebook'])('%s vs tfjs', (name) => {
  it('every one of 20 Adam steps from the same state: same loss, weights and moments', async () => {
    // The notebook's second conv runs as Winograd by default, whose sums round differently from
    // tfjs's direct conv; its channel max then picks another winner among channels that tie to
    // the last bit (it is discontinuous there) and the step diverges by design, as free running
    // does below. Step by step it runs the direct kernels; Winograd is checked op by op
    // (conv2d.test.ts, app-shapes.test.ts) and in the free-running losses.
    const model = await createModel(preset(name)!, { seed: 21, winograd: name !== 'seed-notebook' });
    for (let b = 0; b < STEPS; b++) {
      const before = ourState(model);
      const reference = ourState(model);
      const tfLoss = tfStep(model.plan, reference, b);
      const loss = await ourStep(model, b);
      const after = ourState(model);
      expect(Math.abs(loss - tfLoss) / tfLoss, `step ${b + 1}: loss ours ${loss} tfjs ${tfLoss}`).toBeLessThan(1e-5);
      // The gradient each side used, recovered from Adam's first moment: g = m0 + (m1 − m0)/(1 − β1).
      // Per array, within 1e-3 of the array's largest gradient: conv filter gradients are float32
      // sums of 128·784 = 100,352 products (worst-case rounding bound 2·ε·r ≈ 2.4e-2 relative;
      // observed up to 1.5e-4); a wrong kernel misses by O(1).
      const gradient = (m1: Float32Array[]) => m1.map((m, i) => m.map((x, j) => before.m[i][j] + (x - before.m[i][j]) / (1 - ADAM.beta1)));
      const ours = gradient(after.m);
      const theirs = gradient(reference.m);
      ours.forEach((g, i) => {
        const scale = Math.max(...theirs[i].map(Math.abs));
        const gap = largestGap([g], [theirs[i]]);
        expect(gap.gap, `step ${b + 1}: gradient of array ${i}[${gap.index}] ours ${gap.ours} tfjs ${gap.tfjs} (largest |g| ${scale})`).toBeLessThanOrEqual(1e-3 * scale + 1e-9);
      });
      // Adam divides by sqrt(v): for weights whose gradient is nearly zero, float32 rounding of g
      // moves the update visibly. 5 % of one full step (lr) bounds it.
      const w = largestGap(after.params, reference.params);
      expect(w.gap, `step ${b + 1}: weights array ${w.array}[${w.index}] ours ${w.ours} tfjs ${w.tfjs}`).toBeLessThan(0.05 * ADAM.lr);
    }
  }, 120_000);

  it('free-running 20 steps: same losses; weights agree (tightly for seed-a)', async () => {
    const model = await createModel(preset(name)!, { seed: 21 });
    const tfState = ourState(model);
    const initial = ourState(model).params;
    const gaps: number[] = [];
    for (let b = 0; b < STEPS; b++) {
      const tfLoss = tfStep(model.plan, tfState, b);
      const loss = await ourStep(model, b);
      gaps.push(Math.abs(loss - tfLoss) / tfLoss);
    }
    expect(Math.max(...gaps), `relative loss gaps per step: ${gaps.map((g) => g.toExponential(1)).join(' ')}`).toBeLessThan(1e-4);
    const final = ourState(model).params;
    const w = largestGap(final, tfState.params);
    const moved = largestGap(final, initial).gap;
    // seed-a is smooth: 1e-5. The notebook: within a quarter of the largest distance any weight moved.
    const bound = name === 'seed-a' ? 1e-5 : 0.25 * moved;
    expect(w.gap, `weights array ${w.array}[${w.index}] ours ${w.ours} tfjs ${w.tfjs} (largest move ${moved})`).toBeLessThan(bound);
  }, 120_000);
});
