// The message keys of each concept question and of its explanation (the reveal and the result).
import type { MessageKey } from '../../../i18n/messages';
import type { ConceptQuestion } from './model';

export const QUESTION_TEXT: Record<ConceptQuestion['id'], { question: MessageKey; explanation: MessageKey }> = {
  'conv-output': { question: 'stepQuiz.convOutput', explanation: 'stepQuiz.convOutputWhy' },
  'pool-output': { question: 'stepQuiz.poolOutput', explanation: 'stepQuiz.poolOutputWhy' },
  'conv-params': { question: 'stepQuiz.convParams', explanation: 'stepQuiz.convParamsWhy' },
  'dense-params': { question: 'stepQuiz.denseParams', explanation: 'stepQuiz.denseParamsWhy' },
};
