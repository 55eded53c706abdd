// "Compare architectures", the plain logic: how each architecture is named ("Conv → MaxPool →
// Logistic"), one table row per trained preset, and the discussion of the learner's numbers
// against the tutorial's finding. Findings are message keys + parameters, so the view translates
// them on every language change; architecture names come from a labeller the view passes in.
import { COMPARISON_PRESETS } from '../../../../shared/presets';
import type { LayerSpec, ModelSpec } from '../../../../shared/spec';
import type { MessageKey } from '../../../i18n/messages';

/** Quick: the whole table in about a minute (Chromium, one worker; the two-conv rows dominate). */
export const QUICK_COMPARE_BUDGET = { epochs: 2, trainImages: 12_000 } as const;
export const FULL_COMPARE_BUDGET = { epochs: 2, trainImages: 60_000 } as const;
export type Budget = { readonly epochs: number; readonly trainImages: number };
export const BATCH_SIZE = 128;
export const SEED = 1;
export const STEP_POINTS = 15;

/** One trained comparison network, as saved in the lesson progress. */
export interface ComparisonResult {
  preset: string;
  /** Trainable parameters (planModel's totalParams). */
  params: number;
  /** On the 10,000 test images, 0..1. */
  testAccuracy: number;
  testErrors: number;
  /** Wall time of training (epochs incl. validation), seconds. */
  trainSeconds: number;
  /** Epochs completed and images used (training + validation). */
  epochs: number;
  trainImages: number;
}

/** Short names of the layer kinds in the tutorial's table; Flatten is implied by Logistic. */
const LAYER_LABELS: { [K in LayerSpec['kind']]: (layer: Extract<LayerSpec, { kind: K }>) => MessageKey | null } = {
  conv2d: () => 'stepCompare.layerConv',
  maxPool2d: () => 'stepCompare.layerMaxPool',
  avgPool2d: () => 'stepCompare.layerAvgPool',
  channelMaxPool: () => 'stepCompare.layerChannelMax',
  dropout: () => 'stepCompare.layerDropout',
  flatten: () => null,
  dense: (layer) => (layer.activation === 'softmax' ? 'stepCompare.layerLogistic' : 'stepCompare.layerDense'),
};

/** The message keys naming each layer of `spec`, in order (joined with arrows by the view). */
export function architectureKeys(spec: ModelSpec): MessageKey[] {
  return spec.layers
    .map((layer) => (LAYER_LABELS[layer.kind] as (l: LayerSpec) => MessageKey | null)(layer))
    .filter((key): key is MessageKey => key !== null);
}

/** The tutorial's winner and its test accuracy (article: about 91 %). */
export const TUTORIAL_BEST_PRESET = 'compare-conv-conv-pool';
export const TUTORIAL_BEST_PERCENT = 91;
const SINGLE_CONV_PRESET = 'compare-conv';
const TWO_POOLS_PRESET = 'compare-conv-pool-conv-pool';
/** The article: extra layers added only about 2 points. */
export const TUTORIAL_EXTRA_LAYERS_POINTS = 2;

export interface Finding {
  key: MessageKey;
  params: Record<string, string | number>;
}

/** Accuracy in percent with one decimal (a number, so t() formats it for the language). */
const percent = (accuracy: number) => Math.round(accuracy * 1000) / 10;
const points = (a: number, b: number) => Math.round(Math.abs(a - b) * 1000) / 10;

/**
 * What the learner's rows say about the tutorial's finding. `label(preset)` names an
 * architecture in the current language. Needs at least two rows; statements about a pair of
 * presets appear only when both were trained.
 */
export function comparisonFindings(rows: readonly ComparisonResult[], label: (preset: string) => string): Finding[] {
  if (rows.length < 2) return [];
  const find = (preset: string) => rows.find((r) => r.preset === preset);
  const best = rows.reduce((a, b) => (b.testAccuracy > a.testAccuracy ? b : a));
  const tutorialBest = find(TUTORIAL_BEST_PRESET);
  const findings: Finding[] = [];

  if (best.preset === TUTORIAL_BEST_PRESET) {
    findings.push({ key: 'stepCompare.findingBestAgrees', params: { arch: label(best.preset), acc: percent(best.testAccuracy), tutorial: TUTORIAL_BEST_PERCENT } });
  } else if (tutorialBest) {
    findings.push({
      key: 'stepCompare.findingBestDiffers',
      params: {
        arch: label(best.preset),
        acc: percent(best.testAccuracy),
        tutorialArch: label(TUTORIAL_BEST_PRESET),
        tutorial: TUTORIAL_BEST_PERCENT,
        yours: percent(tutorialBest.testAccuracy),
      },
    });
  } else {
    findings.push({ key: 'stepCompare.findingBestOnly', params: { arch: label(best.preset), acc: percent(best.testAccuracy) } });
  }

  const twoPools = find(TWO_POOLS_PRESET);
  if (tutorialBest && twoPools) {
    const ratio = Math.round((tutorialBest.params / twoPools.params) * 10) / 10;
    const params = { ratio, from: tutorialBest.params, to: twoPools.params, diff: points(tutorialBest.testAccuracy, twoPools.testAccuracy) };
    findings.push({ key: twoPools.testAccuracy <= tutorialBest.testAccuracy ? 'stepCompare.findingPoolsCost' : 'stepCompare.findingPoolsGain', params });
  }

  const single = find(SINGLE_CONV_PRESET);
  if (single && best !== single) {
    findings.push({
      key: 'stepCompare.findingExtraLayers',
      params: { diff: points(best.testAccuracy, single.testAccuracy), from: percent(single.testAccuracy), to: percent(best.testAccuracy), tutorial: TUTORIAL_EXTRA_LAYERS_POINTS },
    });
  } else if (single) {
    findings.push({ key: 'stepCompare.findingSingleBest', params: { arch: label(single.preset) } });
  }

  const smallest = rows.reduce((a, b) => (b.params < a.params ? b : a));
  findings.push({ key: 'stepCompare.findingSmallest', params: { arch: label(smallest.preset), params: smallest.params, acc: percent(smallest.testAccuracy) } });
  return findings;
}

/** Rows in table order (the order of `presets`), unknown presets dropped. */
export function orderRows(rows: readonly ComparisonResult[], presets: readonly string[]): ComparisonResult[] {
  return presets.map((p) => rows.find((r) => r.preset === p)).filter((r): r is ComparisonResult => r !== undefined);
}

/** A saved row that is still a ComparisonResult of a comparison preset (saved progress may be old or edited). */
export function isResult(value: unknown): value is ComparisonResult {
  const r = value as ComparisonResult;
  return (
    typeof r === 'object' && r !== null && typeof r.preset === 'string' && (COMPARISON_PRESETS as readonly string[]).includes(r.preset) &&
    [r.params, r.testAccuracy, r.testErrors, r.trainSeconds, r.epochs, r.trainImages].every((x) => typeof x === 'number' && Number.isFinite(x))
  );
}
