// The right answers come from the shared planner and must be the tutorial's (1,820; 7,850).
import { describe, expect, it } from 'vitest';
import { outputLength } from '../../../../shared/layers';
import { argmax, conceptQuestions, pickPredictionImage, type Answer } from './model';

describe('the wrap-up quiz', () => {
  const questions = conceptQuestions();
  const value = (answer: Answer) => JSON.stringify(answer.value);

  it('has four concept questions whose right answers are the planner’s and the tutorial’s', () => {
    const right = questions.map((q) => q.options[q.answer].value);
    expect(right).toEqual([[13, 13, 8], [14, 14, 10], 1820, 7850]);
    // The conv output size agrees with the formula the explanation shows.
    const { n, k, s } = questions[0].params;
    expect(outputLength(n, k, s, 'valid')).toBe(Math.floor((n - k) / s) + 1);
  });

  it('offers four distinct options with the right one not always first', () => {
    for (const question of questions) {
      expect(question.options).toHaveLength(4);
      expect(new Set(question.options.map(value)).size).toBe(4);
    }
    expect(new Set(questions.map((q) => q.answer)).size).toBeGreaterThan(1);
  });

  it('asks about the first test image the network gets wrong', () => {
    const probabilities = new Float32Array([
      0.9, 0.1, 0, 0, 0, 0, 0, 0, 0, 0, // image 0: predicts 0
      0.2, 0.7, 0.1, 0, 0, 0, 0, 0, 0, 0, // image 1: predicts 1
      0.6, 0.3, 0.1, 0, 0, 0, 0, 0, 0, 0, // image 2: predicts 0
    ]);
    expect(pickPredictionImage(probabilities, Uint8Array.from([0, 1, 2]))).toBe(2);
    expect(pickPredictionImage(probabilities, Uint8Array.from([0, 1, 0]))).toBe(0);
    expect(argmax(probabilities, 10, 10)).toBe(1);
  });
});
