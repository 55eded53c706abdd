// Plain logic of steps 1, 3, 4 and 11: the numbers the learner is checked against come from the
// shared planner and must be the tutorial's (7,840 vs 15; 28×26×5 and 36,430; 1,820; 7,850).
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { outputLength } from '../../../shared/layers';
import { classCounts, classRowsLayout, CLASSES_TO_NAME, firstOfEachClass, namingScore, pickImagesToName } from './step-01-data-model';
import { checkCounts, positionAtTime, weightCounts, windowAt } from './step-03-dense-vs-conv-model';
import { parseWholeNumber } from '../parse-number';
import { checkFirstNetwork, diagramBoxes, firstNetworkPlan } from './step-04-first-network-model';
import { argmax, conceptQuestions, pickPredictionImage, type Answer } from './step-11-quiz-questions';

describe('step 1: meet the data', () => {
  const labels = Uint8Array.from([9, 0, 0, 3, 2, 7, 2, 5, 5, 0, 9, 1, 6, 4, 8, 9]);

  it('takes the first images of each class, in data order', () => {
    const rows = firstOfEachClass(labels, 2);
    expect(rows[0]).toEqual([1, 2]);
    expect(rows[9]).toEqual([0, 10]);
    expect(rows[1]).toEqual([11]);
    expect(classCounts(labels)).toEqual([3, 1, 2, 1, 1, 2, 1, 1, 1, 3]);
  });

  it('picks the images to name in the order they appear, one per wanted class', () => {
    expect(pickImagesToName(labels, CLASSES_TO_NAME)).toEqual([0, 7, 11, 12, 14]);
    expect(namingScore([9, 5, 0, null, 8], [9, 5, 1, 6, 8])).toBe(3);
  });

  it('lays out ten rows that fit the width, with 2× tiles from 768 px', () => {
    for (const width of [320, 500, 736, 900, 1200]) {
      const layout = classRowsLayout(width, 10);
      expect(layout.labelWidth + layout.columns * (layout.tile + layout.gap) - layout.gap).toBeLessThanOrEqual(width);
      expect(layout.height).toBe(10 * layout.rowHeight - layout.gap);
    }
    expect(classRowsLayout(736, 10).tile).toBe(56);
    expect(classRowsLayout(736, 10).columns).toBeGreaterThanOrEqual(8);
  });
});

describe('step 3: why not dense?', () => {
  it('counts Keras weights: 784 × 10 = 7,840 dense vs 5 × 1 × 3 = 15 shared', () => {
    const counts = weightCounts();
    expect(counts).toMatchObject({ inputs: 784, units: 10, denseWeights: 7840, denseBiases: 10, filters: 5, kernel: [1, 3], convWeights: 15, convBiases: 5, convOutput: [28, 26, 5] });
    expect(checkCounts(7840, 15, counts)).toEqual({ dense: true, conv: true });
    expect(checkCounts(7850, 20, counts)).toEqual({ dense: false, conv: false });
  });

  it('the window visits every output position once per loop, as a pure function of time', () => {
    const positions = 28 * 26;
    const seen = new Set<string>();
    for (let i = 0; i < positions; i++) {
      const { row, col } = windowAt(i, 26);
      expect(row).toBeLessThan(28);
      expect(col + 3).toBeLessThanOrEqual(28);
      seen.add(`${row},${col}`);
    }
    expect(seen.size).toBe(positions);
    expect(positionAtTime(0, positions)).toBe(0);
    expect(positionAtTime(1000, positions)).toBe(26); // one row per second
    expect(positionAtTime(28_000, positions)).toBe(0); // loops after the last row
    fc.assert(fc.property(fc.double({ min: 0, max: 1e7, noNaN: true }), (ms) => {
      const p = positionAtTime(ms, positions);
      return Number.isInteger(p) && p >= 0 && p < positions && p === positionAtTime(ms, positions);
    }));
  });
});

describe('step 4: the first network', () => {
  const plan = firstNetworkPlan();

  it('is the tutorial’s: 28×26×5 after the conv, 20 + 36,410 = 36,430 parameters', () => {
    expect(plan.layers.map((l) => l.outputShape)).toEqual([[28, 26, 5], [3640], [10]]);
    expect(plan.layers.map((l) => l.paramCount)).toEqual([20, 0, 36_410]);
    expect(plan.totalParams).toBe(36_430);
    expect(checkFirstNetwork({ height: 28, width: 26, channels: 5, params: 36_430 }, plan)).toEqual({ shape: true, params: true });
    expect(checkFirstNetwork({ height: 26, width: 28, channels: 5, params: 36_410 }, plan)).toEqual({ shape: false, params: false });
  });

  it('draws plot_model boxes with input and output shapes', () => {
    expect(diagramBoxes(plan)).toEqual([
      { name: 'input_1', kerasClass: 'InputLayer', input: '(None, 28, 28, 1)', output: '(None, 28, 28, 1)', params: 0 },
      { name: 'conv2d', kerasClass: 'Conv2D', input: '(None, 28, 28, 1)', output: '(None, 28, 26, 5)', params: 20 },
      { name: 'flatten', kerasClass: 'Flatten', input: '(None, 28, 26, 5)', output: '(None, 3640)', params: 0 },
      { name: 'dense', kerasClass: 'Dense', input: '(None, 3640)', output: '(None, 10)', params: 36_410 },
    ]);
  });

  it('reads the numbers learners type', () => {
    expect(parseWholeNumber('36430')).toBe(36_430);
    expect(parseWholeNumber(' 36,430 ')).toBe(36_430);
    expect(parseWholeNumber('36 430')).toBe(36_430);
    expect(parseWholeNumber('３６，４３０')).toBe(36_430);
    expect(parseWholeNumber('')).toBeNull();
    expect(parseWholeNumber('2.5')).toBeNull();
    expect(parseWholeNumber('-3')).toBeNull();
    expect(parseWholeNumber('abc')).toBeNull();
  });
});

describe('step 11: the quiz', () => {
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
