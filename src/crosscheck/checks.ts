// One check per op family and shape: fill seeded inputs, run our kernels and tfjs, compare every
// output and every gradient. tfjs runs on ctx.backend ('wasm') except where tfjs-backend-wasm
// 4.22 lacks a kernel or gets it wrong; those references run on ctx.cpuBackend ('cpu'):
//   - Conv2DBackpropFilter: not registered for wasm.
//   - MaxPoolGrad, MaxPoolWithArgmax: wasm returns index 0 (and, for the argmax op, value 0) for a
//     window whose maximum is negative, e.g. x 1×4×4×3 pool 2×2 window all < 0.
// And tfjs-wasm Conv2D / its input gradient with padding 'same' is wrong for many non-square
// kernel or stride pairs (e.g. x 1×8×14×19, w 1×4→28, strides 2×3: off by up to 9): the
// reference pads explicitly (tf.pad) and convolves 'valid', which agrees with the cpu backend's
// 'same' on all 1,728 shapes swept (h ∈ {5,6,8}, w ∈ {5,7}, kh 1–4, kw ∈ {1,2,3,5}, strides 1–3,
// both paddings; forward and input gradient). The 'same' geometry
// itself (OH, OW, padTop, padLeft from src/shared/layers) is checked against tfjs's conv info.
import type { Kernels } from '../engine/wasm';
import { winogradEligible, winogradFilterEligible, winogradScratchFloats } from '../shared/cost';
import { ADAM_DEFAULTS } from '../shared/training-types';
import {
  type AdamCase, type ChannelMaxCase, type ConvCase, type CrossCheckCase, type DenseCase, type PoolCase,
  type ReluCase, type SoftmaxCase, convGeometry, describeCase, poolGeometry,
} from './cases';
import { onBackend } from './backend';
import { checkAvgPool2d, checkDropout } from './checks-avgpool-dropout';
import { type CheckRow, errorRow } from './compare';
import { type OursResult, f32, i32, kernel, row, runOurs } from './ours';
import { distinct, labels, makeRng, signedAwayFromZero, uniform } from './rng';
import { tf } from './tfjs';
import { xnnpackFilterGrad, xnnpackInputGrad } from './tfjs-wasm-xnnpack-grads';
import {
  F32_EPS, adamMomentTolerance, adamParamTolerance, crossEntropyLossTolerance, maxAbs,
  poolBackwardTolerance, reductionTolerance, softmaxTolerance,
} from './tolerance';

export interface CrossCheckContext {
  kernels: Kernels;
  /** tfjs backend for every reference but those listed above. */
  backend: string;
  /** tfjs backend with a correct Conv2DBackpropFilter, MaxPoolGrad and MaxPoolWithArgmax. */
  cpuBackend: string;
}

const data = (t: tf.Tensor) => t.dataSync() as Float32Array | Int32Array;

