// The learner's networks come from several readers (the lesson's store, the sandbox's history):
// each reader's networks are listed, a reader that fails adds none.
import { describe, expect, it } from 'vitest';
import { planModel } from '../../../shared/plan';
import { preset } from '../../../shared/presets';
import { runKey, type SandboxRun } from '../../sandbox/history/run-record';
import { learnerChoice, learnerChoices, sandboxChoice, weightsHash } from './network-choices';

const spec = preset('compare-conv-pool')!;
const weights = new Float32Array(planModel(spec).totalParams).fill(0.01);
const history = { loss: [0.5], acc: [0.8], val_loss: [0.4], val_acc: [0.85] };
const run: SandboxRun = {
  id: 'r1abc',
  createdAt: 1000,
  spec,
  settings: { epochs: 1, batchSize: 128, learningRate: 0.001, optimizer: 'adam', seed: 3, trainLimit: 6000, threads: 1 } as unknown as SandboxRun['settings'],
  seed: 3,
  history,
  epochMs: [1200],
  status: 'completed',
  testAccuracy: 0.871,
  testErrors: 1290,
  params: weights.length,
  estimatedSecondsPerEpoch: null,
  weights,
};

describe('play mode’s network choices', () => {
  it('a sandbox run plays under its storage key, with its own spec, seed, weights and test score', () => {
    expect(sandboxChoice(run)).toEqual({ id: runKey('r1abc'), source: 'sandbox', name: spec.name, spec, testAccuracy: 0.871, seed: 3, weights });
  });

  it('lists every source’s networks in order; a source that cannot be read adds none', async () => {
    const lesson = learnerChoice({ preset: 'seed-a', seed: 1, weights: new Float32Array(planModel(preset('seed-a')!).totalParams), history, quick: true, testAccuracy: 0.86 });
    expect(lesson.id).toBe(`lesson:seed-a:${weightsHash(lesson.weights)}`);
    const choices = await learnerChoices([async () => [lesson], async () => Promise.reject(new Error('blocked')), async () => [sandboxChoice(run)]]);
    expect(choices.map((c) => [c.source, c.id])).toEqual([
      ['lesson', lesson.id],
      ['sandbox', 'sandbox:r1abc'],
    ]);
  });

  it('tells two trainings of the same network apart by their weights', () => {
    const other = weights.slice();
    other[5] = 0.02;
    expect(weightsHash(other)).not.toBe(weightsHash(weights));
    expect(weightsHash(weights)).toMatch(/^[0-9a-f]{8}$/);
  });
});
