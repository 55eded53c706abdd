import { describe, expect, it } from 'vitest';
import { ChannelMaxClock } from './channel-max-clock';

describe('ChannelMaxClock', () => {
  it('seeks, keeps the pixel across a speed change, and shows stills when paused', () => {
    const clock = new ChannelMaxClock(28, 784);
    clock.seek(14 * 28 + 14);
    expect(clock.pixel).toBe(406);
    clock.setSpeed(2);
    expect(clock.pixel).toBe(406);
    expect(clock.frame(false)).toEqual({ pixel: 406, phase: 'highlight', progress: 1, filled: 407 });
    expect(clock.frame(true)).toMatchObject({ pixel: 406, phase: 'stack', filled: 406 });
    clock.seek(5000);
    expect(clock.atEnd).toBe(true);
  });

  it('plays to the end and rests on the last pixel', () => {
    const clock = new ChannelMaxClock(112, 784);
    let ticks = 0;
    while (!clock.advance(250)) ticks++;
    expect(ticks).toBe(Math.ceil((784 * 1000) / 112 / 250) - 1);
    expect(clock.pixel).toBe(783);
    expect(clock.frame(false).filled).toBe(784);
  });
});
