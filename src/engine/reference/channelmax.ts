// Float64 reference channel max pool — x (P,C) y (P) winners (P) = channel index.
// Tie rule: the lowest channel index among equal maxima wins (strictly greater replaces).

export function channelMaxForward(x: ArrayLike<number>, pixels: number, c: number): { y: Float64Array; winners: Int32Array } {
  const y = new Float64Array(pixels), winners = new Int32Array(pixels);
  for (let p = 0; p < pixels; p++) {
    let best = x[p * c], bestIndex = 0;
    for (let ch = 1; ch < c; ch++) if (x[p * c + ch] > best) { best = x[p * c + ch]; bestIndex = ch; }
    y[p] = best; winners[p] = bestIndex;
  }
  return { y, winners };
}

/** dx (P,C): dy[p] at the winning channel, 0 elsewhere. */
export function channelMaxBackward(dy: ArrayLike<number>, winners: ArrayLike<number>, pixels: number, c: number): Float64Array {
  const dx = new Float64Array(pixels * c);
  for (let p = 0; p < pixels; p++) dx[p * c + winners[p]] = dy[p];
  return dx;
}
