// A convolution's filters as images (pure): the layout the feature-map grid view draws.
import { kernelIndex } from '../../views/weights/weights';

/** Filter k's weights on input `channel`, as one (KH, KW, K) NHWC array (the grid view's layout). */
export function filterPlanes(values: ArrayLike<number>, shape: readonly number[], channel: number): Float32Array {
  const [kh, kw, , filters] = shape;
  const out = new Float32Array(kh * kw * filters);
  for (let ky = 0; ky < kh; ky++)
    for (let kx = 0; kx < kw; kx++)
      for (let k = 0; k < filters; k++) out[(ky * kw + kx) * filters + k] = values[kernelIndex(shape, ky, kx, channel, k)];
  return out;
}
