// A ModelSpec as a ConvNetJS 0.3.0 network. ConvNetJS trains one image at a time in float64 JS
// (its Trainer: forward, backward accumulating gradients, an update every batch_size images);
// volumes are (sx = width, sy = height, depth). Mapping:
//   conv2d        {type:'conv'} with sx = kernel width, sy = kernel height, symmetric `pad`
//                 ('same' only for odd kernels at stride 1: ConvNetJS pads all sides alike)
//   maxPool2d     {type:'pool'} (square windows only)
//   channelMax    {type:'maxout', group_size: channels}: the max over all channels, depth → 1
//   flatten       implicit (fc layers read the whole volume)
//   avgPool2d, dropout: not supported (no average pooling; its dropout is not Keras' inverted one)
//   dense softmax {type:'softmax'} (ConvNetJS adds the fc layer itself)
// ConvNetJS 0.3.0 has no Adam (it came later on GitHub), so the update below is Keras' Adam
// applied to getParamsAndGrads() at the point where its Trainer applies its own methods.
import convnetjs from 'convnetjs';
import { byLayerKind, planModel, type LayerKindMap } from '../shared/plan';
import type { ModelSpec } from '../shared/spec';
import { ADAM_DEFAULTS } from '../shared/training-types';

export interface ConvnetjsModel {
  /** Forward + backward of one image; every `batchSize`-th call also applies Adam. */
  trainImage(pixels: Uint8Array, label: number): number;
  predictImage(pixels: Uint8Array): Float64Array;
}

/** One layer as a ConvNetJS layer definition; null where ConvNetJS needs none (Flatten). */
const CONVNETJS_LAYERS: LayerKindMap<object | null> = {
  conv2d: (layer) => {
    const s = layer.spec;
    const [kh, kw] = s.kernelSize;
    const [sh, sw] = s.strides ?? [1, 1];
    if (sh !== sw) throw new Error(`${layer.name}: ConvNetJS has one stride for both axes`);
    let pad = 0;
    if (s.padding === 'same') {
      if (kh !== kw || kh % 2 === 0 || sh !== 1) throw new Error(`${layer.name}: ConvNetJS pads all sides alike; 'same' needs an odd square kernel at stride 1`);
      pad = (kh - 1) / 2;
    }
    return { type: 'conv', sx: kw, sy: kh, filters: s.filters, stride: sw, pad, activation: s.activation === 'relu' ? 'relu' : undefined };
  },
  maxPool2d: (layer) => {
    const [ph, pw] = layer.spec.poolSize;
    const [sh, sw] = layer.spec.strides ?? layer.spec.poolSize;
    if (ph !== pw || sh !== sw) throw new Error(`${layer.name}: ConvNetJS pools square windows only`);
    return { type: 'pool', sx: pw, stride: sw };
  },
  avgPool2d: (layer) => {
    throw new Error(`${layer.name}: AveragePooling2D is not supported by ConvNetJS (it has max pooling only)`);
  },
  channelMaxPool: (layer) => ({ type: 'maxout', group_size: layer.inputShape[2] }),
  dropout: (layer) => {
    throw new Error(`${layer.name}: Keras Dropout is not supported by ConvNetJS (its dropout layer scales predictions by drop_prob instead of training with 1/(1 − rate))`);
  },
  flatten: () => null,
  dense: ({ spec: s }) =>
    s.activation === 'softmax' ? { type: 'softmax', num_classes: s.units } : { type: 'fc', num_neurons: s.units, activation: s.activation === 'relu' ? 'relu' : undefined },
};

function layerDefinitions(spec: ModelSpec): object[] {
  const [h, w, c] = spec.input;
  const layers = planModel(spec).layers.map((layer) => byLayerKind(CONVNETJS_LAYERS, layer));
  return [{ type: 'input', out_sx: w, out_sy: h, out_depth: c }, ...layers.filter((d): d is object => d !== null)];
}

export function createConvnetjsModel(
  spec: ModelSpec,
  batchSize: number,
  learningRate = ADAM_DEFAULTS.learningRate,
  beta1 = ADAM_DEFAULTS.beta1,
  beta2 = ADAM_DEFAULTS.beta2,
  epsilon = ADAM_DEFAULTS.epsilon,
): ConvnetjsModel {
  const net = new convnetjs.Net();
  net.makeLayers(layerDefinitions(spec));
  const [h, w, c] = spec.input;
  const toVol = (pixels: Uint8Array) => {
    const vol = new convnetjs.Vol(w, h, c, 0);
    for (let i = 0; i < pixels.length; i++) vol.w[i] = pixels[i] / 255;
    return vol;
  };
  const moments = net.getParamsAndGrads().map((pg) => ({ m: new Float64Array(pg.params.length), v: new Float64Array(pg.params.length) }));
  let seen = 0;
  let step = 0;

  function adamStep(): void {
    step++;
    const alpha = (learningRate * Math.sqrt(1 - beta2 ** step)) / (1 - beta1 ** step);
    net.getParamsAndGrads().forEach(({ params, grads }, i) => {
      const { m, v } = moments[i];
      for (let j = 0; j < params.length; j++) {
        const g = grads[j] / batchSize; // ConvNetJS sums gradients over the batch
        m[j] += (g - m[j]) * (1 - beta1);
        v[j] += (g * g - v[j]) * (1 - beta2);
        params[j] -= (alpha * m[j]) / (Math.sqrt(v[j]) + epsilon);
        grads[j] = 0;
      }
    });
  }

  return {
    trainImage(pixels, label) {
      net.forward(toVol(pixels), true);
      const loss = net.backward(label);
      if (++seen % batchSize === 0) adamStep();
      return loss;
    },
    predictImage: (pixels) => net.forward(toVol(pixels), false).w,
  };
}
