// The networks the sandbox starts from (every preset a lesson step trains, plus a larger one),
// with names that say what they are, and each layer kind's name in the editor.
import type { LayerKind } from '../../../shared/spec';
import type { MessageKey } from '../../i18n/messages';

export const SANDBOX_PRESETS: readonly { name: string; label: MessageKey }[] = [
  { name: 'seed-a', label: 'sandbox.presetSeedA' },
  { name: 'compare-conv', label: 'sandbox.presetCompareConv' },
  { name: 'compare-conv-pool', label: 'sandbox.presetCompareConvPool' },
  { name: 'compare-conv-conv-pool', label: 'sandbox.presetCompareConvConvPool' },
  { name: 'compare-conv-pool-conv-pool', label: 'sandbox.presetCompareConvPoolConvPool' },
  { name: 'seed-notebook', label: 'sandbox.presetSeedNotebook' },
  { name: 'bench-c', label: 'sandbox.presetBenchC' },
];

/** The preset a sandbox opens with when nothing else is asked for. */
export const DEFAULT_PRESET = 'compare-conv-pool';

export const KIND_NAMES: Readonly<Record<LayerKind, MessageKey>> = {
  conv2d: 'sandbox.kindConv2d',
  maxPool2d: 'sandbox.kindMaxPool2d',
  avgPool2d: 'sandbox.kindAvgPool2d',
  channelMaxPool: 'sandbox.kindChannelMaxPool',
  dropout: 'sandbox.kindDropout',
  flatten: 'sandbox.kindFlatten',
  dense: 'sandbox.kindDense',
};

/** Short names for the picture's blocks. */
export const KIND_SHORT_NAMES: Readonly<Record<LayerKind, MessageKey>> = {
  conv2d: 'sandbox.shortConv2d',
  maxPool2d: 'sandbox.shortMaxPool2d',
  avgPool2d: 'sandbox.shortAvgPool2d',
  channelMaxPool: 'sandbox.shortChannelMaxPool',
  dropout: 'sandbox.shortDropout',
  flatten: 'sandbox.shortFlatten',
  dense: 'sandbox.shortDense',
};
