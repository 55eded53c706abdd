// Tap geometry shared by the conv2d kernels. Output position o along one axis reads input
// i = o·S − pad + t for taps t ∈ [tapStart, tapEnd) — the taps that land inside the input; the
// others fall in the implicit zero padding and are skipped. Consecutive outputs with the same tap
// range form a "segment": every pixel of a segment reads the same taps, so one register tile can
// sweep all of them. On an axis there are at most ⌈pad/S⌉ + 1 + ⌈(K−1−pad)/S⌉ segments (3 for a
// 3×3 'same' conv: first column, interior, last column).

/** First tap of output position o that lands inside the input. */
// @ts-ignore: decorator
@inline export function tapStart(o: i32, stride: i32, pad: i32): i32 {
  return max(0, pad - o * stride);
}

/** One past the last tap of output position o that lands inside an input of `size`. */
// @ts-ignore: decorator
@inline export function tapEnd(o: i32, stride: i32, pad: i32, taps: i32, size: i32): i32 {
  return min(taps, size - o * stride + pad);
}

/**
 * End of the segment starting at o: the first position after o with another tap range, or `outSize`.
 * Before the interior (pad − o·S > 0) the first tap moves with every o, after it (size − o·S + pad
 * < taps) the end tap does, so only the interior [⌈pad/S⌉, ⌊(size + pad − taps)/S⌋ + 1) is one
 * segment longer than a position.
 */
// @ts-ignore: decorator
@inline export function segmentEnd(o: i32, outSize: i32, stride: i32, pad: i32, taps: i32, size: i32): i32 {
  const interiorStart = (pad + stride - 1) / stride;
  const interiorEnd = size + pad - taps >= 0 ? (size + pad - taps) / stride + 1 : 0;
  return o >= interiorStart && o < interiorEnd ? min(interiorEnd, outSize) : o + 1;
}

/** Lane mask keeping the last `keep` lanes (1..4): the overlapped f32x4 at K − 4 adds only lanes ≥ 4 − keep. */
// @ts-ignore: decorator
@inline export function tailMask(keep: i32): v128 {
  return i32x4.gt_s(i32x4(0, 1, 2, 3), i32x4.splat(3 - keep));
}
