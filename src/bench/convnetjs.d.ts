// The slice of ConvNetJS 0.3.0 (npm, CommonJS, untyped) the benchmark uses.
declare module 'convnetjs' {
  export class Vol {
    constructor(sx: number, sy: number, depth: number, fill?: number);
    /** Values in (y, x, depth) row-major order: index ((sx·y) + x)·depth + d. */
    w: Float64Array;
  }
  export interface ParamsAndGrads {
    params: Float64Array;
    grads: Float64Array;
  }
  export class Net {
    makeLayers(defs: object[]): void;
    forward(x: Vol, isTraining?: boolean): Vol;
    /** Back-propagates from the softmax layer for class `label`; returns the loss. */
    backward(label: number): number;
    getParamsAndGrads(): ParamsAndGrads[];
  }
  const convnetjs: { Vol: typeof Vol; Net: typeof Net; REVISION: string };
  export default convnetjs;
}
