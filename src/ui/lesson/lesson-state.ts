// The learner's lesson progress: which step is open, which are done and unlocked, points per
// step, answers, quick mode, and the networks they trained. A pure reducer (tested in Node) plus a
// store that persists it in the app's storage (IndexedDB) with debounced writes, so a reload
// continues where it stopped. The teacher override (`?unlock=all`) is not stored: it only widens what is unlocked.
import type { FashionMnist } from '../../data/dataset';
import type { TrainerBridge } from '../../worker/bridge';
import type { LessonContext, TrainedModel } from './step';
import { appStorage, type AppStorage, type RecordKind } from '../storage/app-storage';
import { loadTrainedModel, TRAINED_MODEL_KIND } from '../training/trained-model';
import type { TrainingRunner } from '../training/training-runner';
import { lessonBudget } from './lesson-budget';
import type { LongRun } from './long-run';
import { isBadge, type BadgeId } from './game/badges';

export interface LessonSnapshot {
  /** The step the learner is on (a step id). */
  current: string;
  completed: string[];
  unlocked: string[];
  /** Per step: its completion points plus every award. */
  points: Record<string, number>;
  /** What steps saved through `progress.set` (answers, guesses, scores). */
  answers: Record<string, unknown>;
  /** Quick mode (default on): training steps use a subset so nothing waits more than ~20 s. */
  quickMode: boolean;
  /** Badges earned, in the order they were earned (game/badges.ts). */
  badges: BadgeId[];
}

export type LessonAction =
  | { type: 'open'; step: string }
  | { type: 'complete'; step: string; points: number }
  | { type: 'award'; step: string; points: number }
  | { type: 'answer'; key: string; value: unknown }
  | { type: 'quickMode'; on: boolean }
  | { type: 'badge'; id: BadgeId }
  | { type: 'reset' };

/** Bumped when the stored shape changes; older records are dropped, not misread. */
export const LESSON_STORAGE_VERSION = 1;

export function initialLesson(order: readonly string[]): LessonSnapshot {
  return { current: order[0], completed: [], unlocked: [order[0]], points: {}, answers: {}, quickMode: true, badges: [] };
}

const validPoints = (points: number) => (Number.isFinite(points) && points > 0 ? Math.round(points) : 0);
const withItem = (list: string[], item: string | undefined) => (item === undefined || list.includes(item) ? list : [...list, item]);

/** The next state; unknown step ids leave the state as it is. */
export function reduceLesson(order: readonly string[], state: LessonSnapshot, action: LessonAction): LessonSnapshot {
  switch (action.type) {
    case 'open':
      return order.includes(action.step) && state.current !== action.step ? { ...state, current: action.step } : state;
    case 'complete': {
      const index = order.indexOf(action.step);
      if (index < 0 || state.completed.includes(action.step)) return state;
      const points = validPoints(action.points);
      return {
        ...state,
        completed: [...state.completed, action.step],
        unlocked: withItem(withItem(state.unlocked, action.step), order[index + 1]),
        points: points > 0 ? { ...state.points, [action.step]: (state.points[action.step] ?? 0) + points } : state.points,
      };
    }
    case 'award': {
      const points = validPoints(action.points);
      if (!order.includes(action.step) || points === 0) return state;
      return { ...state, points: { ...state.points, [action.step]: (state.points[action.step] ?? 0) + points } };
    }
    case 'answer':
      return { ...state, answers: { ...state.answers, [action.key]: action.value } };
    case 'quickMode':
      return state.quickMode === action.on ? state : { ...state, quickMode: action.on };
    case 'badge':
      return !isBadge(action.id) || state.badges.includes(action.id) ? state : { ...state, badges: [...state.badges, action.id] };
    case 'reset':
      return initialLesson(order);
  }
}

export function isUnlocked(state: LessonSnapshot, step: string, unlockAll: boolean): boolean {
  return unlockAll || state.unlocked.includes(step);
}

