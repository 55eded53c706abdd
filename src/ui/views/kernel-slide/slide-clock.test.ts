import { describe, expect, it } from 'vitest';
import { convLayout } from './conv-slide';
import { SlideClock } from './slide-clock';

describe('SlideClock', () => {
  const layout = convLayout({ inH: 28, inW: 28, kh: 1, kw: 3, stride: 1, padding: 'valid' });

  it('seeks to a position with the window settled on it, and keeps it across a speed change', () => {
    const clock = new SlideClock(2);
    clock.positions = layout.positions;
    clock.seek(30);
    expect(clock.position).toBe(30);
    expect(clock.frame(layout)).toMatchObject({ position: 30, row: 1, col: 4, x: 4, y: 1 });
    clock.setSpeed(32);
    expect(clock.position).toBe(30);
    clock.seek(-5);
    expect(clock.position).toBe(0);
    clock.seek(1e6);
    expect(clock.atEnd).toBe(true);
  });

  it('plays to the last position and stops there', () => {
    const clock = new SlideClock(128);
    clock.positions = layout.positions;
    let steps = 0;
    while (!clock.advance(100)) steps++;
    expect(clock.position).toBe(layout.positions - 1);
    expect(steps).toBe(Math.ceil(((layout.positions - 1 + 0.35) * 1000) / 128 / 100) - 1);
    expect(clock.advance(100)).toBe(true);
    expect(clock.position).toBe(layout.positions - 1);
  });
});
