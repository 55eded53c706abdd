// "A custom layer: channel max-pooling", the plain logic: the notebook model and the first network
// it is compared with, the animation's settings, the training budgets, and the learner's guess.

/** The notebook's final model: Conv 10 → Conv 20 → channel max → Flatten → Dense (9,770 parameters). */
export const PRESET = 'seed-notebook';
/** The first network (36,430 parameters), trained in "Train it". */
export const FIRST = 'seed-a';
/** The notebook's test image. */
export const IMAGE = 35;
/** Pixels of the 28 × 28 maps the animation walks over. */
export const PIXELS = 784;
export const SPEEDS = [2, 7, 28, 112] as const;
export const DEFAULT_SPEED = 28;
/** Where the animation starts: the middle of the image, where the shirt is (row 15, column 15). */
export const START_PIXEL = 14 * 28 + 14;
/**
 * Quick: ~11k image passes (~10–15 s at ~1k images/s). Batches of 32 give 4× the updates of the
 * notebook's 128 in that budget (≈ 78 % instead of ≈ 73 % test accuracy); full training uses 128.
 */
export const QUICK_BUDGET = { epochs: 2, trainImages: 6_000, batchSize: 32 } as const;
export const FULL_BUDGET = { epochs: 5, trainImages: 60_000, batchSize: 128 } as const;
export type Budget = { readonly epochs: number; readonly trainImages: number; readonly batchSize: number };
export const STEP_POINTS = 10;
export const PREDICTION_POINTS = 5;
/** The tutorial's test accuracies: article (first network) and notebook (1,081 errors). */
export const TUTORIAL = { first: 0.88, notebook: 0.8919 } as const;

export type Guess = 'yes' | 'no';

/** Whether the guess "the notebook model beats the first network" came true. */
export const guessedRight = (guess: Guess, notebookAccuracy: number, firstAccuracy: number): boolean => (guess === 'yes') === notebookAccuracy > firstAccuracy;
