// The training settings a sandbox run is made of (and a share link, an export and the Keras code
// carry): one type, its defaults, its allowed ranges and their check.
import { ADAM_DEFAULTS, type OptimizerConfig } from './training-types';
import type { BuildOptions, TrainOptions } from './worker-protocol';

export type OptimizerName = 'adam' | 'sgd';

export interface SandboxSettings {
  epochs: number;
  batchSize: number;
  learningRate: number;
  optimizer: OptimizerName;
  /** Seeds the initial weights, every epoch's shuffle and dropout's masks. A u32. */
  seed: number;
  /** Train on the first `trainLimit` of the 60,000 training images (the last 10 % of them validate); null = all. */
  trainLimit: number | null;
  /** Data-parallel threads (1 when the page is not cross-origin isolated). */
  threads: number;
}

export const DEFAULT_SANDBOX_SETTINGS: SandboxSettings = {
  epochs: 5,
  batchSize: 128,
  learningRate: ADAM_DEFAULTS.learningRate,
  optimizer: 'adam',
  seed: 1,
  trainLimit: 6000,
  threads: 1,
};

export type NumericSetting = Exclude<keyof SandboxSettings, 'optimizer'>;

/** Inclusive ranges; `integer` settings take whole numbers only. trainLimit also takes null (all). */
export const SETTING_LIMITS: { readonly [K in NumericSetting]: { min: number; max: number; integer: boolean } } = {
  epochs: { min: 1, max: 100, integer: true },
  batchSize: { min: 1, max: 1024, integer: true },
  learningRate: { min: 1e-6, max: 1, integer: false },
  seed: { min: 0, max: 2 ** 32 - 1, integer: true },
  trainLimit: { min: 100, max: 60_000, integer: true },
  threads: { min: 1, max: 16, integer: true },
};

export const OPTIMIZERS: readonly OptimizerName[] = ['adam', 'sgd'];

/** The first setting outside its range (in SETTING_LIMITS order, optimizer last), or null. */
export interface SettingProblem {
  setting: keyof SandboxSettings;
  /** As received, for the message. */
  value: unknown;
}

export function settingsProblem(settings: unknown): SettingProblem | null {
  if (typeof settings !== 'object' || settings === null) return { setting: 'epochs', value: settings };
  const s = settings as Record<string, unknown>;
  for (const [setting, limit] of Object.entries(SETTING_LIMITS) as [NumericSetting, (typeof SETTING_LIMITS)[NumericSetting]][]) {
    const value = s[setting];
    if (setting === 'trainLimit' && value === null) continue;
    const ok = typeof value === 'number' && Number.isFinite(value) && value >= limit.min && value <= limit.max && (!limit.integer || Number.isInteger(value));
    if (!ok) return { setting, value };
  }
  if (!OPTIMIZERS.includes(s.optimizer as OptimizerName)) return { setting: 'optimizer', value: s.optimizer };
  return null;
}

/** The engine's optimiser for these settings (Adam keeps Keras' β1, β2, ε). */
export function optimizerConfig(settings: Pick<SandboxSettings, 'optimizer' | 'learningRate'>): OptimizerConfig {
  return settings.optimizer === 'adam'
    ? { ...ADAM_DEFAULTS, learningRate: settings.learningRate }
    : { kind: 'sgd', learningRate: settings.learningRate };
}

/** What TrainerApi.build takes for these settings. */
export function buildOptionsOf(settings: SandboxSettings): BuildOptions {
  return { seed: settings.seed, batchSize: settings.batchSize, threads: settings.threads };
}

/** What TrainerApi.train takes for these settings (the 10 % validation split is the default). */
export function trainOptionsOf(settings: SandboxSettings): TrainOptions {
  return {
    epochs: settings.epochs,
    batchSize: settings.batchSize,
    optimizer: optimizerConfig(settings),
    ...(settings.trainLimit === null ? {} : { trainLimit: settings.trainLimit }),
  };
}
