// "Stride and shape" questions (level 5): a square input through one window with a stride and a
// padding — what side comes out? The wrong options are the results of typical slips (forgot the
// stride, mixed up 'valid' and 'same', off by one), so a wrong pick says what was misunderstood.
// Sizes follow the engine's planner (outputLength, as TF). Pure and seeded.
import type { Random } from '../../../engine/random';
import { outputLength } from '../../../shared/layers';
import type { Padding } from '../../../shared/spec';
import type { ShapeQuestion } from './round-spec';

const INPUTS = [28, 14, 32, 27, 7];
const WINDOWS = [3, 5, 2];
const STRIDES = [1, 2, 3];
const PADDINGS: Padding[] = ['valid', 'same'];

const pickFrom = <T>(list: readonly T[], random: Random): T => list[Math.floor(random() * list.length)];

/** One question: a geometry whose output is at least 1, and four distinct positive options. */
export function shapeQuestion(random: Random): ShapeQuestion {
  for (;;) {
    const input = pickFrom(INPUTS, random);
    const window = pickFrom(WINDOWS, random);
    const stride = pickFrom(STRIDES, random);
    const padding = pickFrom(PADDINGS, random);
    const right = outputLength(input, window, stride, padding);
    if (right < 1 || window > input) continue;
    const other: Padding = padding === 'valid' ? 'same' : 'valid';
    const slips = [
      outputLength(input, window, 1, padding), // forgot the stride
      outputLength(input, window, stride, other), // mixed up the paddings
      Math.floor(input / stride), // divided without the window
      right + 1, // off by one
      right - 1,
      right + 2,
      right + 3,
      right + 4,
    ];
    const options = [right];
    for (const slip of slips) if (slip >= 1 && !options.includes(slip) && options.length < 4) options.push(slip);
    // Shuffle so the right answer is anywhere.
    for (let i = options.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [options[i], options[j]] = [options[j], options[i]];
    }
    return { input, window, stride, padding, options, answer: options.indexOf(right) };
  }
}
