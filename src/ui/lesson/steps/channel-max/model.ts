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
 * The tutorial-length run, on the background worker while the learner goes on: the notebook
 * trained its model for 100 epochs (nEpochs = 100, batches of 128, all 60,000 images with the
 * last 10 % for validation), and the model needs that: after 3 epochs it is at ~83 %, after 10
 * at ~85.5 % (CLI, 1 thread, seed 1; docs/lesson-budgets.md).
 */
export const LONG_RUN = { epochs: 100, batchSize: 128 } as const;
export const STEP_POINTS = 10;
export const PREDICTION_POINTS = 5;
/** The tutorial's test accuracies: article (first network) and notebook (1,081 errors). */
export const TUTORIAL = { first: 0.88, notebook: 0.8919 } as const;

export type Guess = 'yes' | 'no';

/**
 * Whether the guess "the notebook model beats the first network" is right. Scored against the
 * tutorial's full-length outcome (9,770 parameters: 89.2 % > 88 %), never against a run of the
 * learner's that has not had the tutorial's training yet.
 */
export const guessedRight = (guess: Guess): boolean => guess === 'yes' && TUTORIAL.notebook > TUTORIAL.first;

/** Where the learner's notebook model stands against their first network (test accuracy, 0..1). */
export type Standing = 'ahead' | 'behind';
export const standing = (notebook: number, first: number): Standing => (notebook > first ? 'ahead' : 'behind');
