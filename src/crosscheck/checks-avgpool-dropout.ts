// The sandbox's extra kinds against TensorFlow.js (the rest is in checks.ts):
// - avgPool2d: forward vs tf.avgPool ('valid' and 'same': TF divides by the in-image taps of each
//   window, and so must we). The input gradient is NOT tf.grad(tf.avgPool): tfjs 4.22's AvgPoolGrad
//   divides every window by PH·PW, also the border windows of 'same' that its forward divides by
//   fewer taps (x 1×3×3×1, pool 2×2, strides 2, dy = 1: tfjs gives 0.25 everywhere, the derivative
//   of its own forward is 0.25, 0.25, 0.5 / 0.25, 0.25, 0.5 / 0.5, 0.5, 1); and tf.grad through
//   tf.avgPool's internal cast can fail in Node depending on module load order. The reference is
//   the definition written in other ops: the sum over each window of the explicitly zero-padded
//   input (a depthwise conv with a ones filter) divided by the same sum over a padded ones image
//   (the in-image taps); tf.grad of that is exact (on the cpu backend: tfjs-wasm has no
//   DepthwiseConv2dNativeBackpropInput). Both forward forms are compared;
// - dropout: tfjs draws its own random numbers, so the comparison uses OUR mask: our kernel's
//   y and dx against x · keep / (1 − rate) and its gradient computed in tfjs, with keep ∈ {0, 1}
//   read from our mask; the mask itself must be exactly the engine's generator (mulberry32) at
//   the case's offset, and keep about 1 − rate of the elements.
import { drawThreshold } from '../engine/random';
import { dropoutMask } from '../engine/reference/dropout';
import { describeCase, poolGeometry, type AvgPoolCase, type DropoutCase } from './cases';
import { type CheckRow, compare, errorRow } from './compare';
import { type OursResult, f32, kernel, row, runOurs } from './ours';
import { makeRng, uniform } from './rng';
import { tf } from './tfjs';
import { F32_EPS, maxAbs, reductionTolerance } from './tolerance';
import { onBackend } from './backend';
import type { CrossCheckContext } from './checks';

const data = (t: tf.Tensor) => t.dataSync() as Float32Array;

// avgPool2d — x (N,H,W,C) y/dy (N,OH,OW,C)
export async function checkAvgPool2d(ctx: CrossCheckContext, c: AvgPoolCase, seed = 1): Promise<CheckRow[]> {
  const shape = describeCase(c);
  const { oh, ow, padTop, padLeft } = poolGeometry(c);
  const xShape: [number, number, number, number] = [c.n, c.h, c.w, c.c];
  const rng = makeRng(seed);
  const x = uniform(rng, c.n * c.h * c.w * c.c);
  const dy = uniform(rng, c.n * oh * ow * c.c);
  const pool: [number, number] = [c.ph, c.pw];
  const strides: [number, number] = [c.sh, c.sw];
  const padBottom = Math.max((oh - 1) * c.sh + c.ph - c.h - padTop, 0);
  const padRight = Math.max((ow - 1) * c.sw + c.pw - c.w - padLeft, 0);
  const paddings: Array<[number, number]> = [[0, 0], [padTop, padBottom], [padLeft, padRight], [0, 0]];
  const explicit = () => {
    const ones = tf.ones([c.ph, c.pw, c.c, 1]) as tf.Tensor4D;
    const windowSum = (xx: tf.Tensor) => tf.depthwiseConv2d(tf.pad(xx, paddings) as tf.Tensor4D, ones, strides, 'valid');
    const inImageTaps = windowSum(tf.ones(xShape));
    return (xx: tf.Tensor) => tf.div(windowSum(xx), inImageTaps);
  };
  const y = tf.tidy(() => data(tf.avgPool(tf.tensor4d(x, xShape), pool, strides, c.padding)));
  const ref = await onBackend(ctx, ctx.cpuBackend, () => tf.tidy(() => {
    const X = tf.tensor4d(x, xShape);
    const avg = explicit();
    return { yExplicit: data(avg(X)), dx: data(tf.grad(avg)(X, tf.tensor4d(dy, [c.n, oh, ow, c.c]))) };
  }));
  const dims = [c.n, c.h, c.w, c.c, c.ph, c.pw, c.sh, c.sw, padTop, padLeft, oh, ow] as const;
  const fwd = runOurs(ctx.kernels, { x }, { y: f32(dy.length) }, (k, p) => kernel(k, 'avgPool2dForward')(p.x, p.y, ...dims));
  const bwd = runOurs(ctx.kernels, { dy }, { dx: f32(x.length) }, (k, p) => kernel(k, 'avgPool2dBackward')(p.dy, p.dx, ...dims));
  const overlap = Math.ceil(c.ph / c.sh) * Math.ceil(c.pw / c.sw); // windows sharing one input
  return [
    row('avgPool2dForward', shape, fwd, 'y', y, reductionTolerance(c.ph * c.pw, maxAbs(x))),
    row('avgPool2dForward (explicit padding)', shape, fwd, 'y', ref.yExplicit, reductionTolerance(c.ph * c.pw + 1, maxAbs(x))),
    row('avgPool2dBackward', shape, bwd, 'dx', ref.dx, reductionTolerance(overlap, maxAbs(dy))),
  ];
}

