// Sandbox settings: their ranges, and what the worker is asked for.
import { describe, expect, it } from 'vitest';
import { ADAM_DEFAULTS } from './training-types';
import { buildOptionsOf, DEFAULT_SANDBOX_SETTINGS, settingsProblem, trainOptionsOf } from './sandbox-settings';

describe('sandbox settings', () => {
  it('accepts the defaults and names the first setting out of range', () => {
    expect(settingsProblem(DEFAULT_SANDBOX_SETTINGS)).toBeNull();
    expect(settingsProblem({ ...DEFAULT_SANDBOX_SETTINGS, trainLimit: null })).toBeNull();
    expect(settingsProblem({ ...DEFAULT_SANDBOX_SETTINGS, batchSize: 2.5 })).toEqual({ setting: 'batchSize', value: 2.5 });
    expect(settingsProblem({ ...DEFAULT_SANDBOX_SETTINGS, learningRate: NaN })).toEqual({ setting: 'learningRate', value: NaN });
    expect(settingsProblem({ ...DEFAULT_SANDBOX_SETTINGS, seed: 2 ** 32 })).toEqual({ setting: 'seed', value: 2 ** 32 });
    expect(settingsProblem({ ...DEFAULT_SANDBOX_SETTINGS, trainLimit: 50 })).toEqual({ setting: 'trainLimit', value: 50 });
    expect(settingsProblem({ ...DEFAULT_SANDBOX_SETTINGS, optimizer: 'rmsprop' })).toEqual({ setting: 'optimizer', value: 'rmsprop' });
    expect(settingsProblem('fast')).toEqual({ setting: 'epochs', value: 'fast' });
  });

  it('turns settings into the worker’s build and train options', () => {
    const s = { ...DEFAULT_SANDBOX_SETTINGS, optimizer: 'sgd' as const, learningRate: 0.05, trainLimit: null, threads: 2, seed: 9 };
    expect(buildOptionsOf(s)).toEqual({ seed: 9, batchSize: 128, threads: 2 });
    expect(trainOptionsOf(s)).toEqual({ epochs: 5, batchSize: 128, optimizer: { kind: 'sgd', learningRate: 0.05 } });
    expect(trainOptionsOf(DEFAULT_SANDBOX_SETTINGS)).toEqual({ epochs: 5, batchSize: 128, trainLimit: 6000, optimizer: ADAM_DEFAULTS });
  });
});
