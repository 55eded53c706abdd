// Float64 reference dense — x (N,I) w (I,O) b (O) y (N,O).

export function denseForward(x: Float64Array, w: Float64Array, b: Float64Array | null, n: number, inputs: number, units: number, relu = false): Float64Array {
  const y = new Float64Array(n * units);
  for (let r = 0; r < n; r++)
    for (let o = 0; o < units; o++) {
      let sum = b ? b[o] : 0;
      for (let i = 0; i < inputs; i++) sum += x[r * inputs + i] * w[i * units + o];
      y[r * units + o] = relu ? Math.max(0, sum) : sum;
    }
  return y;
}

/** dx (N,I) = dy · wᵀ. */
export function denseBackwardInput(dy: Float64Array, w: Float64Array, n: number, inputs: number, units: number): Float64Array {
  const dx = new Float64Array(n * inputs);
  for (let r = 0; r < n; r++)
    for (let i = 0; i < inputs; i++) {
      let sum = 0;
      for (let o = 0; o < units; o++) sum += dy[r * units + o] * w[i * units + o];
      dx[r * inputs + i] = sum;
    }
  return dx;
}

/** dw (I,O) = xᵀ · dy. */
export function denseBackwardWeights(x: Float64Array, dy: Float64Array, n: number, inputs: number, units: number): Float64Array {
  const dw = new Float64Array(inputs * units);
  for (let r = 0; r < n; r++)
    for (let i = 0; i < inputs; i++)
      for (let o = 0; o < units; o++) dw[i * units + o] += x[r * inputs + i] * dy[r * units + o];
  return dw;
}
