// TensorFlow.js at its best for training: the two conv gradients as XNNPACK convolutions, the
// few lines a tfjs-wasm user would write. tfjs-backend-wasm 4.22 has no Conv2DBackpropFilter and
// a scalar C++ Conv2DBackpropInput (no SIMD, no threads); its Conv2D is XNNPACK (SIMD, its thread
// pool) and supports dilation. For x (N,H,W,C), dy (N,OH,OW,K), filter (KH,KW,C,K), strides S:
//   dW = transpose(conv2d(transpose(pad(x), [3,1,2,0]), transpose(dy, [1,2,0,3]), dilation S), [1,2,0,3])
//        — the batch becomes the channels: x as (C, Hp, Wp, N) convolved with dy as an
//          (OH, OW, N, K) filter dilated by the stride gives (C, KH, KW, K);
//   dx = conv2d(pad(dilate(dy, S)), transpose(reverse(filter, [0,1]), [0,1,3,2]))
//        — dy spread out by the stride, padded by KH−1−top (and what fills H), convolved with the
//          flipped, transposed filter (KH, KW, K, C).
// Used by the benchmark's tfjs-wasm-xnnpack-grads rows and checked against tfjs-cpu by the
// cross-check (checks.ts); never by FilterFit's engine.
import {
  backend_util, getKernel, registerKernel, unregisterKernel,
  type KernelBackend, type KernelFunc, type NamedAttrMap, type TensorInfo,
} from '@tensorflow/tfjs-core';

type Pad = 'valid' | 'same' | number | backend_util.ExplicitPadding;
interface GradAttrs { strides: number | [number, number]; pad: Pad; dimRoundingMode?: 'floor' | 'round' | 'ceil' }

/** The wasm backend's own kernel `name`, called directly (inputs and outputs are TensorInfos). */
function wasmKernel(name: string): (inputs: Record<string, TensorInfo>, attrs: object, backend: KernelBackend) => TensorInfo {
  const config = getKernel(name, 'wasm');
  if (!config) throw new Error(`tfjs-backend-wasm has no ${name} kernel`);
  const func = config.kernelFunc as KernelFunc;
  return (inputs, attrs, backend) => func({ inputs, attrs: attrs as NamedAttrMap, backend }) as TensorInfo;
}

/** Runs `body` with a `keep` function that marks intermediates; disposes them all afterwards. */
function withIntermediates<T>(backend: KernelBackend, body: (keep: (t: TensorInfo) => TensorInfo) => T): T {
  const made: TensorInfo[] = [];
  try {
    return body((t) => (made.push(t), t));
  } finally {
    for (const t of made) backend.disposeData(t.dataId);
  }
}

const pair = (v: number | [number, number]): [number, number] => (typeof v === 'number' ? [v, v] : v);

/** dW (KH,KW,C,K) of x (N,H,W,C) and dy (N,OH,OW,K). */
export function xnnpackFilterGrad(x: TensorInfo, dy: TensorInfo, filterShape: number[], attrs: GradAttrs, backend: KernelBackend): TensorInfo {
  const [sh, sw] = pair(attrs.strides);
  const info = backend_util.computeConv2DInfo(x.shape as [number, number, number, number], filterShape as [number, number, number, number], [sh, sw], 1, attrs.pad, attrs.dimRoundingMode);
  const [n, h, w, c] = x.shape;
  const { outHeight: oh, outWidth: ow, filterHeight: kh, filterWidth: kw } = info;
  const { top, left } = info.padInfo;
  // exactly the rows/columns the taps reach: (OH−1)·S + KH, cutting what 'valid' leaves unread
  const needH = (oh - 1) * sh + kh, needW = (ow - 1) * sw + kw;
  const [transpose, padV2, slice, conv2d] = ['Transpose', 'PadV2', 'Slice', 'Conv2D'].map(wasmKernel);
  return withIntermediates(backend, (keep) => {
    const keptH = Math.min(h, needH - top), keptW = Math.min(w, needW - left);
    const cut = keptH < h || keptW < w ? keep(slice({ x }, { begin: [0, 0, 0, 0], size: [n, keptH, keptW, c] }, backend)) : x;
    const padded = keep(padV2({ x: cut }, { paddings: [[0, 0], [top, needH - top - keptH], [left, needW - left - keptW], [0, 0]], constantValue: 0 }, backend));
    const xT = keep(transpose({ x: padded }, { perm: [3, 1, 2, 0] }, backend)); // (C, Hp, Wp, N)
    const dyT = keep(transpose({ x: dy }, { perm: [1, 2, 0, 3] }, backend)); // (OH, OW, N, K): a filter
    const out = keep(conv2d({ x: xT, filter: dyT }, { strides: [1, 1], pad: 'valid', dataFormat: 'NHWC', dilations: [sh, sw] }, backend)); // (C, KH, KW, K)
    return transpose({ x: out }, { perm: [1, 2, 0, 3] }, backend);
  });
}

