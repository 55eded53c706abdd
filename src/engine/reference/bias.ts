// Float64 reference bias backward — dy (rows,K) db (K): column sums.

export function biasBackward(dy: Float64Array, rows: number, k: number): Float64Array {
  const db = new Float64Array(k);
  for (let r = 0; r < rows; r++) for (let j = 0; j < k; j++) db[j] += dy[r * k + j];
  return db;
}

/** y (rows,K) = x + b broadcast over rows: the bias forward the conv/dense kernels fuse. */
export function biasForward(x: Float64Array, b: Float64Array, rows: number, k: number): Float64Array {
  const y = new Float64Array(rows * k);
  for (let r = 0; r < rows; r++) for (let j = 0; j < k; j++) y[r * k + j] = x[r * k + j] + b[j];
  return y;
}
