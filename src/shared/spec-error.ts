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
  | 'model.tooManyActivations';

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
