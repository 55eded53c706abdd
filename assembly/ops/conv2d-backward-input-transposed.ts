// The stride-1 input gradient as a forward convolution — dy (N,OH,OW,K) wT (KH,KW,K,C) dx (N,H,W,C):
//   dx[n,iy,ix,c] = Σ over taps (ky,kx) of dy[n, iy + padTop − ky, ix + padLeft − kx, :] · w[ky,kx,c,:]
//                 = Σ over taps (ty,tx) of dy[n, iy − padTop' + ty, ix − padLeft' + tx, :] · wT[ty,tx,:,c]
// with wT[ty,tx,k,c] = w[KH−1−ty, KW−1−tx, c, k] (the filter flipped and transposed) and
// padTop' = KH−1−padTop, padLeft' = KW−1−padLeft: dx = conv2dForward(dy, wT) with that padding,
// so the input gradient runs on the forward GEMM's 4×8 register tiles (a vector of C per dy
// value) instead of dot products over K that end in horizontal sums.
import { convolve } from './conv2d-forward';

/** wT (KH,KW,K,C) = w (KH,KW,C,K) flipped in both spatial axes, last two axes swapped. Writes wT. */
export function transposeFilter(w: usize, wT: usize, kh: i32, kw: i32, c: i32, k: i32): void {
  for (let ky = 0; ky < kh; ky++) {
    for (let kx = 0; kx < kw; kx++) {
      const from = w + (<usize>((ky * kw + kx) * c * k) << 2);
      const to = wT + (<usize>(((kh - 1 - ky) * kw + kw - 1 - kx) * k * c) << 2);
      for (let ch = 0; ch < c; ch++) {
        for (let kk = 0; kk < k; kk++) {
          store<f32>(to + (<usize>(kk * c + ch) << 2), load<f32>(from + (<usize>(ch * k + kk) << 2)));
        }
      }
    }
  }
}

/**
 * dx (N,H,W,C) from dy (N,OH,OW,K) and the filter w, stride 1; wT (KH·KW·C·K f32) is scratch for
 * the transposed filter. mask ≠ 0 (N,H,W,C): dx = mask > 0 ? dx : 0 (fused ReLU backward). Writes dx.
 */
export function backwardInputTransposed(
  dy: usize, w: usize, wT: usize, dx: usize, mask: usize,
  n: i32, h: i32, wd: i32, c: i32, kh: i32, kw: i32, k: i32,
  padTop: i32, padLeft: i32, oh: i32, ow: i32,
): void {
  transposeFilter(w, wT, kh, kw, c, k);
  convolve(dy, wT, 0, dx, mask, n, oh, ow, k, kh, kw, c, 1, 1, kh - 1 - padTop, kw - 1 - padLeft, h, wd, 0);
}
