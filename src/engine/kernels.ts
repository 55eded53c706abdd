// The contract between the TypeScript engine and the AssemblyScript kernels (assembly/).
// Every pointer is a byte offset into the module's imported memory; the engine owns the layout
// (one arena, see arena.ts). Layouts are the Keras/tfjs ones, so weights round-trip untransposed:
//   activations NHWC (N,H,W,C); conv filters (KH,KW,C,K); dense weights (I,O); biases (K).
// Unless a comment says "adds", a kernel WRITES its whole output (no zeroing needed first).
// f32 everywhere except labels (i32) and max-pool winners (i32 flat indices).

/** Byte offset into kernel memory. */
export type Ptr = number;
/** 0 or 1 (wasm has no booleans). */
export type Flag = 0 | 1;

export interface KernelExports {
  /** First free byte after the module's static data; the arena starts at or after it. */
  heapBase(): Ptr;

  /** y[i] += a * x[i]. Also the gradient reduction of the data-parallel trainer. */
  saxpy(a: number, x: Ptr, y: Ptr, n: number): void;
  /** dst[i] = src[i] * scale, src u8 → dst f32 (pixels / 255). */
  bytesToFloats(src: Ptr, dst: Ptr, count: number, scale: number): void;
  /** dst[i] = 0 for i < count (f32). */
  zeroFloats(dst: Ptr, count: number): void;
  /**
   * The in-register f32x4 multiply-add peak: iterations × 12 independent f32x4 mul+add steps
   * (96 FLOPs per iteration, no memory). Returns a value that depends on every step.
   */
  peakMadd(iterations: number): number;

  // conv2d — x (N,H,W,C) w (KH,KW,C,K) b (K) y (N,OH,OW,K). padTop/padLeft are the implicit zero
  // rows/columns before the input ('same' padding as TF: total = max((OH-1)*SH + KH - H, 0),
  // top = floor(total / 2)); bottom/right padding is implied by OH/OW.
  /** y = act(conv(x, w) + b); b = 0 means no bias; relu = 1 applies max(0, ·). */
  conv2dForward(
    x: Ptr, w: Ptr, b: Ptr, y: Ptr,
    n: number, h: number, wd: number, c: number,
    kh: number, kw: number, k: number,
    strideH: number, strideW: number, padTop: number, padLeft: number,
    oh: number, ow: number, relu: Flag,
  ): void;
  /**
   * dx (N,H,W,C) = conv-transpose of dy (N,OH,OW,K) with w. Writes dx. wT: scratch of KH·KW·C·K
   * f32 for the flipped, transposed filter (stride 1 runs as a forward conv with it; 0 = use the
   * slower dot-product path). mask ≠ 0 (N,H,W,C): dx = mask > 0 ? dx : 0 — the ReLU backward of
   * the layer below fused in (mask = that layer's output).
   */
  conv2dBackwardInput(
    dy: Ptr, w: Ptr, wT: Ptr, dx: Ptr, mask: Ptr,
    n: number, h: number, wd: number, c: number,
    kh: number, kw: number, k: number,
    strideH: number, strideW: number, padTop: number, padLeft: number,
    oh: number, ow: number,
  ): void;
  /** dw (KH,KW,C,K) = sum over n,oy,ox of x-patch ⊗ dy. Writes dw. */
  conv2dBackwardFilter(
    x: Ptr, dy: Ptr, dw: Ptr,
    n: number, h: number, wd: number, c: number,
    kh: number, kw: number, k: number,
    strideH: number, strideW: number, padTop: number, padLeft: number,
    oh: number, ow: number,
  ): void;
  // Winograd F(2×2, 3×3) (assembly/ops/conv2d-winograd.ts): 3×3, stride-1 convs with C, K ≥ 4,
  // 16 multiplies per 2×2 output pixels and channel pair instead of 36.
  /** 1 when a conv of this geometry can run as Winograd (3×3, stride 1, C ≥ 4, K ≥ 4). */
  winogradEligible(kh: number, kw: number, strideH: number, strideW: number, c: number, k: number): number;
  /** f32 of scratch conv2dForwardWinograd needs. */
  winogradScratchFloats(c: number, k: number): number;
  /** f32 of scratch conv2dBackwardInputWinograd needs (the transposed filter first). */
  winogradBackwardScratchFloats(c: number, k: number): number;
  /** conv2dForward of a 3×3, stride-1 conv (winogradEligible) with the given scratch. Writes y. */
  conv2dForwardWinograd(
    x: Ptr, w: Ptr, b: Ptr, y: Ptr, scratch: Ptr,
    n: number, h: number, wd: number, c: number, k: number,
    padTop: number, padLeft: number, oh: number, ow: number, relu: Flag,
  ): void;
  /** 1 when the filter gradient can run as Winograd F(3×3, 2×2): winogradEligible with C and K multiples of 4. */
  winogradFilterEligible(kh: number, kw: number, strideH: number, strideW: number, c: number, k: number): number;
  /** conv2dBackwardFilter of a 3×3, stride-1 conv (winogradFilterEligible); scratch: winogradScratchFloats(C, K). Writes dw. */
  conv2dBackwardFilterWinograd(
    x: Ptr, dy: Ptr, dw: Ptr, scratch: Ptr,
    n: number, h: number, wd: number, c: number, k: number,
    padTop: number, padLeft: number, oh: number, ow: number,
  ): void;
  /** conv2dBackwardInput of a 3×3, stride-1 conv (winogradEligible) with the given scratch; mask as there. Writes dx. */
  conv2dBackwardInputWinograd(
    dy: Ptr, w: Ptr, scratch: Ptr, dx: Ptr, mask: Ptr,
    n: number, h: number, wd: number, c: number, k: number,
    padTop: number, padLeft: number, oh: number, ow: number,
  ): void;
  /** db (K) = column sums of dy (rows,K). Writes db. Used by conv2d and dense. */
  biasBackward(dy: Ptr, db: Ptr, rows: number, k: number): void;
  /** In place: dy[i] = y[i] > 0 ? dy[i] : 0, where y is the relu OUTPUT. */
  reluBackward(y: Ptr, dy: Ptr, count: number): void;

