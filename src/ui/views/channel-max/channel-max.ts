// The channel (depth) max-pool as pure functions: the stack of channel values at one
// pixel, the resulting 28×28×1 map, and time → (pixel, phase) for the animation.
// Activations are NHWC without the batch axis: value (y, x, c) at (y·W + x)·C + c.

export interface ChannelStack {
  pixel: number;
  y: number;
  x: number;
  /** The C values at (y, x), channel order. */
  values: number[];
  /** First channel holding the maximum (as reduce_max picks the value, any tie gives the same). */
  argmax: number;
  max: number;
}

export function channelStackAt(values: ArrayLike<number>, shape: readonly number[], pixel: number): ChannelStack {
  const [h, w, c] = shape;
  const p = Math.min(Math.max(0, Math.floor(pixel)), h * w - 1);
  const stack: number[] = [];
  let argmax = 0;
  for (let k = 0; k < c; k++) {
    const v = values[p * c + k];
    stack.push(v);
    if (v > stack[argmax]) argmax = k;
  }
  return { pixel: p, y: Math.floor(p / w), x: p % w, values: stack, argmax, max: stack[argmax] };
}

/** reduce_max(axis=channels, keepdims=True): (h, w, c) → (h, w, 1), flattened. */
export function channelMaxMap(values: ArrayLike<number>, shape: readonly number[]): Float32Array {
  const [h, w, c] = shape;
  const out = new Float32Array(h * w);
  for (let p = 0; p < h * w; p++) {
    let max = -Infinity;
    for (let k = 0; k < c; k++) max = Math.max(max, values[p * c + k]);
    out[p] = max;
  }
  return out;
}

// ---- time → (pixel, phase) -------------------------------------------------------------------

/** Phases of one pixel: the stack rises, the maximum lights up, its value drops into the output. */
export type ChannelMaxPhase = 'stack' | 'highlight' | 'drop';
const PHASE_ENDS: readonly [ChannelMaxPhase, number][] = [
  ['stack', 0.4],
  ['highlight', 0.7],
  ['drop', 1],
];

export interface ChannelMaxFrame {
  pixel: number;
  phase: ChannelMaxPhase;
  /** 0..1 within the phase. */
  progress: number;
  /** Output pixels already filled in: every pixel before `pixel`, and `pixel` once it dropped. */
  filled: number;
}

/** The frame at `timeMs` when playing `speed` pixels per second from pixel 0 of `pixels`. */
export function channelMaxFrame(timeMs: number, speed: number, pixels: number): ChannelMaxFrame {
  const exact = Math.max(0, (timeMs * speed) / 1000);
  if (exact >= pixels) return { pixel: pixels - 1, phase: 'drop', progress: 1, filled: pixels };
  const pixel = Math.floor(exact + 1e-9);
  const within = Math.min(1, Math.max(0, exact - pixel));
  let start = 0;
  for (const [phase, end] of PHASE_ENDS) {
    if (within < end || end === 1) {
      return { pixel, phase, progress: (within - start) / (end - start), filled: pixel + (phase === 'drop' && within >= 0.85 ? 1 : 0) };
    }
    start = end;
  }
  throw new Error('unreachable');
}

/** The time at which `pixel` starts (its stack begins to rise). */
export function timeAtPixel(pixel: number, speed: number): number {
  return (pixel * 1000) / speed;
}

/** A still for stepping (reduced motion, paused): pixel `p` with its maximum highlighted, itself filled in. */
export function stillFrame(pixel: number): ChannelMaxFrame {
  return { pixel, phase: 'highlight', progress: 1, filled: pixel + 1 };
}
