// dense — x (N,I) w (I,O) b (O) y (N,O); w is the Keras kernel layout (inputs × units).
// A dense layer is a 1×1 convolution over N "pixels" of I channels with O filters, and the
// layouts already agree: x = (1, 1, N, I), w = (1, 1, I, O), y = (1, 1, N, O). So the three
// kernels are the conv2d ones (register-tiled, see conv2d-*.ts) on that geometry:
//   forward          4 rows × 8 units tiles, reduction over I
//   backward input   4 rows × 8 inputs tiles of dy · wᵀ (wT: scratch for the transposed weights)
//   backward weights 4 inputs × 8 units tiles, reduction over the N rows
import { conv2dBackwardFilter, conv2dBackwardInput, conv2dForward } from './conv2d';

/** y = act(x·w + b). Writes y. b = 0: no bias; relu = 1: max(0, ·). */
export function denseForward(x: usize, w: usize, b: usize, y: usize, n: i32, inputs: i32, units: i32, relu: i32): void {
  conv2dForward(x, w, b, y, 1, 1, n, inputs, 1, 1, units, 1, 1, 0, 0, 1, n, relu);
}

/**
 * dx (N,I) = dy (N,O) · wᵀ; wT (I·O f32) is scratch; mask ≠ 0 (N,I): dx = mask > 0 ? dx : 0
 * (fused ReLU backward of the layer below). Writes dx.
 */
export function denseBackwardInput(dy: usize, w: usize, wT: usize, dx: usize, mask: usize, n: i32, inputs: i32, units: i32): void {
  conv2dBackwardInput(dy, w, wT, dx, mask, 1, 1, n, inputs, 1, 1, units, 1, 1, 0, 0, 1, n);
}

/** dw (I,O) = xᵀ · dy: dw[i,:] = Σ_r x[r,i] · dy[r,:]. Writes dw. */
export function denseBackwardWeights(x: usize, dy: usize, dw: usize, n: i32, inputs: i32, units: i32): void {
  conv2dBackwardFilter(x, dy, dw, 1, 1, n, inputs, 1, 1, units, 1, 1, 0, 0, 1, n);
}
