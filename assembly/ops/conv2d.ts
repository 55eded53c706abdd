// conv2d — x (N,H,W,C) w (KH,KW,C,K) b (K) y (N,OH,OW,K); NHWC, Keras/tfjs filter layout.
// Input row of tap ky for output row oy: iy = oy·SH − padTop + ky (columns likewise). Taps that
// land in the zero padding are skipped by computing the valid ky/kx range, never by a per-tap test.
// One file per direction, each a register-tiled GEMM without materialised patches:
//   conv2d-forward.ts          y  (pixels × K)    = patches · w
//   conv2d-backward-input.ts   dx (pixels × C)    = dy-patches · wᵀ
//   conv2d-backward-filter.ts  dw (taps·C × K)    = patchesᵀ · dy
// with the tap geometry they share in conv2d-taps.ts. 3×3 stride-1 convs with C, K ≥ 4 run as
// Winograd instead (the engine picks by winogradEligible / winogradFilterEligible):
//   conv2d-winograd.ts         forward and input gradient, F(2×2, 3×3)
//   conv2d-winograd-filter.ts  filter gradient, F(3×3, 2×2)
export { conv2dForward } from './conv2d-forward';
export { conv2dBackwardInput } from './conv2d-backward-input';
export { conv2dBackwardFilter } from './conv2d-backward-filter';
export { conv2dForwardWinograd, conv2dBackwardInputWinograd, winogradEligible, winogradScratchFloats, winogradBackwardScratchFloats } from './conv2d-winograd';
export { winogradFilterEligible, conv2dBackwardFilterWinograd } from './conv2d-winograd-filter';
