// Friendly names of the preset networks, translated (the `networks` namespace, network-messages.ts):
// what the training lab's list, the lesson and the background-run notices call them instead of
// their ids (`compare-conv-pool-conv-pool`). Typed by preset: a new preset without a name does not compile.
import { preset, type PresetName } from '../../shared/presets';
import { t } from '../i18n/i18n';
import type { MessageKey } from '../i18n/messages';


const NAMES: Record<PresetName, MessageKey> = {
  'seed-a': 'networks.seedA',
  'seed-notebook': 'networks.seedNotebook',
  'compare-conv': 'networks.compareConv',
  'compare-conv-pool': 'networks.compareConvPool',
  'compare-conv-conv-pool': 'networks.compareConvConvPool',
  'compare-conv-pool-conv-pool': 'networks.compareConvPoolConvPool',
  'bench-a': 'networks.benchA',
  'bench-b': 'networks.benchB',
  'bench-c': 'networks.benchC',
};

/** Short names where one exists (the two networks the lesson calls by their role). */
const SHORT_NAMES: Partial<Record<PresetName, MessageKey>> = { 'seed-a': 'networks.seedAShort', 'seed-notebook': 'networks.seedNotebookShort' };

/** A short name for small spaces (sidebars, notices): the role for the lesson's two networks, else the friendly name. */
export function networkShortName(name: string): string {
  const key = SHORT_NAMES[name as PresetName];
  return key ? t(key) : networkName(name);
}

/** The preset's friendly name in the current language; a spec's own name for anything else. */
export function networkName(name: string): string {
  const key = NAMES[name as PresetName];
  return key ? t(key) : (preset(name)?.name ?? name);
}
