import { describe, expect, it } from 'vitest';
import { planModel } from '../../../shared/plan';
import { preset } from '../../../shared/presets';
import { DEFAULT_SANDBOX_SETTINGS } from '../../../shared/sandbox-settings';
import { loadTrainedModel } from '../../training/trained-model';
import { newRunId, recordOfRun, runOfRecord, sortRuns, type SandboxRun } from './run-record';
import { memoryRecords, RecordRunStore } from './run-store';

function run(name: string, createdAt: number, testAccuracy: number, epochMs = [1000]): SandboxRun {
  const spec = { ...preset(name)!, name };
  const params = planModel(spec).totalParams;
  return {
    id: newRunId(createdAt, () => 0.5), createdAt, spec, settings: DEFAULT_SANDBOX_SETTINGS, seed: 1,
    history: { loss: [0.5], acc: [0.8], val_loss: [0.4], val_acc: [0.85] }, epochMs, status: 'completed',
    testAccuracy, testErrors: Math.round((1 - testAccuracy) * 10_000), params, estimatedSecondsPerEpoch: 0.9,
    weights: Float32Array.from({ length: params }, (_, i) => i / params),
  };
}

describe('sandbox run records', () => {
  it('store as trained-network records and read back the same run', async () => {
    const a = run('seed-a', 1_700_000_000_000, 0.85);
    const record = recordOfRun(a);
    expect(loadTrainedModel(structuredClone(record))).toBeDefined(); // any trained-network reader accepts it
    expect(runOfRecord(loadTrainedModel(structuredClone(record))!)).toEqual(a);
    const store = new RecordRunStore(memoryRecords());
    await store.put(a);
    await store.put(run('compare-conv', 1_700_000_000_500, 0.9));
    expect((await store.list()).map((r) => r.spec.name).sort()).toEqual(['compare-conv', 'seed-a']);
    expect((await store.trained(`sandbox:${a.id}`))?.weights).toEqual(a.weights);
    await store.delete(a.id);
    expect((await store.list()).map((r) => r.spec.name)).toEqual(['compare-conv']);
  });

  it('skips records that are not sandbox runs or were damaged, and lesson networks', async () => {
    const records = memoryRecords();
    const good = run('seed-a', 1, 0.8);
    const store = new RecordRunStore(records);
    await store.put(good);
    records.map.set('lesson:seed-a', { preset: 'seed-a', seed: 1, weights: good.weights, history: good.history, quick: true });
    records.map.set('sandbox:badsettings', { ...recordOfRun({ ...good, id: 'badsettings' }), sandbox: { ...recordOfRun(good).sandbox, id: 'badsettings', settings: { ...good.settings, epochs: 0 } } } as never);
    records.map.set('sandbox:other', recordOfRun(good)); // the key does not match the id inside
    expect((await store.list()).map((r) => r.id)).toEqual([good.id]);
  });

  it('sorts by any column, ties by age', () => {
    const runs = [run('seed-a', 3, 0.8, [500]), run('compare-conv', 1, 0.9, [2000]), run('bench-c', 2, 0.8, [100])];
    expect(sortRuns(runs, 'testAccuracy', 'descending').map((r) => r.createdAt)).toEqual([1, 2, 3]);
    expect(sortRuns(runs, 'params', 'ascending').map((r) => r.spec.name)).toEqual(['seed-a', 'bench-c', 'compare-conv']); // 36,430 · 55,658 · 78,510
    expect(sortRuns(runs, 'trainMs', 'ascending').map((r) => r.createdAt)).toEqual([2, 3, 1]);
    expect(sortRuns(runs, 'name', 'ascending').map((r) => r.spec.name)).toEqual(['bench-c', 'compare-conv', 'seed-a']);
    expect(sortRuns(runs, 'createdAt', 'descending').map((r) => r.createdAt)).toEqual([3, 2, 1]);
  });

  it('makes ids that are safe in links and keys', () => {
    expect(newRunId(1_700_000_000_000, () => 0)).toMatch(/^r[a-z0-9]+0000$/);
    expect(newRunId()).toMatch(/^[A-Za-z0-9_-]{1,64}$/);
  });
});
