// A ModelSpec as TensorFlow.js ops, written the way tfjs-layers runs it: fused conv2d / matMul
// with bias and ReLU (tfjs unfuses them itself when recording gradients), channel max as
// tf.max(axis 3), softmax cross-entropy, tf.train.adam(1e-3). NHWC, filters (kh, kw, c, k).
import { paddingBefore } from '../shared/layers';
import { byLayerKind, planModel, sizeOf, type LayerKindMap, type ModelPlan } from '../shared/plan';
import type { ModelSpec } from '../shared/spec';
import { ADAM_DEFAULTS } from '../shared/training-types';
import { tf } from '../crosscheck/tfjs';

export interface TfjsModel {
  /** Trains on one batch (uint8 pixels, labels); returns the batch's mean loss (read back). */
  trainBatch(images: Uint8Array, labels: Uint8Array): number;
  /** Class probabilities of one batch (read back). */
  predictBatch(images: Uint8Array): Float32Array;
}

function glorotUniform(shape: number[], fanIn: number, fanOut: number): tf.Variable {
  const limit = Math.sqrt(6 / (fanIn + fanOut));
  return tf.variable(tf.randomUniform(shape, -limit, limit, 'float32', 1));
}

/** The layer's weights in Keras order, taken one by one (kernel, then bias when it has one). */
interface WeightCursor {
  next(): tf.Variable;
}

const activation = (a: string | undefined) => (a === 'relu' ? 'relu' : 'linear');

/** One layer as tfjs ops: h (n, …in) → (n, …out); `training` switches dropout on. */
const TFJS_LAYERS: LayerKindMap<tf.Tensor, [h: tf.Tensor, weights: WeightCursor, training: boolean]> = {
  conv2d: (layer, h, weights) => {
    const s = layer.spec;
    const [sh, sw] = s.strides ?? [1, 1];
    const [kh, kw] = s.kernelSize;
    let pad: 'same' | 'valid' = s.padding ?? 'valid';
    // tfjs-wasm's 'same' is right for square stride-1 kernels only: pad explicitly otherwise.
    if (pad === 'same' && (kh !== kw || sh !== 1 || sw !== 1)) {
      const [ih, iw] = layer.inputShape;
      const [oh, ow] = layer.outputShape;
      const top = paddingBefore(ih, kh, sh, oh, 'same');
      const left = paddingBefore(iw, kw, sw, ow, 'same');
      h = tf.pad(h, [[0, 0], [top, Math.max((oh - 1) * sh + kh - ih - top, 0)], [left, Math.max((ow - 1) * sw + kw - iw - left, 0)], [0, 0]]);
      pad = 'valid';
    }
    const filter = weights.next() as tf.Tensor4D;
    const bias = s.useBias !== false ? weights.next() : undefined;
    return tf.fused.conv2d({ x: h as tf.Tensor4D, filter, strides: [sh, sw], pad, bias, activation: activation(s.activation) });
  },
  maxPool2d: (layer, h) => tf.maxPool(h as tf.Tensor4D, layer.spec.poolSize, layer.spec.strides ?? layer.spec.poolSize, 'valid'),
  avgPool2d: (layer, h) => tf.avgPool(h as tf.Tensor4D, layer.spec.poolSize, layer.spec.strides ?? layer.spec.poolSize, layer.spec.padding ?? 'valid'),
  channelMaxPool: (_layer, h) => tf.max(h, 3, true),
  dropout: (layer, h, _weights, training) => (training ? tf.dropout(h, layer.spec.rate) : h),
  flatten: (_layer, h) => tf.reshape(h, [h.shape[0], -1]),
  dense: (layer, h, weights) => {
    const kernel = weights.next() as tf.Tensor2D;
    const bias = layer.spec.useBias !== false ? weights.next() : undefined;
    // softmax is left to the loss (training) or tf.softmax (inference), as Keras does.
    return tf.fused.matMul({ a: h as tf.Tensor2D, b: kernel, bias, activation: activation(layer.spec.activation) });
  },
};

/** logits (n,10) of x (n,h,w,c); weights in Keras order (kernel, bias per layer). */
function forward(plan: ModelPlan, weights: tf.Variable[], x: tf.Tensor4D, training: boolean): tf.Tensor2D {
  let w = 0;
  const cursor: WeightCursor = { next: () => weights[w++] };
  let h: tf.Tensor = x;
  for (const layer of plan.layers) h = byLayerKind(TFJS_LAYERS, layer, h, cursor, training);
  return h as tf.Tensor2D;
}

export function createTfjsModel(spec: ModelSpec, learningRate = ADAM_DEFAULTS.learningRate): TfjsModel {
  const plan = planModel(spec);
  const [ih, iw, ic] = spec.input;
  const pixels = sizeOf(spec.input);
  const weights = plan.layers.flatMap((layer) =>
    layer.params.map((p) => (p.role === 'kernel' ? glorotUniform(p.shape, p.fanIn, p.fanOut) : tf.variable(tf.zeros(p.shape)))),
  );
  const optimizer = tf.train.adam(learningRate, ADAM_DEFAULTS.beta1, ADAM_DEFAULTS.beta2, ADAM_DEFAULTS.epsilon);
  const input = (images: Uint8Array) => {
    const n = images.length / pixels;
    return tf.div(tf.tensor4d(Float32Array.from(images), [n, ih, iw, ic]), 255) as tf.Tensor4D;
  };
  return {
    trainBatch(images, labels) {
      const n = labels.length;
      // One-hot built in JS: tfjs-wasm's float32 OneHot is broken (see the whole-model cross-check).
      const onehot = new Float32Array(n * 10);
      labels.forEach((label, i) => (onehot[i * 10 + label] = 1));
      const cost = tf.tidy(() => {
        const x = input(images);
        const y = tf.tensor2d(onehot, [n, 10]);
        return optimizer.minimize(() => tf.losses.softmaxCrossEntropy(y, forward(plan, weights, x, true)) as tf.Scalar, true, weights)!;
      });
      const loss = cost.dataSync()[0];
      cost.dispose();
      return loss;
    },
    predictBatch(images) {
      const probs = tf.tidy(() => tf.softmax(forward(plan, weights, input(images), false)));
      const values = probs.dataSync() as Float32Array;
      probs.dispose();
      return values;
    },
  };
}
