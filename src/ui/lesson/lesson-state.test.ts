import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import fc from 'fast-check';
import {
  canGoNext,
  createStepContext,
  initialLesson,
  isUnlocked,
  LESSON_STORAGE_VERSION,
  lessonHash,
  lessonStepFromHash,
  LessonStore,
  memoryStorage,
  reduceLesson,
  restoreLesson,
  routeStep,
  totalPoints,
  type LessonAction,
  type LessonSnapshot,
} from './lesson-state';
import { loadTrainedModel } from '../training/trained-model';
import type { TrainedModel } from './step';

const ORDER = ['data', 'convolution', 'dense-vs-conv', 'first-network', 'train'] as const;
const reduce = (state: LessonSnapshot, ...actions: LessonAction[]) => actions.reduce((s, a) => reduceLesson(ORDER, s, a), state);
const seedA = (): TrainedModel => ({
  preset: 'seed-a',
  seed: 3,
  weights: new Float32Array(36_430).fill(0.5),
  history: { loss: [0.5], acc: [0.8], val_loss: [0.4], val_acc: [0.85] },
  testAccuracy: 0.84,
  quick: true,
});

describe('lesson reducer', () => {
  it('starts on the first step with only it unlocked and quick mode on', () => {
    const state = initialLesson(ORDER);
    expect(state).toEqual({ current: 'data', completed: [], unlocked: ['data'], points: {}, answers: {}, quickMode: true, badges: [] });
    expect(isUnlocked(state, 'convolution', false)).toBe(false);
    expect(canGoNext(ORDER, state, 'data', false)).toBe(false);
  });

  it('completing a step unlocks the next one and books its points once', () => {
    const state = reduce(initialLesson(ORDER), { type: 'complete', step: 'data', points: 10 }, { type: 'complete', step: 'data', points: 10 });
    expect(state.completed).toEqual(['data']);
    expect(state.unlocked).toEqual(['data', 'convolution']);
    expect(state.points).toEqual({ data: 10 });
    expect(canGoNext(ORDER, state, 'data', false)).toBe(true);
    expect(canGoNext(ORDER, state, 'convolution', false)).toBe(false);
  });

  it('adds awards to the step, ignoring non-positive or non-finite points', () => {
    const state = reduce(
      initialLesson(ORDER),
      { type: 'award', step: 'data', points: 3 },
      { type: 'award', step: 'data', points: 2 },
      { type: 'award', step: 'data', points: -5 },
      { type: 'award', step: 'data', points: Number.NaN },
      { type: 'award', step: 'nope', points: 9 },
      { type: 'complete', step: 'data', points: 10 },
    );
    expect(state.points).toEqual({ data: 15 });
    expect(totalPoints(state)).toBe(15);
  });

  it('the last step has no next step', () => {
    const state = reduce(initialLesson(ORDER), ...ORDER.map((step): LessonAction => ({ type: 'complete', step, points: 1 })));
    expect(state.unlocked).toEqual([...ORDER]);
    expect(canGoNext(ORDER, state, 'train', true)).toBe(false);
  });

  it('keeps the same object when nothing changes (no needless writes)', () => {
    const state = initialLesson(ORDER);
    expect(reduceLesson(ORDER, state, { type: 'open', step: 'data' })).toBe(state);
    expect(reduceLesson(ORDER, state, { type: 'open', step: 'unknown' })).toBe(state);
    expect(reduceLesson(ORDER, state, { type: 'quickMode', on: true })).toBe(state);
    expect(reduceLesson(ORDER, state, { type: 'complete', step: 'unknown', points: 5 })).toBe(state);
  });

  it('stores answers and quick mode; reset forgets everything', () => {
    const state = reduce(
      initialLesson(ORDER),
      { type: 'answer', key: 'data.labels', value: [1, 2, 3] },
      { type: 'quickMode', on: false },
      { type: 'complete', step: 'data', points: 10 },
      { type: 'open', step: 'convolution' },
    );
    expect(state.answers).toEqual({ 'data.labels': [1, 2, 3] });
    expect(state.quickMode).toBe(false);
    expect(state.current).toBe('convolution');
    expect(reduce(state, { type: 'reset' })).toEqual(initialLesson(ORDER));
  });

  it('teacher override: every step is unlocked and Next always works but on the last step', () => {
    const state = initialLesson(ORDER);
    for (const id of ORDER) expect(isUnlocked(state, id, true)).toBe(true);
    expect(canGoNext(ORDER, state, 'data', true)).toBe(true);
    expect(routeStep(ORDER, state, 'train', true)).toBe('train');
    expect(routeStep(ORDER, state, 'train', false)).toBe('data');
  });

  it('routes to the requested step when unlocked, else to the current or last unlocked step', () => {
    const state = reduce(initialLesson(ORDER), { type: 'complete', step: 'data', points: 1 }, { type: 'complete', step: 'convolution', points: 1 }, { type: 'open', step: 'convolution' });
    expect(routeStep(ORDER, state, 'data', false)).toBe('data');
    expect(routeStep(ORDER, state, 'first-network', false)).toBe('convolution');
    expect(routeStep(ORDER, state, undefined, false)).toBe('convolution');
    expect(routeStep(ORDER, state, 'bogus', false)).toBe('convolution');
    expect(routeStep(ORDER, { ...state, current: 'train' }, undefined, false)).toBe('dense-vs-conv');
  });

  it('property: unlocked steps are always a prefix-closed set containing the first step and each completed step’s successor', () => {
    const action = fc.oneof(
      fc.record({ type: fc.constant('complete' as const), step: fc.constantFrom(...ORDER, 'x'), points: fc.integer({ min: -5, max: 50 }) }),
      fc.record({ type: fc.constant('award' as const), step: fc.constantFrom(...ORDER), points: fc.double() }),
      fc.record({ type: fc.constant('open' as const), step: fc.constantFrom(...ORDER) }),
      fc.record({ type: fc.constant('badge' as const), id: fc.constantFrom('trainer' as const, 'graduate' as const) }),
      fc.constant({ type: 'reset' as const }),
    );
    fc.assert(
      fc.property(fc.array(action, { maxLength: 30 }), (actions) => {
        const state = reduce(initialLesson(ORDER), ...actions);
        expect(state.unlocked).toContain('data');
        for (const id of state.completed) {
          const next = ORDER[ORDER.indexOf(id as (typeof ORDER)[number]) + 1];
          if (next) expect(state.unlocked).toContain(next);
        }
        expect(new Set(state.completed).size).toBe(state.completed.length);
        expect(totalPoints(state)).toBeGreaterThanOrEqual(0);
        expect(Number.isFinite(totalPoints(state))).toBe(true);
        expect(restoreLesson(ORDER, { ...state, version: LESSON_STORAGE_VERSION })).toEqual({
          ...state,
          completed: ORDER.filter((id) => state.completed.includes(id)),
          unlocked: ORDER.filter((id) => state.unlocked.includes(id)),
        });
      }),
    );
  });
});

