// "Build the first network", the plain logic: the first network's plan (from the shared planner,
// so shapes and counts are Keras'), its plot_model-style boxes, and the learner's prediction check.
import { formatShape } from '../../../../shared/layers';
import { planModel, type ModelPlan } from '../../../../shared/plan';
import { preset } from '../../../../shared/presets';

export const FIRST_NETWORK = 'seed-a';

export function firstNetworkPlan(): ModelPlan {
  return planModel(preset(FIRST_NETWORK)!);
}

export interface DiagramBox {
  name: string;
  kerasClass: string;
  input: string;
  output: string;
  params: number;
}

/** plot_model(show_shapes=True): an InputLayer box, then one box per layer with its shapes. */
export function diagramBoxes(plan: ModelPlan): DiagramBox[] {
  const input = formatShape([...plan.spec.input]);
  return [
    { name: 'input_1', kerasClass: 'InputLayer', input, output: input, params: 0 },
    ...plan.layers.map((layer) => ({
      name: layer.name,
      kerasClass: layer.kerasClass,
      input: formatShape(layer.inputShape),
      output: formatShape(layer.outputShape),
      params: layer.paramCount,
    })),
  ];
}

export interface FirstNetworkGuess {
  height: number | null;
  width: number | null;
  channels: number | null;
  params: number | null;
}

export interface FirstNetworkCheck {
  shape: boolean;
  params: boolean;
}

export function checkFirstNetwork(guess: FirstNetworkGuess, plan: ModelPlan): FirstNetworkCheck {
  const [height, width, channels] = plan.layers[0].outputShape;
  return {
    shape: guess.height === height && guess.width === width && guess.channels === channels,
    params: guess.params === plan.totalParams,
  };
}

export const FIRST_NETWORK_POINTS = { shape: 5, params: 5, completion: 10 } as const;
