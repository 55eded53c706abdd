import { describe, expect, it } from 'vitest';
import { initialLesson, reduceLesson } from '../lesson/lesson-state';
import { newGame, recordAnswer } from '../play/game/game-state';
import { challengeProblem } from './challenge-offer';
import { experimentRecord } from './experiment-card';
import { lessonProgress, playRoundRecord } from './hooks';

const ORDER = ['data', 'convolution', 'weights'];

describe('what the lesson reports to the class', () => {
  it('reports the step reached and the running total, and nothing when neither changed', () => {
    const start = initialLesson(ORDER);
    expect(lessonProgress(null, start)).toEqual({ stepId: 'data', points: 0 });
    const done = reduceLesson(ORDER, start, { type: 'complete', step: 'data', points: 10 });
    expect(lessonProgress(start, done)).toEqual({ stepId: 'data', points: 10 });
    const opened = reduceLesson(ORDER, done, { type: 'open', step: 'convolution' });
    expect(lessonProgress(done, opened)).toEqual({ stepId: 'convolution', points: 10 });
    const answered = reduceLesson(ORDER, opened, { type: 'answer', key: 'x', value: 1 });
    expect(lessonProgress(opened, answered)).toBeNull();
  });
});

describe('what a play round reports', () => {
  const rounds = [{ kind: 'network' as const, image: 3 }, { kind: 'shape' as const, question: { input: 28, window: 3, stride: 1, padding: 'valid' as const, options: [26, 28, 27, 25], answer: 0 }, timeLimitMs: 5000 }];
  it('sends class rounds with the learner’s pick, the network’s and the truth, under a seed-wide round id', () => {
    let game = newGame(2, 4242, 'house', rounds);
    game = recordAnswer(game, { choice: 7, answer: 5, bet: 2, label: 9, predicted: 5 });
    expect(playRoundRecord(game, 0)).toEqual({ roundId: 's4242-l2-r1', seed: 4242, level: 2, predicted: 7, network: 5, truth: 9, bet: 2, points: game.answers[0].points });
  });
  it('leaves out rounds without classes and unanswered ones', () => {
    let game = newGame(5, 1, 'house', rounds);
    game = recordAnswer(game, { choice: null, answer: 5, bet: 1, label: 9, predicted: 5 });
    game = recordAnswer(game, { choice: 0, answer: 0, bet: 1 });
    expect(playRoundRecord(game, 0)).toBeNull();
    expect(playRoundRecord(game, 1)).toBeNull();
  });
});

describe('the challenge caps, checked before sending', () => {
  const caps = { maxParams: 50_000, maxEpochs: 3 };
  it('accepts a network within both caps and names the cap a network breaks', () => {
    expect(challengeProblem(caps, 50_000, 3)).toBeNull();
    expect(challengeProblem(caps, 50_001, 3)?.[0]).toBe('classSync.challengeTooManyParams');
    expect(challengeProblem(caps, 100, 4)?.[0]).toBe('classSync.challengeTooManyEpochs');
    expect(challengeProblem(caps, null, 1)?.[0]).toBe('classSync.challengeInvalid');
  });
});

describe('the class experiment record', () => {
  const assignment = { architecture: 'compare-conv' as const, seed: 12, epochs: 2 };
  const history = { loss: [0.6, 0.4], acc: [0.8, 0.86], val_loss: [0.5, 0.45], val_acc: [0.83, 0.85] };
  it('carries every epoch’s curves and the final test accuracy', () => {
    const record = experimentRecord(assignment, { status: 'completed', history, test: { loss: 0.4, acc: 0.851, count: 10_000, errors: 1490 } }, 78_510);
    expect(record).toEqual({
      architecture: 'compare-conv',
      seed: 12,
      history: [{ loss: 0.6, acc: 0.8, valLoss: 0.5, valAcc: 0.83 }, { loss: 0.4, acc: 0.86, valLoss: 0.45, valAcc: 0.85 }],
      testAccuracy: 0.851,
      params: 78_510,
    });
  });
  it('sends nothing for a run that stopped or has no test score', () => {
    expect(experimentRecord(assignment, { status: 'stopped', history, test: { loss: 0.4, acc: 0.85, count: 10_000, errors: 1500 } }, 1)).toBeNull();
    expect(experimentRecord(assignment, { status: 'completed', history, test: null }, 1)).toBeNull();
  });
});