// conv2d — x (N,H,W,C) w (KH,KW,C,K) b (K) y/dy (N,OH,OW,K)
export async function checkConv2d(ctx: CrossCheckContext, c: ConvCase, seed = 1): Promise<CheckRow[]> {
  const shape = describeCase(c);
  const { oh, ow, padTop, padLeft } = convGeometry(c);
  const xShape: [number, number, number, number] = [c.n, c.h, c.w, c.c];
  const wShape: [number, number, number, number] = [c.kh, c.kw, c.c, c.k];
  const yShape: [number, number, number, number] = [c.n, oh, ow, c.k];
  const rng = makeRng(seed);
  const x = uniform(rng, c.n * c.h * c.w * c.c);
  const w = uniform(rng, c.kh * c.kw * c.c * c.k);
  const b = uniform(rng, c.k);
  const dy = uniform(rng, c.n * oh * ow * c.k);
  const ny = dy.length;
  const dims = [c.n, c.h, c.w, c.c, c.kh, c.kw, c.k, c.sh, c.sw, padTop, padLeft, oh, ow] as const;

  // Explicit zero padding: bottom/right get what TF 'same' puts there (the odd one).
  const padBottom = Math.max((oh - 1) * c.sh + c.kh - c.h - padTop, 0);
  const padRight = Math.max((ow - 1) * c.sw + c.kw - c.w - padLeft, 0);
  const paddings: Array<[number, number]> = [[0, 0], [padTop, padBottom], [padLeft, padRight], [0, 0]];
  const conv = (xx: tf.Tensor4D, ww: tf.Tensor4D) => tf.conv2d(tf.pad(xx, paddings), ww, [c.sh, c.sw], 'valid');
  const ref = tf.tidy(() => {
    const X = tf.tensor4d(x, xShape), W = tf.tensor4d(w, wShape), DY = tf.tensor4d(dy, yShape);
    const Y = conv(X, W);
    return {
      y: data(tf.add(Y, tf.tensor1d(b))),
      yRelu: data(tf.relu(Y)),
      dx: data(tf.grad((xx) => conv(xx as tf.Tensor4D, W))(X, DY)),
      db: data(tf.sum(DY, [0, 1, 2])),
    };
  });
  const cpu = await onBackend(ctx, ctx.cpuBackend, () => tf.tidy(() => {
    const [dxCpu, dwCpu] = tf.grads((xx, ww) => conv(xx as tf.Tensor4D, ww as tf.Tensor4D))([tf.tensor4d(x, xShape), tf.tensor4d(w, wShape)], tf.tensor4d(dy, yShape));
    return { dx: data(dxCpu), dw: data(dwCpu) };
  }));
  const dwRef = cpu.dw;
  // The benchmark's tfjs-wasm-xnnpack-grads shims, called as tfjs would call them ('same' or
  // 'valid', the strides), against tfjs-cpu's gradients of the same conv.
  const shims = ctx.backend === 'wasm' ? xnnpackGradients(x, w, dy, xShape, wShape, yShape, [c.sh, c.sw], c.padding) : null;
  const info = tf.backend_util.computeConv2DInfo(xShape, wShape, [c.sh, c.sw], 1, c.padding);
  const geometry: OursResult = { out: { g: Float32Array.of(oh, ow, padTop, padLeft) }, ret: undefined };

  const xw = maxAbs(x) * maxAbs(w);
  const taps = c.kh * c.kw;
  const winogradScratch = winogradScratchFloats(c.c, c.k);
  return [
    row('convGeometry(oh, ow, padTop, padLeft)', shape, geometry, 'g', [info.outHeight, info.outWidth, info.padInfo.top, info.padInfo.left], 0),
    row('conv2dForward', shape, runOurs(ctx.kernels, { x, w, b }, { y: f32(ny) }, (k, p) => kernel(k, 'conv2dForward')(p.x, p.w, p.b, p.y, ...dims, 0)),
      'y', ref.y, reductionTolerance(taps * c.c, xw + maxAbs(b))),
    row('conv2dForward(relu=1, b=0)', shape, runOurs(ctx.kernels, { x, w }, { y: f32(ny) }, (k, p) => kernel(k, 'conv2dForward')(p.x, p.w, 0, p.y, ...dims, 1)),
      'y', ref.yRelu, reductionTolerance(taps * c.c, xw)),
    // with the transposed-filter scratch (the engine's call; stride 1, C ≥ 4 run the forward GEMM) and without
    row('conv2dBackwardInput', shape, runOurs(ctx.kernels, { dy, w }, { dx: f32(x.length), wT: f32(w.length) }, (k, p) => kernel(k, 'conv2dBackwardInput')(p.dy, p.w, p.wT, p.dx, 0, ...dims)),
      'dx', ref.dx, reductionTolerance(taps * c.k, maxAbs(dy) * maxAbs(w))),
    row('conv2dBackwardInput(wT=0)', shape, runOurs(ctx.kernels, { dy, w }, { dx: f32(x.length) }, (k, p) => kernel(k, 'conv2dBackwardInput')(p.dy, p.w, 0, p.dx, 0, ...dims)),
      'dx', ref.dx, reductionTolerance(taps * c.k, maxAbs(dy) * maxAbs(w))),
    // Winograd, the engine's path for 3×3 stride-1 convs with C, K ≥ 4: F(2×2, 3×3) forward and input
    // gradient, F(3×3, 2×2) filter gradient when C and K are multiples of 4
    ...(winogradEligible(c.kh, c.kw, c.sh, c.sw, c.c, c.k)
      ? [
          row('conv2dForwardWinograd', shape, runOurs(ctx.kernels, { x, w, b }, { y: f32(ny), s: f32(winogradScratch) },
            (k, p) => kernel(k, 'conv2dForwardWinograd')(p.x, p.w, p.b, p.y, p.s, c.n, c.h, c.w, c.c, c.k, padTop, padLeft, oh, ow, 0)),
          'y', ref.y, reductionTolerance(taps * c.c, xw + maxAbs(b))),
          row('conv2dForwardWinograd(relu=1, b=0)', shape, runOurs(ctx.kernels, { x, w }, { y: f32(ny), s: f32(winogradScratch) },
            (k, p) => kernel(k, 'conv2dForwardWinograd')(p.x, p.w, 0, p.y, p.s, c.n, c.h, c.w, c.c, c.k, padTop, padLeft, oh, ow, 1)),
          'y', ref.yRelu, reductionTolerance(taps * c.c, xw)),
          row('conv2dBackwardInputWinograd', shape, runOurs(ctx.kernels, { dy, w }, { dx: f32(x.length), s: f32(winogradScratch) },
            (k, p) => kernel(k, 'conv2dBackwardInputWinograd')(p.dy, p.w, p.s, p.dx, 0, c.n, c.h, c.w, c.c, c.k, padTop, padLeft, oh, ow)),
          'dx', ref.dx, reductionTolerance(taps * c.k, maxAbs(dy) * maxAbs(w))),
          ...(winogradFilterEligible(c.kh, c.kw, c.sh, c.sw, c.c, c.k)
            ? [row('conv2dBackwardFilterWinograd', shape, runOurs(ctx.kernels, { x, dy }, { dw: f32(w.length), s: f32(winogradScratch) },
                (k, p) => kernel(k, 'conv2dBackwardFilterWinograd')(p.x, p.dy, p.dw, p.s, c.n, c.h, c.w, c.c, c.k, padTop, padLeft, oh, ow)),
              'dw', dwRef, reductionTolerance(c.n * oh * ow, maxAbs(x) * maxAbs(dy)))]
            : []),
        ]
      : []),
    row('conv2dBackwardFilter', shape, runOurs(ctx.kernels, { x, dy }, { dw: f32(w.length) }, (k, p) => kernel(k, 'conv2dBackwardFilter')(p.x, p.dy, p.dw, ...dims)),
      'dw', dwRef, reductionTolerance(c.n * oh * ow, maxAbs(x) * maxAbs(dy))),
    row('biasBackward', shape, runOurs(ctx.kernels, { dy }, { db: f32(c.k) }, (k, p) => kernel(k, 'biasBackward')(p.dy, p.db, c.n * oh * ow, c.k)),
      'db', ref.db, reductionTolerance(c.n * oh * ow, maxAbs(dy))),
    ...(shims
      ? [
          row('tfjs-wasm XNNPACK Conv2DBackpropFilter shim', shape, shims, 'dw', cpu.dw, reductionTolerance(c.n * oh * ow, maxAbs(x) * maxAbs(dy))),
          row('tfjs-wasm XNNPACK Conv2DBackpropInput shim', shape, shims, 'dx', cpu.dx, reductionTolerance(taps * c.k, maxAbs(dy) * maxAbs(w))),
        ]
      : []),
  ];
}