export function isCompleted(state: LessonSnapshot, step: string): boolean {
  return state.completed.includes(step);
}

/** Next is allowed once the step's check is done or the next step is open anyway. */
export function canGoNext(order: readonly string[], state: LessonSnapshot, step: string, unlockAll: boolean): boolean {
  const next = order[order.indexOf(step) + 1];
  return next !== undefined && (isCompleted(state, step) || isUnlocked(state, next, unlockAll));
}

export function totalPoints(state: LessonSnapshot): number {
  return Object.values(state.points).reduce((sum, p) => sum + p, 0);
}

/**
 * The step a route shows: the requested one when it is unlocked; otherwise the learner's current
 * step (when unlocked), else the last unlocked one in lesson order.
 */
export function routeStep(order: readonly string[], state: LessonSnapshot, requested: string | undefined, unlockAll: boolean): string {
  if (requested !== undefined && order.includes(requested) && isUnlocked(state, requested, unlockAll)) return requested;
  if (isUnlocked(state, state.current, unlockAll)) return state.current;
  return [...order].reverse().find((id) => isUnlocked(state, id, unlockAll)) ?? order[0];
}

/**
 * A stored record made safe: unknown steps dropped, wrong types replaced by defaults, the first
 * step and the successor of every completed step unlocked (a record written by an older lesson
 * with other steps still loads).
 */
export function restoreLesson(order: readonly string[], raw: unknown): LessonSnapshot {
  const fresh = initialLesson(order);
  if (typeof raw !== 'object' || raw === null || (raw as { version?: unknown }).version !== LESSON_STORAGE_VERSION) return fresh;
  const record = raw as Partial<Record<keyof LessonSnapshot, unknown>>;
  const ids = (value: unknown) => (Array.isArray(value) ? order.filter((id) => value.includes(id)) : []);
  const completed = ids(record.completed);
  let unlocked = ids(record.unlocked);
  unlocked = withItem(unlocked, order[0]);
  for (const id of completed) unlocked = withItem(withItem(unlocked, id), order[order.indexOf(id) + 1]);
  unlocked = order.filter((id) => unlocked.includes(id));
  const points: Record<string, number> = {};
  if (typeof record.points === 'object' && record.points !== null) {
    for (const [id, value] of Object.entries(record.points)) {
      if (order.includes(id) && typeof value === 'number' && Number.isFinite(value) && value > 0) points[id] = Math.round(value);
    }
  }
  const answers = typeof record.answers === 'object' && record.answers !== null && !Array.isArray(record.answers) ? { ...(record.answers as Record<string, unknown>) } : {};
  const current = typeof record.current === 'string' && order.includes(record.current) ? record.current : fresh.current;
  const quickMode = typeof record.quickMode === 'boolean' ? record.quickMode : true;
  const badges = Array.isArray(record.badges) ? [...new Set(record.badges.filter(isBadge))] : [];
  return { current, completed, unlocked, points, answers, quickMode, badges };
}

export const LESSON_ROUTE = '#lesson';

/** The step id in `#lesson/<id>`, undefined for `#lesson`; null when the hash is not the lesson's. */
export function lessonStepFromHash(hash: string): string | undefined | null {
  if (hash === LESSON_ROUTE) return undefined;
  if (!hash.startsWith(`${LESSON_ROUTE}/`)) return null;
  try {
    return decodeURIComponent(hash.slice(LESSON_ROUTE.length + 1)) || undefined;
  } catch {
    return undefined; // a malformed escape: the learner's current step
  }
}

export const lessonHash = (id: string) => `${LESSON_ROUTE}/${encodeURIComponent(id)}`;

// ---- persistence ------------------------------------------------------------------------------

/** Where the store keeps its data; IndexedDB in the browser, memory in tests. */
export interface LessonStorage {
  load(): Promise<{ progress: unknown; models: unknown[] }>;
  /** Writes the progress record and the models that changed since the last write. */
  save(progress: LessonSnapshot & { version: number }, models: TrainedModel[]): Promise<void>;
  clear(): Promise<void>;
}

