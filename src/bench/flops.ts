// Floating-point work per image of a ModelSpec: the one count the benchmark and the sandbox share
// lives in src/shared/cost.ts (2 FLOPs per multiply-add of conv and dense layers; training =
// forward + backward-input, except the first layer, + backward-weights; 'done' counts the taps
// FilterFit computes, 'nominal' every tap of 'same' convs, zero padding included).
export { flopsPerImage, tapsInside, type FlopCount, type MacCounting } from '../shared/cost';
