// "Check with the network engine": builds a one-filter network whose layer 0 is the convolution
// shown (convCheckSpec), gives it the kernel and bias shown, and reads the engine's feature map
// for the image — so every cell's arithmetic can be compared with what a real Conv2D computes.
import type { TrainerBridge } from '../../../../worker/bridge';
import { convCheckSpec, type ConvLayout } from '../../../views/kernel-slide/conv-slide';
import type { KernelPreset } from '../../../views/kernel-slide/kernel-presets';

/** The engine's (outH × outW) feature map of `image` (28×28 u8) under `kernel` on `layout`. */
export function engineFeatureMap(trainer: TrainerBridge, layout: ConvLayout, kernel: KernelPreset, image: Uint8Array): Promise<Float32Array> {
  const { weights, bias } = kernel;
  return trainer.call(async (r) => {
    await r.build(convCheckSpec(layout), { seed: 1 });
    await r.setWeights(0, [
      { shape: [layout.kh, layout.kw, 1, 1], values: Float32Array.from(weights) },
      { shape: [1], values: Float32Array.of(bias) },
    ]);
    const [conv] = await r.activations(image);
    return conv.values;
  });
}
