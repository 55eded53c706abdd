// The lesson's steps in order: id (URLs #lesson/<id>, storage, tests), the short title the step
// list shows, and the factory that builds the step when it is opened (one at a time). To add a
// step: its folder steps/<id>/ (see step.ts), its line here, its namespace in messages.ts.
import type { MessageKey } from '../i18n/messages';
import type { StepFactory } from './step';
import { createDataStep } from './steps/data/step';
import { createConvolutionStep } from './steps/convolution/step';
import { createDenseVsConvStep } from './steps/dense-vs-conv/step';
import { createFirstNetworkStep } from './steps/first-network/step';
import { createTrainStep } from './steps/train/step';
import { createErrorsStep } from './steps/errors/step';
import { createInsideStep } from './steps/inside/step';
import { createWeightsStep } from './steps/weights/step';
import { createChannelMaxStep } from './steps/channel-max/step';
import { createCompareStep } from './steps/compare/step';
import { createQuizStep } from './steps/quiz/step';

export interface StepEntry {
  readonly id: string;
  /** Short title for the step list (the step's own titleKey heads the page). */
  readonly navTitleKey: MessageKey;
  readonly create: StepFactory;
}

export const LESSON_STEPS: readonly StepEntry[] = [
  { id: 'data', navTitleKey: 'stepData.title', create: createDataStep },
  { id: 'convolution', navTitleKey: 'stepConvolution.title', create: createConvolutionStep },
  { id: 'dense-vs-conv', navTitleKey: 'stepDenseVsConv.title', create: createDenseVsConvStep },
  { id: 'first-network', navTitleKey: 'stepFirstNetwork.title', create: createFirstNetworkStep },
  { id: 'train', navTitleKey: 'stepTrain.title', create: createTrainStep },
  { id: 'errors', navTitleKey: 'stepErrors.navTitle', create: createErrorsStep },
  { id: 'inside', navTitleKey: 'stepInside.navTitle', create: createInsideStep },
  { id: 'weights', navTitleKey: 'stepWeights.title', create: createWeightsStep },
  { id: 'channel-max', navTitleKey: 'stepChannelMax.title', create: createChannelMaxStep },
  { id: 'compare', navTitleKey: 'stepCompare.navTitle', create: createCompareStep },
  { id: 'quiz', navTitleKey: 'stepQuiz.title', create: createQuizStep },
];