/** Both XNNPACK gradient shims on the current (wasm) backend; a throw becomes a note. */
function xnnpackGradients(
  x: Float32Array, w: Float32Array, dy: Float32Array, xShape: number[], wShape: number[], yShape: number[],
  strides: [number, number], pad: 'same' | 'valid',
): OursResult {
  try {
    return tf.tidy(() => {
      const backend = tf.backend();
      const read = (info: tf.TensorInfo) => tf.engine().makeTensorFromTensorInfo(info).dataSync() as Float32Array;
      const X = tf.tensor(x, xShape), W = tf.tensor(w, wShape), DY = tf.tensor(dy, yShape);
      return {
        out: { dw: read(xnnpackFilterGrad(X, DY, wShape, { strides, pad }, backend)), dx: read(xnnpackInputGrad(DY, W, xShape, { strides, pad }, backend)) },
        ret: undefined,
      };
    });
  } catch (e) {
    return { out: {}, ret: undefined, note: e instanceof Error ? e.message : String(e) };
  }
}

// maxPool2d — x (N,H,W,C) y/dy (N,OH,OW,C) winners (N,OH,OW,C) flat indices into x.
// x is a permutation of distinct values: no ties, so tfjs's argmax is THE winner.
export async function checkMaxPool2d(ctx: CrossCheckContext, c: PoolCase, seed = 1): Promise<CheckRow[]> {
  const shape = describeCase(c);
  const { oh, ow } = poolGeometry(c);
  const xShape: [number, number, number, number] = [c.n, c.h, c.w, c.c];
  const rng = makeRng(seed);
  const x = distinct(rng, c.n * c.h * c.w * c.c);
  const dy = uniform(rng, c.n * oh * ow * c.c);
  const pool: [number, number] = [c.ph, c.pw];
  const strides: [number, number] = [c.sh, c.sw];
  const y = tf.tidy(() => data(tf.maxPool(tf.tensor4d(x, xShape), pool, strides, 'valid')));
  const ref = await onBackend(ctx, ctx.cpuBackend, () => tf.tidy(() => {
    const X = tf.tensor4d(x, xShape);
    return {
      winners: Int32Array.from(data(tf.maxPoolWithArgmax(X, pool, strides, 'valid', true).indexes)),
      dx: data(tf.grad((xx) => tf.maxPool(xx as tf.Tensor4D, pool, strides, 'valid'))(X, tf.tensor4d(dy, [c.n, oh, ow, c.c]))),
    };
  }));
  const fwd = runOurs(ctx.kernels, { x }, { y: f32(dy.length), winners: i32(dy.length) }, (k, p) =>
    kernel(k, 'maxPool2dForward')(p.x, p.y, p.winners, c.n, c.h, c.w, c.c, c.ph, c.pw, c.sh, c.sw, oh, ow));
  // Backward is fed tfjs's winners, so a forward bug cannot hide or cause a backward failure.
  const bwd = runOurs(ctx.kernels, { dy, winners: ref.winners }, { dx: f32(x.length) }, (k, p) =>
    kernel(k, 'maxPool2dBackward')(p.dy, p.winners, 0, p.dx, c.n, c.h, c.w, c.c, c.ph, c.pw, c.sh, c.sw, oh, ow));
  const overlap = Math.ceil(c.ph / c.sh) * Math.ceil(c.pw / c.sw);
  return [
    row('maxPool2dForward', shape, fwd, 'y', y, 0),
    row('maxPool2dForward.winners', shape, fwd, 'winners', ref.winners, 0),
    row('maxPool2dBackward', shape, bwd, 'dx', ref.dx, poolBackwardTolerance(overlap, maxAbs(dy))),
  ];
}

