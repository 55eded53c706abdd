// The lesson's one quick-mode rule: how many training images a quick run of a network uses, and on
// how many threads. It is the app's rule, the device budget (src/ui/training/quick-budget.ts,
// through DeviceSettings.quick(spec)): the lesson, the training lab and the sandbox size quick runs
// alike. Every lesson step that trains asks the context (`context.budget(spec)`), which asks here.
// Full mode trains on all the images.
import type { ModelSpec } from '../../shared/spec';
import type { DeviceSettings } from '../training/device-settings';

export interface LessonBudget {
  /** A quick run's trainLimit (a full run uses every training image). */
  quickImages: number;
  threads: number;
  /** Seconds per training image per epoch of `spec` on this device (validation share included); null: not measured. */
  secondsPerImage: number | null;
}

export function lessonBudget(device: Pick<DeviceSettings, 'quick'>, spec: ModelSpec): LessonBudget {
  const quick = device.quick(spec);
  return { quickImages: quick.trainImages, threads: quick.threads, secondsPerImage: quick.epochSeconds === null ? null : quick.epochSeconds / quick.trainImages };
}
