// The right answers come from the shared planner and must be the tutorial's (1,820; 7,850).
import { describe, expect, it } from 'vitest';
import { outputLength } from '../../../../shared/layers';
import { analysePredictions } from '../../../views/results/predictions';
import { conceptQuestions, predictionImages, quizRoundId, quizRounds, type Answer } from './model';

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

  it('mixes the concept questions with a network round after each of the first three', () => {
    const rounds = quizRounds(questions, [40, 7, 12]);
    expect(rounds.map(quizRoundId)).toEqual(['question:conv-output', 'image:40', 'question:pool-output', 'image:7', 'question:conv-params', 'image:12', 'question:dense-params']);
    expect(quizRounds(questions, []).map((r) => r.kind)).toEqual(['question', 'question', 'question', 'question']);
  });
});

/** Image i: label `labels[i]`, top class `top[i]` at `confidence[i]`, the second class 1 − that. */
function predictionsOf(rows: { label: number; predicted: number; confidence: number; second: number }[]) {
  const probs = new Float32Array(rows.length * 10);
  rows.forEach((row, i) => {
    probs[i * 10 + row.predicted] = row.confidence;
    probs[i * 10 + row.second] = 1 - row.confidence;
  });
  return analysePredictions(probs, Uint8Array.from(rows.map((r) => r.label)));
}

describe('the images of the network rounds', () => {
  const predictions = predictionsOf([
    { label: 0, predicted: 0, confidence: 0.99, second: 1 }, // easy call
    { label: 1, predicted: 2, confidence: 0.9, second: 1 }, // confident mistake
    { label: 3, predicted: 3, confidence: 0.52, second: 4 }, // coin flip
    { label: 5, predicted: 5, confidence: 0.97, second: 6 }, // easy call
  ]);

  it('are a confident mistake, a coin flip and an easy call, distinct, the same for the same seed', () => {
    const images = predictionImages(predictions);
    expect(images[0]).toBe(1);
    expect(images[1]).toBe(2);
    expect([0, 3]).toContain(images[2]);
    expect(new Set(images).size).toBe(3);
    expect(predictionImages(predictions)).toEqual(images);
  });
});
