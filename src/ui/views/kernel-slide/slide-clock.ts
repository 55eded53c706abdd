// The kernel slide's clock: the time since position 0 and the speed (positions per second) are the
// whole state of the animation; the window's frame and position are functions of them, so seeking,
// changing speed and playing are all just setting the time.
import { GLIDE_SHARE, positionAtTime, slideDuration, timeAtPosition, windowFrame, type ConvLayout, type WindowFrame } from './conv-slide';

export class SlideClock {
  timeMs = 0;
  /** Positions of the current layout (outH × outW). */
  positions = 1;

  constructor(public speed: number) {}

  get position(): number {
    return positionAtTime(this.timeMs, this.speed, this.positions);
  }

  get atEnd(): boolean {
    return this.position >= this.positions - 1;
  }

  frame(layout: ConvLayout): WindowFrame {
    return windowFrame(layout, this.timeMs, this.speed);
  }

  /** Puts the window on `position` (clamped), past its glide. */
  seek(position: number): void {
    const p = Math.min(Math.max(0, Math.round(position)), this.positions - 1);
    this.timeMs = this.settledAt(p);
  }

  /** Changes speed, keeping the window where it is. */
  setSpeed(speed: number): void {
    const position = this.position;
    this.speed = speed;
    this.timeMs = this.settledAt(position);
  }

  /** Moves time on by `deltaMs`; true (and stopped on the last position) once it got there. */
  advance(deltaMs: number): boolean {
    this.timeMs += deltaMs;
    const end = this.settledAt(0) + slideDuration(this.positions, this.speed);
    if (this.timeMs < end) return false;
    this.timeMs = end;
    return true;
  }

  private settledAt(position: number): number {
    return timeAtPosition(position, this.speed) + timeAtPosition(1, this.speed) * GLIDE_SHARE;
  }
}
