// channelMaxPool — x (P,C) y (P) winners (P) i32 = channel index; P = N·H·W pixels.
// The max over the channels of each pixel (a "maxout" across feature maps).
//
// Tie rule: the lowest channel index among equal maxima wins (strictly greater replaces), so a
// tied gradient goes to exactly one channel. Lanes keep a running max of channels ≡ lane (mod 4);
// the four lanes are then merged preferring the lower index on ties, so the result equals a
// left-to-right scalar scan. (With NaN inputs the winner is unspecified.)

/** Writes y and winners. */
export function channelMaxForward(x: usize, y: usize, winners: usize, pixels: i32, c: i32): void {
  const rowBytes = <usize>c << 2;
  let row = x;
  for (let p = 0; p < pixels; p++, row += rowBytes) {
    let best: f32 = 0, bestIndex: i32 = 0, ch: i32 = 0;
    if (c >= 4) {
      let bestV = v128.load(row);
      let indexV = i32x4(0, 1, 2, 3);
      let at = i32x4(4, 5, 6, 7);
      ch = 4;
      for (; ch + 4 <= c; ch += 4, at = i32x4.add(at, i32x4.splat(4))) {
        const v = v128.load(row + (<usize>ch << 2));
        const greater = f32x4.gt(v, bestV);
        bestV = v128.bitselect(v, bestV, greater);
        indexV = v128.bitselect(at, indexV, greater);
      }
      // merge lanes pairwise (distance 2, then 1): larger value wins, a tie goes to the lower index
      let otherV = f32x4.shuffle(bestV, bestV, 2, 3, 0, 1), otherI = i32x4.shuffle(indexV, indexV, 2, 3, 0, 1);
      let take = v128.or(f32x4.gt(otherV, bestV), v128.and(f32x4.eq(otherV, bestV), i32x4.lt_s(otherI, indexV)));
      bestV = v128.bitselect(otherV, bestV, take); indexV = v128.bitselect(otherI, indexV, take);
      otherV = f32x4.shuffle(bestV, bestV, 1, 0, 3, 2); otherI = i32x4.shuffle(indexV, indexV, 1, 0, 3, 2);
      take = v128.or(f32x4.gt(otherV, bestV), v128.and(f32x4.eq(otherV, bestV), i32x4.lt_s(otherI, indexV)));
      best = f32x4.extract_lane(v128.bitselect(otherV, bestV, take), 0);
      bestIndex = i32x4.extract_lane(v128.bitselect(otherI, indexV, take), 0);
    } else {
      best = load<f32>(row); bestIndex = 0; ch = 1;
    }
    for (; ch < c; ch++) { // scalar tail: higher indices than every lane, strict > keeps ties
      const v = load<f32>(row + (<usize>ch << 2));
      if (v > best) { best = v; bestIndex = ch; }
    }
    store<f32>(y + (<usize>p << 2), best);
    store<i32>(winners + (<usize>p << 2), bestIndex);
  }
}

/**
 * Writes dx (P,C): dy[p] at channel winners[p], 0 elsewhere, every element once. y ≠ 0 is the
 * forward output (P): dy[p] counts only where y[p] > 0, the ReLU backward of the layer below fused
 * in (its output at the winning channel IS y[p]).
 */
export function channelMaxBackward(dy: usize, winners: usize, y: usize, dx: usize, pixels: i32, c: i32): void {
  const laneOffsets = i32x4(0, 1, 2, 3);
  for (let p = 0; p < pixels; p++) {
    const o = <usize>p << 2, row = dx + (<usize>(p * c) << 2);
    const g: f32 = y && !(load<f32>(y + o) > 0) ? 0 : load<f32>(dy + o);
    const winner = load<i32>(winners + o);
    if (c < 4) {
      for (let ch = 0; ch < c; ch++) store<f32>(row + (<usize>ch << 2), ch == winner ? g : 0);
      continue;
    }
    const gv = f32x4.splat(g), wv = i32x4.splat(winner);
    for (let ch = 0; ch < c; ch += 4) {
      const at = min(ch, c - 4); // C mod 4: one more f32x4 at C − 4, same values
      v128.store(row + (<usize>at << 2), v128.and(gv, i32x4.eq(wv, i32x4.add(i32x4.splat(at), laneOffsets))));
    }
  }
}
