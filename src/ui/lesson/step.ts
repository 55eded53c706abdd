// The lesson's building block: one step = one screen with a goal, one interaction that checks
// understanding, and Next/Back (owned by LessonScreen). A step has the same small lifecycle as an
// AppScreen (prepare → show → update*/resize*/translate* → hide → destroy); LessonScreen hosts the
// step's DOM and puts its Pixi `view` on the shared canvas. A step is a folder, steps/<id>/: step.ts
// (this lifecycle, composing the step's views and talking to the context), model.ts (its pure
// logic, tested in Node), its views, messages.ts and step.css; shared views (and their animation
// timelines, pure functions of time) are in src/ui/views/. steps.ts lists the order.
import type { AppScreen } from '../framework/screen';
import type { FashionMnist } from '../../data/dataset';
import type { TrainerBridge } from '../../worker/bridge';
import type { ModelSpec } from '../../shared/spec';
import type { MessageKey } from '../i18n/messages';
import type { PresetModel } from '../training/trained-model';
import type { TrainingRunner } from '../training/training-runner';
import type { LongRun } from './long-run';
import type { BadgeId } from './game/badges';

/** Persistent per-learner lesson data (IndexedDB), shared by all steps. */
export interface LessonProgress {
  /** A value a step saved earlier (answers, guesses, scores), or undefined. */
  get<T>(key: string): T | undefined;
  /** Saves a structured-clone-able value; persisted (debounced) so a reload continues. */
  set(key: string, value: unknown): void;
}

/** What a trained network leaves behind for later steps: the lesson trains presets only. */
export type TrainedModel = PresetModel;

export interface LessonContext {
  readonly data: FashionMnist;
  /** The app's training worker (one model at a time). */
  readonly trainer: TrainerBridge;
  /** The app's training owner: a run started through it stops the previous one first. */
  readonly training: TrainingRunner;
  /** The lesson's long run on the background worker: it goes on (and its result comes back) after the step is left. */
  readonly longRun: LongRun;
  readonly progress: LessonProgress;
  readonly reducedMotion: boolean;
  /** Quick mode: training steps use a subset so nothing waits more than ~20 s. */
  readonly quickMode: boolean;
  /**
   * The lesson's one quick-mode rule (lesson-budget.ts): the training images a quick run of `spec`
   * uses (its trainLimit; full runs use all of them), the threads every run trains on, and the
   * seconds one training image of `spec` takes per epoch on this device (null before it is measured).
   */
  budget(spec: ModelSpec): { quickImages: number; threads: number; secondsPerImage: number | null };
  /** Draws the canvas once (for steps that don't animate). */
  requestRender(): void;
  /** The step's picture changed height or place: asks its resize() again. */
  relayout(): void;
  /** The step's check is done: unlocks the next step and adds points (once per step). */
  complete(points: number): void;
  /** Extra points (quiz answers, prediction checkpoints). */
  award(points: number): void;
  /** A badge for something the step saw happen (once; game/badges.ts). */
  earn(badge: BadgeId): void;
  /** Saved trained network for a preset, if the learner trained it. */
  trained(preset: string): TrainedModel | undefined;
  saveTrained(model: TrainedModel): void;
  /**
   * Makes the worker hold `preset`: builds it and loads the learner's trained weights when there
   * are some (returns false when it had to stay untrained).
   */
  useModel(preset: string): Promise<boolean>;
}

/** A step has an AppScreen's lifecycle; only its context differs. */
export interface LessonStep extends Omit<AppScreen, 'prepare'> {
  /** Stable id used in URLs (#lesson/<id>), storage keys and tests (data-step). */
  readonly id: string;
  readonly titleKey: MessageKey;
  prepare?(context: LessonContext): void | Promise<void>;
  /** Must destroy every Pixi object and texture it made (no leaks over a whole lesson). */
  destroy?(): void;
}

export type StepFactory = () => LessonStep;
