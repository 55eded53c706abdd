import { describe, expect, it } from 'vitest';
import { SoundEffects, SOUNDS } from './sound-effects';

describe('sound effects', () => {
  it('are short, audible-range and quiet', () => {
    for (const [name, notes] of Object.entries(SOUNDS)) {
      const end = Math.max(...notes.map((n) => n.at + n.duration));
      expect(end, name).toBeLessThanOrEqual(0.7);
      for (const n of notes) {
        expect(n.frequency).toBeGreaterThanOrEqual(100);
        expect(n.frequency).toBeLessThanOrEqual(2000);
        expect(n.gain).toBeLessThanOrEqual(0.15);
      }
    }
  });

  it('make no sound while off, and none where there is no Web Audio (Node)', () => {
    expect(() => new SoundEffects(false).play('right')).not.toThrow();
    expect(() => new SoundEffects(true).play('levelUp')).not.toThrow();
  });
});