// channelMaxPool — x (P,C) y/dy (P) winners (P) channel index, P = N·H·W; distinct x as above.
export function checkChannelMax(ctx: CrossCheckContext, c: ChannelMaxCase, seed = 1): CheckRow[] {
  const shape = describeCase(c);
  const pixels = c.n * c.h * c.w;
  const rng = makeRng(seed);
  const x = distinct(rng, pixels * c.c);
  const dy = uniform(rng, pixels);
  const ref = tf.tidy(() => {
    const X = tf.tensor4d(x, [c.n, c.h, c.w, c.c]);
    return {
      y: data(tf.max(X, 3, true)),
      winners: Int32Array.from(data(tf.argMax(X, 3))),
      dx: data(tf.grad((xx) => tf.max(xx, 3, true))(X, tf.tensor4d(dy, [c.n, c.h, c.w, 1]))),
    };
  });
  const fwd = runOurs(ctx.kernels, { x }, { y: f32(pixels), winners: i32(pixels) }, (k, p) =>
    kernel(k, 'channelMaxForward')(p.x, p.y, p.winners, pixels, c.c));
  const bwd = runOurs(ctx.kernels, { dy, winners: ref.winners }, { dx: f32(x.length) }, (k, p) =>
    kernel(k, 'channelMaxBackward')(p.dy, p.winners, 0, p.dx, pixels, c.c));
  return [
    row('channelMaxForward', shape, fwd, 'y', ref.y, 0),
    row('channelMaxForward.winners', shape, fwd, 'winners', ref.winners, 0),
    row('channelMaxBackward', shape, bwd, 'dx', ref.dx, 0),
  ];
}

