// "Edit the weights", the plain logic: layer 0 of the first network as Keras' get_weights shows it
// (a kernel of shape (1, 3, 1, 5) and a bias of shape (5,)), reading the learner's numbers into it,
// and the check after "set all kernel weights to 2".
import type { MessageKey } from '../../../i18n/messages';
import { formatNumpy, kernelIndex, parseWeight, WEIGHT_LIMIT } from '../../../views/weights/weights';

/** The learner's first network. */
export const PRESET = 'seed-a';
export const STEP_POINTS = 10;
/** Layer 0's kernel (KH, KW, C, K) and its filters. */
export const KERNEL_SHAPE = [1, 3, 1, 5] as const;
export const FILTERS = KERNEL_SHAPE[3];
/** The weights of a filter (left, middle, right) and its bias: the editor's columns. */
export const COLUMNS: readonly MessageKey[] = ['stepWeights.colLeft', 'stepWeights.colMiddle', 'stepWeights.colRight', 'stepWeights.colBias'];

/** The answers to "after set all to 2, what happened to the five feature maps?". */
export const ANSWERS = [
  { id: 'same', key: 'stepWeights.answerSame', right: true },
  { id: 'black', key: 'stepWeights.answerBlack', right: false },
  { id: 'unchanged', key: 'stepWeights.answerUnchanged', right: false },
] as const;

/** One number field of the editor: filter `filter`'s weight `column` (0..2) or its bias (3). */
export interface WeightField {
  filter: number;
  column: number;
  text: string;
}

export type ReadWeights =
  | { ok: true; kernel: Float32Array; bias: Float32Array }
  | { ok: false; field: number; key: MessageKey; value: string; limit: number; invalid: boolean[] };

/**
 * The typed numbers as layer 0's kernel and bias (starting from `kernel` and `bias`), or the first
 * field that is empty, not a number or out of range (`invalid` marks every such field).
 */
export function readWeights(fields: readonly WeightField[], kernel: Float32Array, bias: Float32Array): ReadWeights {
  const nextKernel = kernel.slice();
  const nextBias = bias.slice();
  const invalid = fields.map(() => false);
  let problem: { field: number; key: MessageKey; value: string } | null = null;
  for (let i = 0; i < fields.length; i++) {
    const { filter, column, text } = fields[i];
    const parsed = parseWeight(text);
    if (!parsed.ok) {
      invalid[i] = true;
      const key: MessageKey = parsed.reason === 'empty' ? 'stepWeights.empty' : parsed.reason === 'outOfRange' ? 'stepWeights.outOfRange' : 'stepWeights.invalid';
      problem ??= { field: i, key, value: text.trim() };
    } else if (column < 3) nextKernel[kernelIndex(KERNEL_SHAPE, 0, column, 0, filter)] = parsed.value;
    else nextBias[filter] = parsed.value;
  }
  return problem ? { ok: false, ...problem, limit: WEIGHT_LIMIT, invalid } : { ok: true, kernel: nextKernel, bias: nextBias };
}

/** What `model.layers[0].get_weights()` prints for `kernel` and `bias`. */
export const weightsCode = (kernel: ArrayLike<number>, bias: ArrayLike<number>) =>
  `>>> model.layers[0].get_weights()\n[${formatNumpy(kernel, KERNEL_SHAPE, 3)},\n ${formatNumpy(bias, [FILTERS], 3)}]`;
