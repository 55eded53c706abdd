// The channel max-pool animation's clock: the time since pixel 0 and the speed (pixels per second)
// are its whole state. Playing shows the phases of each pixel (channelMaxFrame); paused or
// stepping shows a still of the pixel reached.
import { channelMaxFrame, stillFrame, timeAtPixel, type ChannelMaxFrame } from './channel-max';

export class ChannelMaxClock {
  timeMs = 0;

  constructor(
    public speed: number,
    readonly pixels: number,
  ) {}

  /** The pixel reached (the last one at most). */
  get pixel(): number {
    return Math.min(this.pixels - 1, Math.floor((this.timeMs * this.speed) / 1000 + 1e-9));
  }

  get atEnd(): boolean {
    return this.pixel >= this.pixels - 1;
  }

  frame(playing: boolean): ChannelMaxFrame {
    return playing ? channelMaxFrame(this.timeMs, this.speed, this.pixels) : stillFrame(this.pixel);
  }

  /** Goes to the start of `pixel` (rounded, clamped). */
  seek(pixel: number): void {
    this.timeMs = timeAtPixel(Math.min(Math.max(0, Math.round(pixel)), this.pixels - 1), this.speed);
  }

  /** Changes speed, staying on the pixel reached. */
  setSpeed(speed: number): void {
    const pixel = this.pixel;
    this.speed = speed;
    this.timeMs = timeAtPixel(pixel, speed);
  }

  /** Moves time on by `deltaMs`; true (and back at the start of the last pixel) once past the end. */
  advance(deltaMs: number): boolean {
    this.timeMs += deltaMs;
    if (this.timeMs < timeAtPixel(this.pixels, this.speed)) return false;
    this.timeMs = timeAtPixel(this.pixels - 1, this.speed);
    return true;
  }
}