// dropout — x (count) y/dy/dx (count) mask (count)
export function checkDropout(ctx: CrossCheckContext, c: DropoutCase, seed = 1): CheckRow[] {
  const shape = describeCase(c);
  const rng = makeRng(seed);
  const x = uniform(rng, c.count);
  const dy = uniform(rng, c.count);
  const scale = 1 / (1 - c.rate);
  const fwd = runOurs(ctx.kernels, { x }, { y: f32(c.count), mask: f32(c.count) }, (k, p) =>
    kernel(k, 'dropoutForward')(p.x, p.y, p.mask, c.count, c.seed, c.offset, drawThreshold(c.rate), scale));
  const mask = fwd.out.mask as Float32Array | undefined;
  if (!mask) return [errorRow('dropoutForward', shape, fwd.note ?? 'no mask')];
  const keep = Float32Array.from(mask, (m) => (m > 0 ? 1 : 0));
  const ref = tf.tidy(() => {
    const K = tf.tensor1d(keep);
    const drop = (xx: tf.Tensor) => tf.div(tf.mul(xx, K), 1 - c.rate);
    return { y: data(drop(tf.tensor1d(x))), dx: data(tf.grad(drop)(tf.tensor1d(x), tf.tensor1d(dy))) };
  });
  const bwd = runOurs(ctx.kernels, { dy, mask }, { dx: f32(c.count) }, (k, p) => kernel(k, 'dropoutBackward')(p.dy, p.mask, p.dx, c.count));
  const inference = runOurs(ctx.kernels, { x }, { y: f32(c.count) }, (k, p) => kernel(k, 'dropoutInference')(p.x, p.y, c.count));
  const engineMask = dropoutMask(c.seed, c.offset, c.count, c.rate).map((m) => (m === 0 ? 0 : 1));
  const kept = keep.reduce((a, b) => a + b, 0) / c.count;
  const keptRow: OursResult = { out: { kept: Float32Array.of(kept) }, ret: undefined };
  // scale = 1/(1 − rate) in f32 multiplies where tfjs divides: 2 ulp of the largest value
  const productTolerance = (values: ArrayLike<number>) => 2 * F32_EPS * scale * maxAbs(values);
  return [
    row('dropoutForward', shape, fwd, 'y', ref.y, productTolerance(x)),
    compare('dropoutForward.mask = mulberry32(seed) draws', shape, keep, engineMask, 0),
    // kept fraction: within 5 binomial standard deviations (plus one element) of 1 − rate
    row('dropoutForward.keptFraction', shape, keptRow, 'kept', [1 - c.rate], 5 * Math.sqrt((c.rate * (1 - c.rate)) / c.count) + 1 / c.count),
    row('dropoutBackward', shape, bwd, 'dx', ref.dx, productTolerance(dy)),
    row('dropoutInference', shape, inference, 'y', x, 0),
  ];
}
