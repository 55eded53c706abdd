// Float64 reference optimisers; update params (and moments) in place, like the kernels.

/** Keras Adam: alpha = lr·sqrt(1−β2^t)/(1−β1^t); m += (g−m)(1−β1); v += (g²−v)(1−β2); p −= m·alpha/(sqrt(v)+ε). */
export function adamStep(
  params: Float64Array, grads: ArrayLike<number>, m: Float64Array, v: Float64Array,
  lr: number, beta1: number, beta2: number, epsilon: number, t: number,
): void {
  const alpha = (lr * Math.sqrt(1 - beta2 ** t)) / (1 - beta1 ** t);
  for (let i = 0; i < params.length; i++) {
    const g = grads[i];
    m[i] += (g - m[i]) * (1 - beta1);
    v[i] += (g * g - v[i]) * (1 - beta2);
    params[i] -= (m[i] * alpha) / (Math.sqrt(v[i]) + epsilon);
  }
}

/** p −= lr · g. */
export function sgdStep(params: Float64Array, grads: ArrayLike<number>, lr: number): void {
  for (let i = 0; i < params.length; i++) params[i] -= lr * grads[i];
}