/** The lesson's progress record in the app's storage (the snapshot plus LESSON_STORAGE_VERSION, checked by restoreLesson). */
export const LESSON_PROGRESS_KIND: RecordKind<object> = {
  store: 'lesson',
  version: 1,
  parse: (data) => (typeof data === 'object' && data !== null && !Array.isArray(data) ? data : undefined),
  what: 'storage.whatLesson',
};
const PROGRESS_KEY = 'lesson';
/** The lesson's networks share the models store with other screens; theirs are keyed `lesson:<preset>`. */
const MODEL_PREFIX = 'lesson:';

/**
 * The app's storage (src/ui/storage): IndexedDB with schema-versioned records; a damaged record
 * is reset alone, and without IndexedDB or over quota the lesson goes on in memory.
 */
export function appLessonStorage(open: () => Promise<AppStorage> = appStorage): LessonStorage {
  return {
    async load() {
      const storage = await open();
      const models = await storage.getAll(TRAINED_MODEL_KIND);
      return {
        progress: await storage.get(LESSON_PROGRESS_KIND, PROGRESS_KEY),
        models: [...models].filter(([key]) => key.startsWith(MODEL_PREFIX)).map(([, model]) => model),
      };
    },
    async save(progress, models) {
      const storage = await open();
      await Promise.all([storage.put(LESSON_PROGRESS_KIND, PROGRESS_KEY, progress), ...models.map((m) => storage.put(TRAINED_MODEL_KIND, `${MODEL_PREFIX}${m.preset}`, m))]);
    },
    async clear() {
      const storage = await open();
      await storage.delete(LESSON_PROGRESS_KIND, PROGRESS_KEY);
      for (const key of (await storage.getAll(TRAINED_MODEL_KIND)).keys()) if (key.startsWith(MODEL_PREFIX)) await storage.delete(TRAINED_MODEL_KIND, key);
    },
  };
}

/** Keeps everything in memory (tests; browsers where IndexedDB is unavailable). */
export function memoryStorage(): LessonStorage & { writes: number; data: { progress: unknown; models: Map<string, TrainedModel> } } {
  const data = { progress: undefined as unknown, models: new Map<string, TrainedModel>() };
  return {
    data,
    writes: 0,
    async load() {
      return { progress: structuredClone(data.progress), models: [...data.models.values()] };
    },
    async save(progress, models) {
      this.writes++;
      data.progress = structuredClone(progress);
      for (const model of models) data.models.set(model.preset, model);
    },
    async clear() {
      data.progress = undefined;
      data.models.clear();
    },
  };
}

export interface LessonStoreOptions {
  unlockAll?: boolean;
  /** Quiet time before a write (several quick changes make one write). */
  debounceMs?: number;
}

/** The lesson state with persistence; listeners hear every change and every finished write. */
export class LessonStore {
  readonly unlockAll: boolean;
  private snapshot: LessonSnapshot;
  private readonly models = new Map<string, TrainedModel>();
  private readonly dirtyModels = new Set<string>();
  private dirty = false;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private writing: Promise<void> = Promise.resolve();
  private readonly listeners = new Set<() => void>();
  private readonly debounceMs: number;
  private warned = false;

  private constructor(
    readonly order: readonly string[],
    private readonly storage: LessonStorage,
    options: LessonStoreOptions,
  ) {
    this.unlockAll = options.unlockAll ?? false;
    this.debounceMs = options.debounceMs ?? 400;
    this.snapshot = initialLesson(order);
  }

  /** Loads the saved lesson (a broken or missing record starts a fresh one). */
  static async open(order: readonly string[], storage: LessonStorage, options: LessonStoreOptions = {}): Promise<LessonStore> {
    const store = new LessonStore(order, storage, options);
    try {
      const saved = await storage.load();
      store.snapshot = restoreLesson(order, saved.progress);
      for (const raw of saved.models) {
        const model = loadTrainedModel(raw);
        if (model?.preset !== undefined) store.models.set(model.preset, model);
      }
    } catch (error) {
      store.warn(error);
    }
    return store;
  }

