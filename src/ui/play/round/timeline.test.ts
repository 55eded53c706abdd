import { describe, expect, it } from 'vitest';
import { particlesAt, PARTICLE_MS, REVEAL_MS, revealBarHeight, revealFrame, THINKING_BAR_LEVEL, THINKING_MS, thinkingBarHeight, thinkingFrame } from './timeline';

describe('round timeline', () => {
  it('plays the thinking phases in order and pauses at the end', () => {
    const phases: string[] = [];
    for (let t = 0; t <= THINKING_MS + 100; t += 25) {
      const phase = thinkingFrame(t).phase;
      if (phases[phases.length - 1] !== phase) phases.push(phase);
    }
    expect(phases).toEqual(['flip', 'sweep', 'maps', 'collapse', 'bars', 'paused']);
    expect(thinkingFrame(0)).toMatchObject({ flip: 0, sweep: 0, maps: 0, collapse: 0, bars: 0 });
    expect(thinkingFrame(THINKING_MS)).toEqual({ phase: 'paused', flip: 1, sweep: 1, maps: 1, collapse: 1, bars: 1 });
    expect(thinkingFrame(1e9)).toEqual(thinkingFrame(THINKING_MS));
  });

  it('only ever moves forward', () => {
    let last = thinkingFrame(0);
    for (let t = 10; t <= THINKING_MS; t += 10) {
      const frame = thinkingFrame(t);
      for (const key of ['flip', 'sweep', 'maps', 'collapse', 'bars'] as const) expect(frame[key]).toBeGreaterThanOrEqual(last[key]);
      last = frame;
    }
  });

  it('thinking bars give nothing away: the same range for every class, whatever the answer', () => {
    for (let t = 0; t <= THINKING_MS + 500; t += 37) {
      const frame = thinkingFrame(t);
      for (let c = 0; c < 10; c++) {
        const height = thinkingBarHeight(frame, c, t);
        expect(height).toBeGreaterThanOrEqual(0);
        expect(height).toBeLessThanOrEqual(THINKING_BAR_LEVEL);
      }
    }
    // Paused: still (no time dependence), so a screenshot or a screen reader sees a steady picture.
    const paused = thinkingFrame(THINKING_MS);
    expect(thinkingBarHeight(paused, 3, THINKING_MS)).toBe(thinkingBarHeight(paused, 3, THINKING_MS + 999));
  });

  it('reveals the probabilities, then the marks', () => {
    expect(revealFrame(0)).toEqual({ bars: 0, marks: 0, done: false });
    expect(revealFrame(REVEAL_MS)).toEqual({ bars: 1, marks: 1, done: true });
    expect(revealBarHeight(0.2, 0.9, revealFrame(REVEAL_MS))).toBeCloseTo(0.9);
    expect(revealBarHeight(0.2, 0.9, revealFrame(0))).toBeCloseTo(0.2);
    expect(revealFrame(REVEAL_MS * 0.3).marks).toBe(0);
  });

  it('particles fly up from the origin, fall back and fade; none after the burst', () => {
    const start = particlesAt(0, { x: 100, y: 200 }, 7);
    expect(start.every((p) => p.x === 100 && p.y === 200 && p.alpha === 1)).toBe(true);
    const mid = particlesAt(200, { x: 100, y: 200 }, 7);
    expect(mid.every((p) => p.y < 200)).toBe(true);
    expect(particlesAt(200, { x: 100, y: 200 }, 7)).toEqual(mid);
    expect(particlesAt(PARTICLE_MS, { x: 0, y: 0 })).toEqual([]);
  });
});
