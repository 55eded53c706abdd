import { describe, expect, it } from 'vitest';
import { preset } from '../../shared/presets';
import type { ModelSpec } from '../../shared/spec';
import { loadTrainedModel, specOf } from './trained-model';

const history = { loss: [0.5], acc: [0.8], val_loss: [0.4], val_acc: [0.85] };
const mine: ModelSpec = { name: 'mine', input: [28, 28, 1], layers: [{ kind: 'flatten' }, { kind: 'dense', units: 10, activation: 'softmax' }] };

describe('trained model records', () => {
  it('loads an old lesson record that names only its preset, with the preset’s spec', () => {
    const old = { preset: 'seed-a', seed: 3, weights: new Float32Array(36_430), history, quick: true };
    const model = loadTrainedModel(old)!;
    expect(model.preset).toBe('seed-a');
    expect(specOf(model)).toEqual(preset('seed-a'));
  });

  it('loads a record that carries its own spec (not a preset), if its weights fit it', () => {
    const model = loadTrainedModel({ spec: mine, seed: 1, weights: new Float32Array(7850), history })!;
    expect(specOf(model)).toEqual(mine);
    expect(model.quick).toBe(false);
    expect(loadTrainedModel({ spec: mine, seed: 1, weights: new Float32Array(7849), history })).toBeUndefined();
  });

  it('rejects a record whose spec is invalid or not a spec at all', () => {
    const bad = { ...mine, layers: [{ kind: 'dense', units: 10, activation: 'softmax' }] };
    expect(loadTrainedModel({ spec: bad, seed: 1, weights: new Float32Array(7850), history })).toBeUndefined();
    expect(loadTrainedModel({ spec: { name: 'x', input: [28, 28, 1], layers: [null] }, seed: 1, weights: new Float32Array(1), history })).toBeUndefined();
    expect(loadTrainedModel({ seed: 1, weights: new Float32Array(7850), history })).toBeUndefined();
  });
});
