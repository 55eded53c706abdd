// What one round asks (the input of the round component, src/ui/play/round/). Plain data: round
// selection makes them from (predictions, level, seed), the lesson writes its own, and the same
// list gives every player of a seed the same game.
import type { Padding } from '../../../shared/spec';

/** A stride-and-shape question: a square input through one conv or pooling window. */
export interface ShapeQuestion {
  /** Input side, pixels (square). */
  input: number;
  /** Window side (square kernel or pool). */
  window: number;
  stride: number;
  padding: Padding;
  /** Four output sides to choose from, one of them right. */
  options: number[];
  /** Index of the right side in `options`. */
  answer: number;
}

/** A text the component asks for when it renders (so it follows the language). */
export type Text = () => string;

export type RoundSpec =
  /** Which class will the NETWORK say about test image `image`? (levels 1–3, the lesson's checkpoint) */
  | { kind: 'network'; image: number }
  /** Which class is test image `image` really? (level 6: the images the network gets wrong) */
  | { kind: 'truth'; image: number }
  /**
   * Which of four first-layer filters made this feature map of test image `image`? `pick` (any
   * whole number) chooses the target among the filters that respond to the image, so a seed fixes it.
   */
  | { kind: 'filter'; image: number; pick: number }
  /** What size comes out? Against a timer (level 5). */
  | { kind: 'shape'; question: ShapeQuestion; timeLimitMs: number }
  /** A multiple-choice question written by the host (the lesson's shape and parameter questions). */
  | { kind: 'choice'; prompt: Text; options: Text[]; answer: number; timeLimitMs?: number; explanation?: Text };

export type RoundKind = RoundSpec['kind'];

/** The test image a round is about, if any. */
export function roundImage(spec: RoundSpec): number | undefined {
  return 'image' in spec ? spec.image : undefined;
}