// dense — x (N,I) w (I,O) b (O) y/dy (N,O)
export function checkDense(ctx: CrossCheckContext, c: DenseCase, seed = 1): CheckRow[] {
  const shape = describeCase(c);
  const { n, inputs, units } = c;
  const rng = makeRng(seed);
  const x = uniform(rng, n * inputs);
  const w = uniform(rng, inputs * units);
  const b = uniform(rng, units);
  const dy = uniform(rng, n * units);
  const ref = tf.tidy(() => {
    const X = tf.tensor2d(x, [n, inputs]), W = tf.tensor2d(w, [inputs, units]), DY = tf.tensor2d(dy, [n, units]);
    const Y = tf.matMul(X, W);
    const [dx, dw] = tf.grads((xx, ww) => tf.matMul(xx, ww))([X, W], DY);
    return { y: data(tf.add(Y, tf.tensor1d(b))), yRelu: data(tf.relu(Y)), dx: data(dx), dw: data(dw), db: data(tf.sum(DY, 0)) };
  });
  const xw = maxAbs(x) * maxAbs(w);
  return [
    row('denseForward', shape, runOurs(ctx.kernels, { x, w, b }, { y: f32(dy.length) }, (k, p) => kernel(k, 'denseForward')(p.x, p.w, p.b, p.y, n, inputs, units, 0)),
      'y', ref.y, reductionTolerance(inputs, xw + maxAbs(b))),
    row('denseForward(relu=1, b=0)', shape, runOurs(ctx.kernels, { x, w }, { y: f32(dy.length) }, (k, p) => kernel(k, 'denseForward')(p.x, p.w, 0, p.y, n, inputs, units, 1)),
      'y', ref.yRelu, reductionTolerance(inputs, xw)),
    row('denseBackwardInput', shape, runOurs(ctx.kernels, { dy, w }, { dx: f32(x.length), wT: f32(w.length) }, (k, p) => kernel(k, 'denseBackwardInput')(p.dy, p.w, p.wT, p.dx, 0, n, inputs, units)),
      'dx', ref.dx, reductionTolerance(units, maxAbs(dy) * maxAbs(w))),
    row('denseBackwardWeights', shape, runOurs(ctx.kernels, { x, dy }, { dw: f32(w.length) }, (k, p) => kernel(k, 'denseBackwardWeights')(p.x, p.dy, p.dw, n, inputs, units)),
      'dw', ref.dw, reductionTolerance(n, maxAbs(x) * maxAbs(dy))),
    row('biasBackward', shape, runOurs(ctx.kernels, { dy }, { db: f32(units) }, (k, p) => kernel(k, 'biasBackward')(p.dy, p.db, n, units)),
      'db', ref.db, reductionTolerance(n, maxAbs(dy))),
  ];
}

