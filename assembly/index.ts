// The kernel module's public surface: re-exports only (the contract is src/engine/kernels.ts).
// Every kernel takes byte offsets into the imported memory; the TypeScript engine owns the arena
// layout (src/engine/arena.ts). No kernel allocates or keeps mutable static state, so one module
// can run on a shared memory in several workers at once.
export { saxpy } from './ops/probe';
export { peakMadd } from './ops/peak';
export { bytesToFloats, zeroFloats } from './ops/util';
export { conv2dForward, conv2dBackwardInput, conv2dBackwardFilter } from './ops/conv2d';
export { conv2dForwardWinograd, conv2dBackwardInputWinograd, winogradEligible, winogradScratchFloats, winogradBackwardScratchFloats, winogradFilterEligible, conv2dBackwardFilterWinograd } from './ops/conv2d';
export { biasBackward } from './ops/bias';
export { reluBackward } from './ops/relu';
export { maxPool2dForward, maxPool2dBackward } from './ops/maxpool2d';
export { channelMaxForward, channelMaxBackward } from './ops/channelmax';
export { avgPool2dForward, avgPool2dBackward } from './ops/avgpool2d';
export { dropoutForward, dropoutBackward, dropoutInference } from './ops/dropout';
export { denseForward, denseBackwardInput, denseBackwardWeights } from './ops/dense';
export { softmaxForward, softmaxCrossEntropy } from './ops/softmax';
export { adamStep } from './optim/adam';
export { sgdStep } from './optim/sgd';

/** First free byte after static data: where the engine's arena may start. */
export function heapBase(): usize {
  return __heap_base;
}
