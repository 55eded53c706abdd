// Short synthesised sound effects (Web Audio, no files): a few oscillator notes each with a quick
// attack and decay. Off by default; the play screen remembers the choice. The AudioContext is made
// on the first sound after the learner turned sound on (a click: browsers allow audio then).

export type SoundName = 'flip' | 'right' | 'wrong' | 'timeUp' | 'levelUp';

export interface Note {
  /** Hz. */
  frequency: number;
  /** Seconds after the sound starts. */
  at: number;
  /** Seconds. */
  duration: number;
  wave: OscillatorType;
  /** Peak gain, 0 … 1 (kept low: these are effects, not music). */
  gain: number;
}

const note = (frequency: number, at: number, duration: number, wave: OscillatorType = 'triangle', gain = 0.12): Note => ({ frequency, at, duration, wave, gain });

export const SOUNDS: Readonly<Record<SoundName, readonly Note[]>> = {
  flip: [note(660, 0, 0.05, 'sine', 0.06)],
  right: [note(660, 0, 0.09), note(880, 0.08, 0.16)],
  wrong: [note(196, 0, 0.18, 'sawtooth', 0.06), note(147, 0.1, 0.22, 'sawtooth', 0.05)],
  timeUp: [note(330, 0, 0.12, 'square', 0.05), note(262, 0.13, 0.2, 'square', 0.05)],
  levelUp: [note(523, 0, 0.1), note(659, 0.1, 0.1), note(784, 0.2, 0.1), note(1047, 0.3, 0.3)],
};

export class SoundEffects {
  private context?: AudioContext;

  constructor(public enabled = false) {}

  play(name: SoundName): void {
    if (!this.enabled || typeof AudioContext === 'undefined') return;
    try {
      this.context ??= new AudioContext();
      const context = this.context;
      if (context.state === 'suspended') void context.resume();
      const start = context.currentTime + 0.01;
      for (const n of SOUNDS[name]) {
        const oscillator = context.createOscillator();
        const gain = context.createGain();
        oscillator.type = n.wave;
        oscillator.frequency.value = n.frequency;
        // 5 ms attack, exponential decay to silence: no clicks.
        gain.gain.setValueAtTime(0.0001, start + n.at);
        gain.gain.exponentialRampToValueAtTime(n.gain, start + n.at + 0.005);
        gain.gain.exponentialRampToValueAtTime(0.0001, start + n.at + n.duration);
        oscillator.connect(gain).connect(context.destination);
        oscillator.start(start + n.at);
        oscillator.stop(start + n.at + n.duration + 0.02);
      }
    } catch {
      this.enabled = false; // audio refused: stay quiet rather than fail the game
    }
  }

  dispose(): void {
    void this.context?.close().catch(() => {});
    this.context = undefined;
  }
}
