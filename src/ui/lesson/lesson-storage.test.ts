// The lesson in the app's storage (IndexedDB via fake-indexeddb): a reload continues, a damaged
// network record is reset alone (the progress and the other networks stay), and over quota the
// lesson goes on in memory.
import 'fake-indexeddb/auto';
import { openDB } from 'idb';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AppStorage } from '../storage/app-storage';
import { indexedDbBackend } from '../storage/backends';
import { appLessonStorage, LessonStore } from './lesson-state';
import type { TrainedModel } from './step';

const ORDER = ['data', 'convolution', 'train'] as const;
const trained = (preset: string, params: number): TrainedModel => ({
  preset,
  seed: 1,
  weights: new Float32Array(params).fill(0.25),
  history: { loss: [0.5], acc: [0.8], val_loss: [0.4], val_acc: [0.85] },
  quick: true,
});

let count = 0;
afterEach(() => vi.restoreAllMocks());

describe('lesson storage', () => {
  it('continues after a reload; a damaged network record is reset alone', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const name = `lesson-test-${++count}`;
    const open = () => AppStorage.open(() => indexedDbBackend(name));
    const first = await LessonStore.open(ORDER, appLessonStorage(open));
    first.dispatch({ type: 'complete', step: 'data', points: 10 });
    first.saveTrained(trained('seed-a', 36_430));
    first.saveTrained(trained('seed-notebook', 9770));
    await first.flush();

    // A browser bug or a crashed write leaves one record half-written.
    const db = await openDB(name, 1);
    await db.put('models', { schema: 1, data: { preset: 'seed-a', weights: 'garbled' } }, 'lesson:seed-a');
    db.close();

    const storage = await open();
    const reloaded = await LessonStore.open(ORDER, appLessonStorage(async () => storage));
    expect(reloaded.state.completed).toEqual(['data']);
    expect(reloaded.trained('seed-a')).toBeUndefined();
    expect(reloaded.trained('seed-notebook')?.weights).toHaveLength(9770);
    expect(storage.problems.map((p) => [p.kind, p.what])).toEqual([['corrupted', 'storage.whatModels']]);
  });

  it('over quota the lesson keeps going in memory and says what it could not keep', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const backend = await indexedDbBackend(`lesson-test-${++count}`);
    const storage = await AppStorage.open(async () => ({
      ...backend,
      put: async (store, key, value) => {
        if (store === 'models') throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        return backend.put(store, key, value);
      },
    }));
    const store = await LessonStore.open(ORDER, appLessonStorage(async () => storage));
    store.dispatch({ type: 'complete', step: 'data', points: 10 });
    store.saveTrained(trained('seed-a', 36_430));
    await store.flush();
    expect(store.trained('seed-a')).toBeDefined();
    const again = await LessonStore.open(ORDER, appLessonStorage(async () => storage));
    expect(again.state.completed).toEqual(['data']); // the small progress record was saved
    expect(again.trained('seed-a')?.weights).toHaveLength(36_430); // kept in memory for this page
    expect(storage.problems.map((p) => [p.kind, p.what])).toEqual([['quota', 'storage.whatModels']]);
  });
});
