// Floating-point work per image of a ModelSpec: the one count the benchmark and the sandbox share
// lives in src/shared/cost.ts (2 FLOPs per multiply-add of conv and dense layers; training =
// forward + backward-input, except the first layer, + backward-weights).
export { flopsPerImage, type FlopCount } from '../shared/cost';