// softmax + sparse categorical cross-entropy — logits (N,K) labels (N) probs/dlogits (N,K).
// Logits in [−4, 4] give peaked rows; the loss is the SUM over rows, dlogits = (p − onehot)/batch.
export function checkSoftmax(ctx: CrossCheckContext, c: SoftmaxCase, seed = 1): CheckRow[] {
  const shape = describeCase(c);
  const { n, classes } = c;
  const gradScale = 1 / c.batch;
  const rng = makeRng(seed);
  const logits = uniform(rng, n * classes, -4, 4);
  const label = labels(rng, n, classes);
  const ref = tf.tidy(() => {
    const L = tf.tensor2d(logits, [n, classes]);
    // One-hot built here: tfjs-wasm OneHot with dtype 'float32' writes integer bits (1 → 1.4e−45).
    const onehot = tf.tensor2d(Float32Array.from({ length: n * classes }, (_, i) => (label[Math.floor(i / classes)] === i % classes ? 1 : 0)), [n, classes]);
    const lossSum = (l: tf.Tensor) => tf.neg(tf.sum(tf.mul(onehot, tf.logSoftmax(l))));
    return {
      probs: data(tf.softmax(L)),
      loss: data(lossSum(L))[0],
      dlogits: data(tf.grad((l) => tf.mul(lossSum(l), gradScale))(L)),
    };
  });
  const range = 8;
  const probsTol = softmaxTolerance(classes, range);
  const fwd = runOurs(ctx.kernels, { logits }, { probs: f32(logits.length) }, (k, p) => kernel(k, 'softmaxForward')(p.logits, p.probs, n, classes));
  const ce = runOurs(ctx.kernels, { logits, labels: label }, { probs: f32(logits.length), dlogits: f32(logits.length) }, (k, p) =>
    kernel(k, 'softmaxCrossEntropy')(p.logits, p.labels, p.probs, p.dlogits, n, classes, gradScale));
  const loss: OursResult = ce.ret === undefined ? { out: {}, ret: undefined, note: ce.note } : { out: { loss: Float32Array.of(ce.ret) }, ret: ce.ret, note: ce.note };
  return [
    row('softmaxForward', shape, fwd, 'probs', ref.probs, probsTol),
    row('softmaxCrossEntropy.probs', shape, ce, 'probs', ref.probs, probsTol),
    row('softmaxCrossEntropy.dlogits', shape, ce, 'dlogits', ref.dlogits, (probsTol + 2 * F32_EPS) * gradScale),
    row('softmaxCrossEntropy.loss', shape, loss, 'loss', [ref.loss], crossEntropyLossTolerance(n, classes, 4)),
  ];
}

// reluBackward — y = relu(x) (count), dy (count) in place.
export function checkRelu(ctx: CrossCheckContext, c: ReluCase, seed = 1): CheckRow[] {
  const shape = describeCase(c);
  const rng = makeRng(seed);
  const x = uniform(rng, c.count);
  const y = x.map((v) => Math.max(v, 0));
  const dy = uniform(rng, c.count);
  const ref = tf.tidy(() => data(tf.grad((xx) => tf.relu(xx))(tf.tensor1d(x), tf.tensor1d(dy))));
  const ours = runOurs(ctx.kernels, { y, dy }, {}, (k, p) => kernel(k, 'reluBackward')(p.y, p.dy, c.count), ['dy']);
  return [row('reluBackward', shape, ours, 'dy', ref, 0)];
}

