// "What a convolution does", the plain logic: which settings a prediction is about, what counts as
// a prediction, and how far the engine's feature map is from the arithmetic shown. The geometry
// and the arithmetic themselves are the kernel slide's (src/ui/views/kernel-slide/conv-slide.ts).
import { planModel } from '../../../../shared/plan';
import { preset } from '../../../../shared/presets';
import type { Padding } from '../../../../shared/spec';
import type { MessageKey } from '../../../i18n/messages';
import { convLayout, featureMap, scaleImage, type ConvLayout } from '../../../views/kernel-slide/conv-slide';
import { HAND_MADE, KERNEL_SHAPES, trainedPresets, type KernelPreset, type KernelSize } from '../../../views/kernel-slide/kernel-presets';
import { layerWeightsFromFlat } from '../../../views/weights/weights';
import type { TrainedModel } from '../../step';

/** Playback speeds (window positions per second) and the one the step starts with. */
export const SPEEDS = [1, 2, 8, 32, 128] as const;
export const DEFAULT_SPEED = 2;
export const STRIDES = [1, 2, 3] as const;
/** The notebook's image: the step starts on it. */
export const FIRST_IMAGE = 35;
/** Correct predictions (of different settings) that complete the step. */
export const PREDICTIONS_NEEDED = 2;
export const POINTS_PER_PREDICTION = 5;
export const STEP_POINTS = 10;

/** What the learner set: kernel size and weights, stride, padding. */
export interface ConvSettings {
  size: KernelSize;
  presetId: string;
  stride: number;
  padding: Padding;
}

/** The convolution of one image under `settings`: geometry, the input (pixel ÷ 255), the feature map and its largest value. */
export function convolve(pixels: Uint8Array, settings: ConvSettings, kernel: KernelPreset): { layout: ConvLayout; input: Float64Array; output: Float64Array; outputMax: number } {
  const [kh, kw] = KERNEL_SHAPES[settings.size];
  const layout = convLayout({ inH: 28, inW: 28, kh, kw, stride: settings.stride, padding: settings.padding });
  const input = scaleImage(pixels);
  const output = featureMap(input, layout, kernel.weights, kernel.bias);
  return { layout, input, output, outputMax: output.reduce((a, b) => Math.max(a, b), 0) };
}

/** "1x3-s1-valid": the settings a prediction is about. */
export const settingsKey = ({ size, stride, padding }: ConvSettings) => `${size}-s${stride}-${padding}`;

/** A typed output size: a whole number from 1 to 100. */
export const isValidSize = (value: number) => Number.isInteger(value) && value >= 1 && value <= 100;

export type GuessResult = 'invalid' | 'wrong' | 'right';

/** The learner's guess of the output size (height × width) against the real one. */
export function checkGuess(height: number, width: number, out: { outH: number; outW: number }): GuessResult {
  if (!isValidSize(height) || !isValidSize(width)) return 'invalid';
  return height === out.outH && width === out.outW ? 'right' : 'wrong';
}

/** Largest |engine − arithmetic| over a whole feature map. */
export function largestDifference(engine: ArrayLike<number>, mine: ArrayLike<number>): number {
  let max = 0;
  for (let p = 0; p < engine.length; p++) max = Math.max(max, Math.abs(engine[p] - mine[p]));
  return max;
}

/** Where the learner's own filters come from: layer 0 of the first network (1×3), of the notebook model (3×3). */
const TRAINED_SOURCES: readonly [KernelSize, string, MessageKey][] = [
  ['1x3', 'seed-a', 'stepConvolution.presetTrainedFirst'],
  ['3x3', 'seed-notebook', 'stepConvolution.presetTrainedNotebook'],
];

/** The kernels offered per size: the hand-made ones, then the learner's trained filters (when there are some that fit). */
export function kernelPresets(trained: (preset: string) => TrainedModel | undefined): Record<KernelSize, KernelPreset[]> {
  const presets: Record<KernelSize, KernelPreset[]> = { '1x3': [...HAND_MADE['1x3']], '3x3': [...HAND_MADE['3x3']] };
  for (const [size, name, key] of TRAINED_SOURCES) {
    const model = trained(name);
    if (!model) continue;
    try {
      const layer = layerWeightsFromFlat(planModel(preset(name)!), model.weights, 0);
      presets[size] = [...HAND_MADE[size], ...trainedPresets(layer, key)];
    } catch (error) {
      console.warn('FilterFit: saved weights do not fit', name, error);
    }
  }
  return presets;
}
