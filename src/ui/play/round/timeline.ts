// The round's animation as pure functions of time (ms since the round started, or since the
// answer), so a test can step it and reduced motion can jump to the end. The view only draws these
// frames. Thinking: the card flips in, the first layer's window sweeps the image while one feature
// map fills in, all the maps light up, pooling collapses them, the ten class bars start to rise —
// then it pauses for the answer. Reveal: the bars go to the real probabilities, the top three and
// the true class are marked, and a correct answer bursts into particles.

export const THINKING_PHASES = [
  ['flip', 450],
  ['sweep', 1400],
  ['maps', 800],
  ['collapse', 700],
  ['bars', 650],
] as const;

export type ThinkingPhase = (typeof THINKING_PHASES)[number][0] | 'paused';

export const THINKING_MS = THINKING_PHASES.reduce((sum, [, ms]) => sum + ms, 0);
export const REVEAL_MS = 1100;
/** Thinking bars rise to this share of the bar height (the same for every class: no hint). */
export const THINKING_BAR_LEVEL = 0.22;

export interface ThinkingFrame {
  phase: ThinkingPhase;
  /** Card turned in: 0 (edge on) … 1 (facing). */
  flip: number;
  /** Share of the window positions swept (the sweeping map's cells filled in). */
  sweep: number;
  /** Share of the feature maps lit (map k is lit from maps·K ≥ k + 1; partly in between). */
  maps: number;
  /** Maps collapsed into the pooled maps: 0 … 1. */
  collapse: number;
  /** Class bars risen: 0 … 1 (of THINKING_BAR_LEVEL). */
  bars: number;
}

const clamp01 = (x: number) => Math.min(1, Math.max(0, x));
export const easeOutCubic = (u: number) => 1 - (1 - clamp01(u)) ** 3;

/** The thinking frame at `timeMs` (≥ THINKING_MS: paused). Phases fill up one after the other. */
export function thinkingFrame(timeMs: number): ThinkingFrame {
  const progress: Record<string, number> = {};
  let start = 0;
  let phase: ThinkingPhase = 'paused';
  for (const [name, ms] of THINKING_PHASES) {
    progress[name] = clamp01((timeMs - start) / ms);
    if (phase === 'paused' && timeMs < start + ms) phase = name;
    start += ms;
  }
  return { phase, flip: easeOutCubic(progress.flip), sweep: progress.sweep, maps: progress.maps, collapse: easeOutCubic(progress.collapse), bars: easeOutCubic(progress.bars) };
}

/**
 * Height (0 … 1) of class bar `c` while thinking: all rise together to THINKING_BAR_LEVEL with a
 * small wobble that depends on time and class only — never on the network's answer.
 */
export function thinkingBarHeight(frame: ThinkingFrame, c: number, timeMs: number): number {
  const wobble = frame.phase === 'paused' ? 0.85 + 0.15 * Math.sin(c * 1.7) : 0.75 + 0.25 * Math.abs(Math.sin(timeMs / 180 + c * 1.3));
  return frame.bars * THINKING_BAR_LEVEL * wobble;
}

export interface RevealFrame {
  /** Bars from the thinking heights to the probabilities: 0 … 1. */
  bars: number;
  /** Top-three and true-class marks: 0 … 1 (fade in after the bars). */
  marks: number;
  done: boolean;
}

export function revealFrame(timeMs: number): RevealFrame {
  return { bars: easeOutCubic(timeMs / (REVEAL_MS * 0.7)), marks: clamp01((timeMs - REVEAL_MS * 0.55) / (REVEAL_MS * 0.45)), done: timeMs >= REVEAL_MS };
}

/** A bar during the reveal: from where thinking left it to the class's probability. */
export function revealBarHeight(from: number, probability: number, frame: RevealFrame): number {
  return from + (probability - from) * frame.bars;
}

// ---- particles ----------------------------------------------------------------------------------

export const PARTICLE_MS = 900;
export const PARTICLE_COUNT = 28;
const GRAVITY = 900; // px/s²

export interface Particle {
  x: number;
  y: number;
  size: number;
  alpha: number;
  /** Index into the palette. */
  colour: number;
}

/** A tiny seeded generator (same burst for the same seed), kept here so the timeline has no imports. */
function lcg(seed: number): () => number {
  let s = seed >>> 0 || 1;
  return () => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 4294967296);
}

/** The burst `timeMs` after it started at (x, y): empty once it is over. */
export function particlesAt(timeMs: number, origin: { x: number; y: number }, seed = 1, count = PARTICLE_COUNT): Particle[] {
  if (timeMs < 0 || timeMs >= PARTICLE_MS) return [];
  const random = lcg(seed);
  const t = timeMs / 1000;
  return Array.from({ length: count }, () => {
    const angle = -Math.PI * (0.1 + 0.8 * random());
    const speed = 220 + 260 * random();
    const size = 3 + 4 * random();
    const colour = Math.floor(random() * 4);
    return {
      x: origin.x + Math.cos(angle) * speed * t,
      y: origin.y + Math.sin(angle) * speed * t + 0.5 * GRAVITY * t * t,
      size,
      alpha: 1 - timeMs / PARTICLE_MS,
      colour,
    };
  });
}