// adamStep — params, grads, m, v (count), `steps` steps from m = v = 0, vs tf.train.adam.
// Gradients have |g| in [0.1, 1]: see adamParamTolerance for why ε placement then stays tiny.
export async function checkAdam(ctx: CrossCheckContext, c: AdamCase, seed = 1): Promise<CheckRow[]> {
  const shape = describeCase(c);
  const { learningRate: lr, beta1, beta2, epsilon } = ADAM_DEFAULTS;
  const rng = makeRng(seed);
  const p0 = uniform(rng, c.count);
  const grads = Array.from({ length: c.steps }, () => signedAwayFromZero(rng, c.count, 0.1));

  const variable = tf.variable(tf.tensor1d(p0));
  const opt = tf.train.adam(lr, beta1, beta2, epsilon);
  let ref: { p: Float32Array; m: Float32Array; v: Float32Array };
  try {
    for (const g of grads) tf.tidy(() => opt.applyGradients([{ name: variable.name, tensor: tf.tensor1d(g) }]));
    const weights = await opt.getWeights();
    const moment = (suffix: string) => weights.find((w) => w.name.endsWith(suffix))!.tensor.dataSync() as Float32Array;
    ref = { p: variable.dataSync() as Float32Array, m: moment('/m'), v: moment('/v') };
  } finally {
    opt.dispose();
    variable.dispose();
  }

  const zeros = new Float32Array(c.count);
  const ours = runOurs(ctx.kernels, { params: p0, grads: grads[0], m: zeros, v: zeros }, {}, (k, p) => {
    const step = kernel(k, 'adamStep');
    grads.forEach((g, i) => {
      new Float32Array(ctx.kernels.memory.buffer, p.grads, c.count).set(g);
      step(p.params, p.grads, p.m, p.v, c.count, lr, beta1, beta2, epsilon, i + 1);
    });
  }, ['params', 'm', 'v']);
  return [
    row('adamStep.params', shape, ours, 'params', ref.p, adamParamTolerance(c.steps, lr, maxAbs(ref.p))),
    row('adamStep.m', shape, ours, 'm', ref.m, adamMomentTolerance(c.steps, maxAbs(ref.m), beta1)),
    row('adamStep.v', shape, ours, 'v', ref.v, adamMomentTolerance(c.steps, maxAbs(ref.v), beta2)),
  ];
}

/** Every row for one case; a reference that throws becomes one failing row, never a crash. */
export async function checkCase(ctx: CrossCheckContext, c: CrossCheckCase, seed = 1): Promise<CheckRow[]> {
  try {
    switch (c.kind) {
      case 'conv2d': return await checkConv2d(ctx, c, seed);
      case 'maxPool2d': return await checkMaxPool2d(ctx, c, seed);
      case 'avgPool2d': return await checkAvgPool2d(ctx, c, seed);
      case 'channelMax': return checkChannelMax(ctx, c, seed);
      case 'dropout': return checkDropout(ctx, c, seed);
      case 'dense': return checkDense(ctx, c, seed);
      case 'softmax': return checkSoftmax(ctx, c, seed);
      case 'relu': return checkRelu(ctx, c, seed);
      case 'adam': return await checkAdam(ctx, c, seed);
    }
  } catch (e) {
    return [errorRow(c.kind, describeCase(c), e)];
  }
}

/** Runs the cases in order; onCase lets a page report progress and yield to rendering. */
export async function runCrossCheck(
  ctx: CrossCheckContext,
  cases: readonly CrossCheckCase[],
  onCase?: (done: number, total: number, rows: CheckRow[]) => void | Promise<void>,
  seed = 1,
): Promise<CheckRow[]> {
  const all: CheckRow[] = [];
  for (let i = 0; i < cases.length; i++) {
    const rows = await checkCase(ctx, cases[i], seed + i);
    all.push(...rows);
    await onCase?.(i + 1, cases.length, rows);
  }
  return all;
}
