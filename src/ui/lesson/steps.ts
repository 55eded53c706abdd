// The lesson's steps in order: id (URLs #lesson/<id>, storage, tests), the short title the step
// list shows, and the factory that builds the step when it is opened (one at a time).
import type { MessageKey } from '../i18n/messages';
import type { StepFactory } from './step';
import { createDataStep } from './steps/step-01-data';
import { createConvolutionStep } from './steps/step-02-convolution';
import { createDenseVsConvStep } from './steps/step-03-dense-vs-conv';
import { createFirstNetworkStep } from './steps/step-04-first-network';
import { createTrainStep } from './steps/step-05-train';
import { createErrorsStep } from './steps/step-06-errors';
import { createInsideStep } from './steps/step-07-inside';
import { createWeightsStep } from './steps/step-08-weights';
import { createChannelMaxStep } from './steps/step-09-channel-max';
import { createCompareStep } from './steps/step-10-compare';
import { createQuizStep } from './steps/step-11-quiz';

export interface StepEntry {
  readonly id: string;
  /** Short title for the step list (the step's own titleKey heads the page). */
  readonly navTitleKey: MessageKey;
  readonly create: StepFactory;
}

export const LESSON_STEPS: readonly StepEntry[] = [
  { id: 'data', navTitleKey: 'lessonCore.titleData', create: createDataStep },
  { id: 'convolution', navTitleKey: 'lessonCore.titleConvolution', create: createConvolutionStep },
  { id: 'dense-vs-conv', navTitleKey: 'lessonCore.titleDenseVsConv', create: createDenseVsConvStep },
  { id: 'first-network', navTitleKey: 'lessonCore.titleFirstNetwork', create: createFirstNetworkStep },
  { id: 'train', navTitleKey: 'lessonCore.titleTrain', create: createTrainStep },
  { id: 'errors', navTitleKey: 'lessonCore.titleErrors', create: createErrorsStep },
  { id: 'inside', navTitleKey: 'lessonCore.titleInside', create: createInsideStep },
  { id: 'weights', navTitleKey: 'lessonCore.titleWeights', create: createWeightsStep },
  { id: 'channel-max', navTitleKey: 'lessonCore.titleChannelMax', create: createChannelMaxStep },
  { id: 'compare', navTitleKey: 'lessonCore.titleCompare', create: createCompareStep },
  { id: 'quiz', navTitleKey: 'lessonCore.titleQuiz', create: createQuizStep },
];
