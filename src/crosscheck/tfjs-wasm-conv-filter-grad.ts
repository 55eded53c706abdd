// tfjs-backend-wasm 4.22 registers no Conv2DBackpropFilter, so it cannot train a conv net
// ("Kernel 'Conv2DBackpropFilter' not registered for backend 'wasm'"). This registers one built
// from the wasm backend's own Conv3DBackpropFilterV2 with a depth of 1: the same native code
// path tfjs uses for 3-D convs, no JavaScript loops. Used by the whole-model cross-check and
// the benchmark; never by FilterFit's engine.
import { getKernel, registerKernel, type NamedAttrMap, type TensorInfo } from '@tensorflow/tfjs-core';

export function registerWasmConv2dBackpropFilter(): void {
  if (getKernel('Conv2DBackpropFilter', 'wasm')) return;
  const conv3d = getKernel('Conv3DBackpropFilterV2', 'wasm');
  if (!conv3d) throw new Error('tfjs-backend-wasm has no Conv3DBackpropFilterV2 to build Conv2DBackpropFilter from');
  registerKernel({
    kernelName: 'Conv2DBackpropFilter',
    backendName: 'wasm',
    kernelFunc: ({ inputs, backend, attrs }) => {
      const { x, dy } = inputs as { x: TensorInfo; dy: TensorInfo };
      const { strides, pad, filterShape } = attrs as unknown as { strides: number | [number, number]; pad: 'same' | 'valid' | number; filterShape: number[] };
      if (typeof pad === 'object') throw new Error('Conv2DBackpropFilter (wasm shim): explicit padding is not supported');
      const [sh, sw] = typeof strides === 'number' ? [strides, strides] : strides;
      const [n, h, w, c] = x.shape;
      const [, oh, ow, k] = dy.shape;
      const [kh, kw] = filterShape;
      // x (n,1,h,w,c) dy (n,1,oh,ow,k) → dw (1,kh,kw,c,k) ≡ (kh,kw,c,k): same bytes, new shape.
      const dw = conv3d.kernelFunc({
        inputs: { x: { ...x, shape: [n, 1, h, w, c] }, dy: { ...dy, shape: [n, 1, oh, ow, k] } },
        backend,
        attrs: { strides: [1, sh, sw], pad, filterShape: [1, kh, kw, c, k] } as unknown as NamedAttrMap,
      }) as TensorInfo;
      return { ...dw, shape: filterShape };
    },
  });
}