  get state(): LessonSnapshot {
    return this.snapshot;
  }

  /** True while a change waits to be written (tests wait for false before reloading). */
  get pending(): boolean {
    return this.dirty || this.dirtyModels.size > 0;
  }

  dispatch(action: LessonAction): void {
    const next = reduceLesson(this.order, this.snapshot, action);
    if (next === this.snapshot) return;
    this.snapshot = next;
    this.changed();
  }

  trained(preset: string): TrainedModel | undefined {
    return this.models.get(preset);
  }

  saveTrained(model: TrainedModel): void {
    this.models.set(model.preset, model);
    this.dirtyModels.add(model.preset);
    this.changed();
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Writes now what is waiting (page hide, before a reload in tests). */
  flush(): Promise<void> {
    clearTimeout(this.timer);
    this.timer = undefined;
    if (!this.pending) return this.writing;
    const progress = { ...this.snapshot, version: LESSON_STORAGE_VERSION };
    const models = [...this.dirtyModels].map((preset) => this.models.get(preset)!).filter(Boolean);
    this.dirty = false;
    this.dirtyModels.clear();
    this.writing = this.writing
      .then(() => this.storage.save(progress, models))
      .catch((error) => this.warn(error))
      .then(() => this.notify());
    return this.writing;
  }

  /** Forgets everything: progress, answers, points, trained networks (quick mode back on). */
  async reset(): Promise<void> {
    clearTimeout(this.timer);
    this.timer = undefined;
    this.dirty = false;
    this.dirtyModels.clear();
    this.snapshot = initialLesson(this.order);
    this.models.clear();
    this.writing = this.writing.then(() => this.storage.clear()).catch((error) => this.warn(error));
    await this.writing;
    this.notify();
  }

  private changed(): void {
    this.dirty = true;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.flush(), this.debounceMs);
    this.notify();
  }

  private notify(): void {
    for (const listener of this.listeners) listener();
  }

  /** Storage trouble must not stop the lesson: it goes on in memory. */
  private warn(error: unknown): void {
    if (this.warned) return;
    this.warned = true;
    console.warn('FilterFit: the lesson progress cannot be saved in this browser; it is kept until the page closes.', error);
  }
}

// ---- the context a step sees --------------------------------------------------------------------

export interface StepContextDeps {
  store: LessonStore;
  data: FashionMnist;
  trainer: TrainerBridge;
  training: TrainingRunner;
  longRun: LongRun;
  reducedMotion: boolean;
  requestRender(): void;
  relayout(): void;
  useModel(preset: string): Promise<boolean>;
}

/** LessonContext for step `stepId`: completion and awards are booked on that step. */
export function createStepContext(stepId: string, deps: StepContextDeps): LessonContext {
  const { store } = deps;
  return {
    data: deps.data,
    trainer: deps.trainer,
    training: deps.training,
    longRun: deps.longRun,
    reducedMotion: deps.reducedMotion,
    get quickMode() {
      return store.state.quickMode;
    },
    budget: (spec) => lessonBudget(deps.training.device, spec),
    progress: {
      get: <T>(key: string) => store.state.answers[key] as T | undefined,
      set: (key, value) => store.dispatch({ type: 'answer', key, value }),
    },
    requestRender: deps.requestRender,
    relayout: deps.relayout,
    complete: (points) => store.dispatch({ type: 'complete', step: stepId, points }),
    award: (points) => store.dispatch({ type: 'award', step: stepId, points }),
    earn: (badge) => store.dispatch({ type: 'badge', id: badge }),
    trained: (preset) => store.trained(preset),
    saveTrained: (model) => store.saveTrained(model),
    useModel: deps.useModel,
  };
}