  // maxPool2d — x (N,H,W,C) y (N,OH,OW,C) winners (N,OH,OW,C) i32 = flat element index into x.
  // Tie rule: the FIRST maximum in row-major window order wins (strictly greater replaces),
  // so a tied gradient goes to exactly one input, the top-left-most one.
  maxPool2dForward(
    x: Ptr, y: Ptr, winners: Ptr,
    n: number, h: number, wd: number, c: number,
    poolH: number, poolW: number, strideH: number, strideW: number,
    oh: number, ow: number,
  ): void;
  /**
   * Writes dx (N,H,W,C): Σ dy[i] at x's flat index winners[i] (windows may overlap), 0 elsewhere.
   * y ≠ 0 (the forward output): only dy where y > 0 counts — the ReLU backward of the layer below
   * fused in (its output at the winner is y).
   */
  maxPool2dBackward(
    dy: Ptr, winners: Ptr, y: Ptr, dx: Ptr,
    n: number, h: number, wd: number, c: number,
    poolH: number, poolW: number, strideH: number, strideW: number,
    oh: number, ow: number,
  ): void;

  // channelMaxPool — x (P,C) y (P) winners (P) i32 = channel index; P = N·H·W pixels.
  // Same tie rule: the lowest channel index among equal maxima wins.
  channelMaxForward(x: Ptr, y: Ptr, winners: Ptr, pixels: number, c: number): void;
  /** Writes dx (P,C): dy at the winning channel, 0 elsewhere; y ≠ 0 (P): fused ReLU mask as for max-pool. */
  channelMaxBackward(dy: Ptr, winners: Ptr, y: Ptr, dx: Ptr, pixels: number, c: number): void;