describe('lesson routes', () => {
  it('reads #lesson and #lesson/<step>, and ignores other hashes', () => {
    expect(lessonStepFromHash('#lesson')).toBeUndefined();
    expect(lessonStepFromHash('#lesson/')).toBeUndefined();
    expect(lessonStepFromHash('#lesson/dense-vs-conv')).toBe('dense-vs-conv');
    expect(lessonStepFromHash(lessonHash('channel-max'))).toBe('channel-max');
    expect(lessonStepFromHash('#lesson/%E0%A4%A')).toBeUndefined();
    expect(lessonStepFromHash('#lessons')).toBeNull();
    expect(lessonStepFromHash('#train')).toBeNull();
    expect(lessonStepFromHash('')).toBeNull();
  });
});

describe('restoring a stored record', () => {
  it('starts fresh for a missing, foreign or old-version record', () => {
    expect(restoreLesson(ORDER, undefined)).toEqual(initialLesson(ORDER));
    expect(restoreLesson(ORDER, 'garbage')).toEqual(initialLesson(ORDER));
    expect(restoreLesson(ORDER, { version: 0, current: 'train', completed: ['data'] })).toEqual(initialLesson(ORDER));
  });

  it('drops unknown steps and bad values, and re-derives what is unlocked', () => {
    const restored = restoreLesson(ORDER, {
      version: LESSON_STORAGE_VERSION,
      current: 'first-network',
      completed: ['convolution', 'removed-step', 'data'],
      unlocked: [],
      points: { data: 10, convolution: 'x', gone: 5, 'dense-vs-conv': -1, 'first-network': Infinity },
      answers: { a: 1 },
      quickMode: 'yes',
      badges: ['trainer', 'no-such-badge', 'trainer', 7],
    });
    expect(restored).toEqual({
      current: 'first-network', // a teacher may have opened it; routeStep decides what is shown
      completed: ['data', 'convolution'],
      unlocked: ['data', 'convolution', 'dense-vs-conv'],
      points: { data: 10 },
      answers: { a: 1 },
      quickMode: true,
      badges: ['trainer'],
    });
    // A record written before badges existed loads with none.
    expect(restoreLesson(ORDER, { version: LESSON_STORAGE_VERSION, completed: ['data'] }).badges).toEqual([]);
  });

  it('keeps each badge once, in the order earned; reset forgets them', () => {
    const state = reduce(initialLesson(ORDER), { type: 'badge', id: 'halfway' }, { type: 'badge', id: 'trainer' }, { type: 'badge', id: 'halfway' });
    expect(state.badges).toEqual(['halfway', 'trainer']);
    expect(reduce(state, { type: 'badge', id: 'bogus' as never }).badges).toEqual(['halfway', 'trainer']);
    expect(reduce(state, { type: 'reset' }).badges).toEqual([]);
  });
});

