// A rejected spec names the layer and the rule. `code` + `params` let the UI translate it;
// `message` is the English text for logs, the CLI and tests.

export type SpecErrorCode =
  | 'spec.shape'
  | 'spec.inputShape'
  | 'spec.noLayers'
  | 'spec.badName'
  | 'layer.unknownKind'
  | 'layer.notPositiveInteger'
  | 'layer.badOption'
  | 'layer.rateOutOfRange'
  | 'layer.duplicateName'
  | 'layer.badName'
  | 'layer.needsImageInput'
  | 'layer.needsFlatInput'
  | 'layer.windowLargerThanInput'
  | 'layer.emptyOutput'
  | 'layer.softmaxNotLast'
  | 'model.lastMustBeSoftmax'
  | 'model.tooManyParams'
  | 'model.tooManyActivations'
  // the sandbox's own limits (sandbox-rules.ts)
  | 'sandbox.inputShape'
  | 'sandbox.tooManyLayers'
  | 'sandbox.kernelTooLarge'
  | 'sandbox.strideOutOfRange'
  | 'sandbox.tooManyParams'
  | 'sandbox.tooMuchMemory';

/** Every code, for tests and message tables (a code missing here or there is a compile error). */
export const SPEC_ERROR_CODES = {
  'spec.shape': true,
  'spec.inputShape': true,
  'spec.noLayers': true,
  'spec.badName': true,
  'layer.unknownKind': true,
  'layer.notPositiveInteger': true,
  'layer.badOption': true,
  'layer.rateOutOfRange': true,
  'layer.duplicateName': true,
  'layer.badName': true,
  'layer.needsImageInput': true,
  'layer.needsFlatInput': true,
  'layer.windowLargerThanInput': true,
  'layer.emptyOutput': true,
  'layer.softmaxNotLast': true,
  'model.lastMustBeSoftmax': true,
  'model.tooManyParams': true,
  'model.tooManyActivations': true,
  'sandbox.inputShape': true,
  'sandbox.tooManyLayers': true,
  'sandbox.kernelTooLarge': true,
  'sandbox.strideOutOfRange': true,
  'sandbox.tooManyParams': true,
  'sandbox.tooMuchMemory': true,
} as const satisfies Record<SpecErrorCode, true>;

export type SpecErrorParams = Record<string, string | number>;

export class SpecError extends Error {
  constructor(
    readonly code: SpecErrorCode,
    readonly params: SpecErrorParams,
    /** 0-based layer index, or -1 for the model as a whole. */
    readonly layerIndex: number,
    message: string,
  ) {
    super(message);
    this.name = 'SpecError';
  }
}