  // avgPool2d (Keras AveragePooling2D) — x (N,H,W,C) y (N,OH,OW,C); padTop/padLeft as conv2d.
  // Each output is the mean of its window's IN-IMAGE taps ('same' divides by those, as TF).
  /** Writes y. */
  avgPool2dForward(
    x: Ptr, y: Ptr,
    n: number, h: number, wd: number, c: number,
    poolH: number, poolW: number, strideH: number, strideW: number, padTop: number, padLeft: number,
    oh: number, ow: number,
  ): void;
  /** Writes dx (N,H,W,C): zeroed, then each dy / (its window's in-image taps) added to those taps. */
  avgPool2dBackward(
    dy: Ptr, dx: Ptr,
    n: number, h: number, wd: number, c: number,
    poolH: number, poolW: number, strideH: number, strideW: number, padTop: number, padLeft: number,
    oh: number, ow: number,
  ): void;

  // dropout (training) — x (count) y (count) mask (count) f32, any layout. Element i is dropped
  // iff output number offset + i of mulberry32(seed) (src/engine/random.ts) is < rate, i.e. its
  // u32 is < threshold = ceil(rate · 2^32); kept elements get mask = scale = 1/(1 − rate).
  /** Writes y = x · mask and mask. seed and threshold are u32 (passed as their int32 bits). */
  dropoutForward(x: Ptr, y: Ptr, mask: Ptr, count: number, seed: number, offset: number, threshold: number, scale: number): void;
  /** dx = dy · mask. Writes dx. */
  dropoutBackward(dy: Ptr, mask: Ptr, dx: Ptr, count: number): void;
  /** y = x (dropout at inference). Writes y. */
  dropoutInference(x: Ptr, y: Ptr, count: number): void;

  // dense — x (N,I) w (I,O) b (O) y (N,O)
  /** y = act(x·w + b); b = 0 means no bias; relu = 1 applies max(0, ·). */
  denseForward(x: Ptr, w: Ptr, b: Ptr, y: Ptr, n: number, inputs: number, units: number, relu: Flag): void;
  /** dx (N,I) = dy · wᵀ. Writes dx. wT: scratch of I·O f32; mask ≠ 0 (N,I): fused ReLU mask as for conv. */
  denseBackwardInput(dy: Ptr, w: Ptr, wT: Ptr, dx: Ptr, mask: Ptr, n: number, inputs: number, units: number): void;
  /** dw (I,O) = xᵀ · dy. Writes dw. */
  denseBackwardWeights(x: Ptr, dy: Ptr, dw: Ptr, n: number, inputs: number, units: number): void;

  // softmax + sparse categorical cross-entropy — logits (N,K) labels (N) i32 probs (N,K)
  /** probs = softmax(logits) row-wise, max-subtracted. */
  softmaxForward(logits: Ptr, probs: Ptr, n: number, classes: number): void;
  /**
   * Fused: probs = softmax(logits); dlogits = (probs − onehot(labels)) · gradScale;
   * returns the SUM over rows of −log p[label] computed as logsumexp − logit[label] (no clipping).
   * gradScale is 1 / (whole batch size), so per-slice gradients add up to the batch mean.
   */
  softmaxCrossEntropy(logits: Ptr, labels: Ptr, probs: Ptr, dlogits: Ptr, n: number, classes: number, gradScale: number): number;

  // optimisers over the whole parameter buffer (params, grads, moments mirror one another)
  /**
   * Keras Adam (tf.keras ≥ 2.11 / Keras 3 form): alpha = lr·sqrt(1−β2^t)/(1−β1^t);
   * m += (g − m)(1 − β1); v += (g² − v)(1 − β2); p −= alpha·m / (sqrt(v) + ε). t ≥ 1.
   */
  adamStep(params: Ptr, grads: Ptr, m: Ptr, v: Ptr, count: number, lr: number, beta1: number, beta2: number, epsilon: number, t: number): void;
  /** p −= lr · g. */
  sgdStep(params: Ptr, grads: Ptr, count: number, lr: number): void;
}
