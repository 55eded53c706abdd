// The wrap-up quiz's concept questions, built from the shared planner so every answer (and every
// wrong option: the result of a typical slip, also planned) is right by construction; the pick of
// the images for "which class will your network predict?" rounds, and the order the wrap-up's game rounds take. Pure (tested in Node).
import { planModel, type LayerPlan } from '../../../../shared/plan';
import { preset } from '../../../../shared/presets';
import type { LayerSpec, ModelSpec } from '../../../../shared/spec';
import { mulberry32 } from '../../../../engine/random';
import { selectImages } from '../../../play/game/round-selection';
import type { Prediction } from '../../../views/results/predictions';

export type Answer = { kind: 'shape'; value: number[] } | { kind: 'count'; value: number };

export interface ConceptQuestion {
  id: 'conv-output' | 'pool-output' | 'conv-params' | 'dense-params';
  /** Numbers the question and its explanation show. */
  params: Record<string, number>;
  options: Answer[];
  /** Index of the right option. */
  answer: number;
}

const INPUT: ModelSpec['input'] = [28, 28, 1];
const softmax: LayerSpec[] = [{ kind: 'flatten' }, { kind: 'dense', units: 10, activation: 'softmax' }];

/** Layer `index` of a network made of `layers` then Flatten → Dense(10, softmax). */
function layerOf(layers: LayerSpec[], index: number, input: ModelSpec['input'] = INPUT): LayerPlan {
  return planModel({ name: 'quiz', input, layers: [...layers, ...softmax] }).layers[index];
}

const conv = (filters: number, k: number, stride: number, padding: 'valid' | 'same'): LayerSpec => ({
  kind: 'conv2d', filters, kernelSize: [k, k], strides: [stride, stride], padding, activation: 'relu',
});
const pool: LayerSpec = { kind: 'maxPool2d', poolSize: [2, 2] };

/** Puts the right answer at `at` among the wrong ones (positions fixed per question, not always first). */
function arrange(right: Answer, wrong: Answer[], at: number): { options: Answer[]; answer: number } {
  const options = [...wrong];
  options.splice(at, 0, right);
  return { options, answer: at };
}

const shape = (value: number[]): Answer => ({ kind: 'shape', value });
const count = (value: number): Answer => ({ kind: 'count', value });

export function conceptQuestions(): ConceptQuestion[] {
  // 1. Output size of a strided 'valid' conv: ⌊(n − k) / s⌋ + 1.
  const n = INPUT[0];
  const q1 = { filters: 8, k: 3, s: 2 };
  const right1 = layerOf([conv(q1.filters, q1.k, q1.s, 'valid')], 0).outputShape;
  const slips1 = [
    layerOf([conv(q1.filters, q1.k, q1.s, 'same')], 0).outputShape, // forgot that 'valid' loses the border
    layerOf([conv(q1.filters, q1.k, 1, 'valid')], 0).outputShape, // forgot the stride
    [right1[0], right1[1], 1], // forgot that the depth is the number of filters
  ];

  // 2. 'same' conv then 2×2 max-pool (the comparison's conv→pool network).
  const poolPlan = planModel(preset('compare-conv-pool')!);
  const right2 = poolPlan.layers[1].outputShape;
  const convFilters = poolPlan.layers[0].outputShape[2];
  const poolKernel = poolPlan.layers[0].params.find((p) => p.role === 'kernel')!.shape[0];
  const slips2 = [
    poolPlan.layers[0].outputShape, // forgot the pool
    layerOf([conv(convFilters, poolKernel, 1, 'valid'), pool], 1).outputShape, // took 'same' for 'valid'
    [right2[0], right2[1], convFilters / 2], // halved the depth too
  ];

  // 3. Parameters of the notebook's second conv layer: filters × (kh·kw·in) + filters.
  const notebook = planModel(preset('seed-notebook')!);
  const conv2 = notebook.layers[1];
  const [kh, kw, inChannels, filters] = conv2.params.find((p) => p.role === 'kernel')!.shape;
  const slips3 = [conv2.paramCount - filters, filters * kh * kw + filters, kh * kw * inChannels + 1];

  // 4. The notebook's Dense after the channel max-pool and Flatten: inputs × units + units.
  const dense = notebook.layers[notebook.layers.length - 1];
  const inputs = dense.inputShape[0];
  const units = dense.outputShape[0];
  const slips4 = [inputs * units, inputs * 20 * units + units, inputs + units];

  return [
    { id: 'conv-output', params: { n, ...q1, out: right1[0] }, ...arrange(shape(right1), slips1.map(shape), 2) },
    { id: 'pool-output', params: { n, filters: convFilters, k: poolKernel, out: right2[0] }, ...arrange(shape(right2), slips2.map(shape), 1) },
    {
      id: 'conv-params',
      params: { kh, kw, in: inChannels, filters, n, perFilter: kh * kw * inChannels + 1, total: conv2.paramCount },
      ...arrange(count(conv2.paramCount), slips3.map(count), 3),
    },
    { id: 'dense-params', params: { inputs, units, n, total: dense.paramCount, channels: 20 }, ...arrange(count(dense.paramCount), slips4.map(count), 0) },
  ];
}

export const QUIZ_POINTS = { completion: 10 } as const;

/**
 * The network rounds' images: a confident mistake, a coin flip and an easy call of the learner's
 * network (play mode's level pools, drawn with a fixed seed so the quiz stays the same for the same
 * network), each distinct.
 */
export function predictionImages(predictions: readonly Prediction[], seed = QUIZ_SEED): number[] {
  const random = mulberry32(seed);
  const picked: number[] = [];
  for (const level of [2, 3, 1] as const) {
    const image = selectImages(predictions, level, random, 4).find((i) => !picked.includes(i));
    if (image !== undefined) picked.push(image);
  }
  return picked;
}
export const QUIZ_SEED = 11;

export type QuizRound = { kind: 'question'; question: ConceptQuestion } | { kind: 'network'; image: number };

/** The wrap-up's rounds: the concept questions with a "what will your network predict?" round after each of the first ones. */
export function quizRounds(questions: readonly ConceptQuestion[], images: readonly number[]): QuizRound[] {
  const rounds: QuizRound[] = [];
  questions.forEach((question, i) => {
    rounds.push({ kind: 'question', question });
    if (i < images.length) rounds.push({ kind: 'network', image: images[i] });
  });
  return rounds;
}

export const quizRoundId = (round: QuizRound): string => (round.kind === 'question' ? `question:${round.question.id}` : `image:${round.image}`);
