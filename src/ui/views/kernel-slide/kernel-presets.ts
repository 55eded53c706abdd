// The kernels the kernel slide offers: hand-made classics, plus the learner's own trained filters when a
// network was trained (layer 0 of seed-a for 1×3, of seed-notebook for 3×3).
import type { MessageKey } from '../../i18n/messages';
import { filterKernel, type LayerWeights } from '../weights/weights';

export type KernelSize = '1x3' | '3x3';

export interface KernelPreset {
  id: string;
  /** Option text; `filter` fills {filter} for trained ones. */
  nameKey: MessageKey;
  filter?: number;
  /** kh × kw, row-major. */
  weights: number[];
  bias: number;
}

export const KERNEL_SHAPES: Record<KernelSize, [number, number]> = { '1x3': [1, 3], '3x3': [3, 3] };

const third = 1 / 3;
const ninth = 1 / 9;

export const HAND_MADE: Record<KernelSize, KernelPreset[]> = {
  '1x3': [
    { id: 'edge', nameKey: 'views.presetEdge13', weights: [-1, 0, 1], bias: 0 },
    { id: 'edge-reverse', nameKey: 'views.presetEdgeReverse13', weights: [1, 0, -1], bias: 0 },
    { id: 'average', nameKey: 'views.presetAverage13', weights: [third, third, third], bias: 0 },
  ],
  '3x3': [
    { id: 'vertical', nameKey: 'views.presetVertical', weights: [-1, 0, 1, -2, 0, 2, -1, 0, 1], bias: 0 },
    { id: 'horizontal', nameKey: 'views.presetHorizontal', weights: [-1, -2, -1, 0, 0, 0, 1, 2, 1], bias: 0 },
    { id: 'blur', nameKey: 'views.presetBlur', weights: new Array(9).fill(ninth), bias: 0 },
    { id: 'sharpen', nameKey: 'views.presetSharpen', weights: [0, -1, 0, -1, 5, -1, 0, -1, 0], bias: -0.5 },
  ],
};

/** One preset per filter of a trained conv layer with one input channel ([kernel, bias] as get_weights gives them). */
export function trainedPresets(layer: readonly LayerWeights[], nameKey: MessageKey): KernelPreset[] {
  const [kernel, bias] = layer;
  if (!kernel || kernel.shape[2] !== 1) return [];
  const filters = kernel.shape[3];
  return Array.from({ length: filters }, (_, k) => ({
    id: `trained-${k}`,
    nameKey,
    filter: k + 1,
    weights: filterKernel(kernel.values, kernel.shape, k).map((w) => Math.fround(w)),
    bias: bias ? bias.values[k] : 0,
  }));
}
