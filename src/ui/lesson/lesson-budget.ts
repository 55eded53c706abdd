// The lesson's one quick-mode rule: how many training images a run of a network uses, and on how
// many threads. Every lesson step that trains asks the context (`context.budget(spec)`), so the
// rule lives here only. Full mode trains on all the images. (Until the device probe lands, quick
// mode is a fixed subset for every network; then it becomes the probe's per-network budget.)
import type { ModelSpec } from '../../shared/spec';

/** Quick mode's training subset (the validation split applies to it). */
export const LESSON_QUICK_IMAGES = 12_000;

export interface LessonBudget {
  /** A quick run's trainLimit (a full run uses every training image). */
  quickImages: number;
  threads: number;
  /** Seconds per training image per epoch of `spec` on this device (validation share included); null: not measured. */
  secondsPerImage: number | null;
}

export function lessonBudget(_spec: ModelSpec): LessonBudget {
  return { quickImages: LESSON_QUICK_IMAGES, threads: 1, secondsPerImage: null };
}