/** dx (N,H,W,C) of dy (N,OH,OW,K) and filter (KH,KW,C,K). */
export function xnnpackInputGrad(dy: TensorInfo, filter: TensorInfo, inputShape: number[], attrs: GradAttrs, backend: KernelBackend): TensorInfo {
  const [sh, sw] = pair(attrs.strides);
  const info = backend_util.computeConv2DInfo(inputShape as [number, number, number, number], filter.shape as [number, number, number, number], [sh, sw], 1, attrs.pad, attrs.dimRoundingMode);
  const [n, h, w] = inputShape;
  const { outHeight: oh, outWidth: ow, filterHeight: kh, filterWidth: kw } = info;
  const { top, left } = info.padInfo;
  const k = dy.shape[3];
  const [transpose, padV2, slice, conv2d, reverse, reshape] = ['Transpose', 'PadV2', 'Slice', 'Conv2D', 'Reverse', 'Reshape'].map(wasmKernel);
  return withIntermediates(backend, (keep) => {
    // dilate: (N·OH, 1, OW, 1, K) padded to (N·OH, SH, OW, SW, K), then cut to (OH−1)·S + 1
    let spread = dy;
    const dilatedH = (oh - 1) * sh + 1, dilatedW = (ow - 1) * sw + 1;
    if (sh > 1 || sw > 1) {
      const five = keep(reshape({ x: dy }, { shape: [n * oh, 1, ow, 1, k] }, backend));
      const gaps = keep(padV2({ x: five }, { paddings: [[0, 0], [0, sh - 1], [0, 0], [0, sw - 1], [0, 0]], constantValue: 0 }, backend));
      const flat = keep(reshape({ x: gaps }, { shape: [n, oh * sh, ow * sw, k] }, backend));
      spread = keep(slice({ x: flat }, { begin: [0, 0, 0, 0], size: [n, dilatedH, dilatedW, k] }, backend));
    }
    // full padding: KH−1−top before, and after what makes the valid output H rows
    const padded = keep(padV2({ x: spread }, {
      paddings: [[0, 0], [kh - 1 - top, h + top - dilatedH], [kw - 1 - left, w + left - dilatedW], [0, 0]], constantValue: 0,
    }, backend));
    const flipped = keep(reverse({ x: filter }, { dims: [0, 1] }, backend));
    const filterT = keep(transpose({ x: flipped }, { perm: [0, 1, 3, 2] }, backend)); // (KH, KW, K, C)
    return conv2d({ x: padded, filter: filterT }, { strides: [1, 1], pad: 'valid', dataFormat: 'NHWC', dilations: [1, 1] }, backend);
  });
}

/** The two kernels, as tfjs calls them (inputs and attrs of Conv2DBackpropFilter / Conv2DBackpropInput). */
const SHIMS: Record<'Conv2DBackpropFilter' | 'Conv2DBackpropInput', KernelFunc> = {
  Conv2DBackpropFilter: ({ inputs, backend, attrs }) => {
    const { x, dy } = inputs as { x: TensorInfo; dy: TensorInfo };
    const a = attrs as unknown as GradAttrs & { filterShape: number[] };
    return xnnpackFilterGrad(x, dy, a.filterShape, a, backend as KernelBackend);
  },
  Conv2DBackpropInput: ({ inputs, backend, attrs }) => {
    const { dy, filter } = inputs as { dy: TensorInfo; filter: TensorInfo };
    const a = attrs as unknown as GradAttrs & { inputShape: number[] };
    return xnnpackInputGrad(dy, filter, a.inputShape, a, backend as KernelBackend);
  },
};

/**
 * Registers both gradients for the wasm backend, replacing its scalar Conv2DBackpropInput and any
 * Conv2DBackpropFilter (e.g. the Conv3D-based one). Call after tf.setBackend('wasm').
 */
export function registerWasmXnnpackConvGrads(): void {
  for (const [kernelName, kernelFunc] of Object.entries(SHIMS)) {
    if (getKernel(kernelName, 'wasm')) unregisterKernel(kernelName, 'wasm');
    registerKernel({ kernelName, backendName: 'wasm', kernelFunc });
  }
}