describe('trained model records', () => {
  it('accepts a record whose weights fit the preset, and rejects others', () => {
    expect(loadTrainedModel(seedA())?.preset).toBe('seed-a');
    expect(loadTrainedModel({ ...seedA(), weights: new Float32Array(10) })).toBeUndefined();
    expect(loadTrainedModel({ ...seedA(), weights: [1, 2, 3] })).toBeUndefined();
    expect(loadTrainedModel({ ...seedA(), preset: 'no-such-net' })).toBeUndefined();
    expect(loadTrainedModel({ ...seedA(), history: undefined })).toBeUndefined();
    expect(loadTrainedModel(null)).toBeUndefined();
  });
});

describe('LessonStore', () => {
  beforeEach(() => void vi.useFakeTimers());
  afterEach(() => void vi.useRealTimers());

  it('writes once after a burst of changes (debounced), and a new store continues from it', async () => {
    const storage = memoryStorage();
    const store = await LessonStore.open(ORDER, storage, { debounceMs: 300 });
    store.dispatch({ type: 'complete', step: 'data', points: 10 });
    store.dispatch({ type: 'open', step: 'convolution' });
    store.dispatch({ type: 'answer', key: 'k', value: { x: [1, 2] } });
    store.saveTrained(seedA());
    expect(store.pending).toBe(true);
    await vi.advanceTimersByTimeAsync(299);
    expect(storage.writes).toBe(0);
    await vi.advanceTimersByTimeAsync(1);
    expect(storage.writes).toBe(1);
    expect(store.pending).toBe(false);

    const reloaded = await LessonStore.open(ORDER, storage);
    expect(reloaded.state.current).toBe('convolution');
    expect(reloaded.state.completed).toEqual(['data']);
    expect(reloaded.state.answers).toEqual({ k: { x: [1, 2] } });
    expect(reloaded.trained('seed-a')?.weights).toHaveLength(36_430);
    expect(reloaded.trained('seed-a')?.testAccuracy).toBe(0.84);
  });

  it('flush writes immediately; reset clears the storage and the models', async () => {
    const storage = memoryStorage();
    const store = await LessonStore.open(ORDER, storage);
    const heard = vi.fn();
    store.subscribe(heard);
    store.dispatch({ type: 'quickMode', on: false });
    store.saveTrained(seedA());
    await store.flush();
    expect(storage.writes).toBe(1);
    expect(storage.data.models.size).toBe(1);
    expect(heard).toHaveBeenCalled();
    await store.reset();
    expect(store.state).toEqual(initialLesson(ORDER));
    expect(store.trained('seed-a')).toBeUndefined();
    expect(storage.data.progress).toBeUndefined();
    expect(storage.data.models.size).toBe(0);
    await vi.advanceTimersByTimeAsync(1000);
    expect(storage.writes).toBe(1); // nothing left to write after a reset
  });

  it('goes on in memory when the storage fails (with one warning)', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const broken = { ...memoryStorage(), load: () => Promise.reject(new Error('no IndexedDB')), save: () => Promise.reject(new Error('quota')) };
    const store = await LessonStore.open(ORDER, broken);
    store.dispatch({ type: 'complete', step: 'data', points: 10 });
    await store.flush();
    expect(store.state.completed).toEqual(['data']);
    expect(warn).toHaveBeenCalledTimes(1);
    warn.mockRestore();
  });

  it('a step context books completion and awards on its own step', async () => {
    const store = await LessonStore.open(ORDER, memoryStorage(), { unlockAll: false });
    const context = createStepContext('data', {
      store,
      data: undefined as never,
      trainer: undefined as never,
      training: undefined as never,
      longRun: undefined as never,
      reducedMotion: true,
      requestRender: () => {},
      relayout: () => {},
      useModel: async () => false,
    });
    context.award(2);
    context.complete(10);
    context.complete(10);
    context.progress.set('data.answers', [3, 1]);
    expect(context.progress.get<number[]>('data.answers')).toEqual([3, 1]);
    expect(store.state.points).toEqual({ data: 12 });
    expect(isUnlocked(store.state, 'convolution', store.unlockAll)).toBe(true);
    expect(context.quickMode).toBe(true);
    store.dispatch({ type: 'quickMode', on: false });
    expect(context.quickMode).toBe(false);
    context.saveTrained(seedA());
    expect(context.trained('seed-a')?.seed).toBe(3);
  });
});
