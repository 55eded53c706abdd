// Float64 reference relu — forward y = max(0, x); backward passes dy where the OUTPUT y > 0.

export function reluForward(x: Float64Array): Float64Array {
  return x.map((v) => Math.max(0, v));
}

/** dx[i] = y[i] > 0 ? dy[i] : 0 (y is the relu output; the kink gets gradient 0). */
export function reluBackward(y: ArrayLike<number>, dy: ArrayLike<number>): Float64Array {
  const dx = new Float64Array(dy.length);
  for (let i = 0; i < dy.length; i++) dx[i] = y[i] > 0 ? dy[i] : 0;
  return dx;
}
