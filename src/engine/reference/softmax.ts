// Float64 reference softmax and sparse categorical cross-entropy — logits (N,K) labels (N).

export function softmaxForward(logits: ArrayLike<number>, n: number, classes: number): Float64Array {
  const probs = new Float64Array(n * classes);
  for (let r = 0; r < n; r++) {
    let m = -Infinity;
    for (let j = 0; j < classes; j++) m = Math.max(m, logits[r * classes + j]);
    let sum = 0;
    for (let j = 0; j < classes; j++) sum += (probs[r * classes + j] = Math.exp(logits[r * classes + j] - m));
    for (let j = 0; j < classes; j++) probs[r * classes + j] /= sum;
  }
  return probs;
}

/** Summed loss −log p[label] (as logsumexp − logit[label]), probs, and dlogits = (p − onehot)·gradScale. */
export function softmaxCrossEntropy(
  logits: ArrayLike<number>, labels: ArrayLike<number>, n: number, classes: number, gradScale: number,
): { loss: number; probs: Float64Array; dlogits: Float64Array } {
  const probs = softmaxForward(logits, n, classes);
  const dlogits = probs.map((p) => p * gradScale);
  let loss = 0;
  for (let r = 0; r < n; r++) {
    let m = -Infinity;
    for (let j = 0; j < classes; j++) m = Math.max(m, logits[r * classes + j]);
    let sum = 0;
    for (let j = 0; j < classes; j++) sum += Math.exp(logits[r * classes + j] - m);
    const label = labels[r];
    loss += m + Math.log(sum) - logits[r * classes + label];
    dlogits[r * classes + label] -= gradScale;
  }
  return { loss, probs, dlogits };
}
