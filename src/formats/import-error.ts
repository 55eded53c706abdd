// A rejected model file says what is wrong with it: code + params for translation (namespace
// `importErrors`), an English message for logs and tests, and the SpecError behind an invalid model.
import { CodedError } from '../shared/coded-error';

export type ImportErrorCode =
  | 'import.malformed' // { detail }: not JSON, not an object
  | 'import.notLayersModel' // { format }: no Keras topology (e.g. a graph model)
  | 'import.notSequential' // { className }
  | 'import.tooManyLayers' // { count, cap }
  | 'import.badInputShape' // { shape }
  | 'import.unsupportedLayer' // { className, index }
  | 'import.unsupportedOption' // { layer, option, value }
  | 'import.badLayerConfig' // { layer, option, value }
  | 'import.badManifest' // { detail }
  | 'import.badWeightData' // { detail }
  | 'import.missingWeight' // { name }
  | 'import.unexpectedWeight' // { name }
  | 'import.weightShape' // { name, shape, expected }
  | 'import.weightDtype' // { name, dtype }
  | 'import.weightDataSize' // { bytes, expected }
  | 'import.nonFiniteWeight' // { name, index, value }
  | 'import.invalidSpec'; // { reason } + specError

export const IMPORT_ERROR_CODES = {
  'import.malformed': true, 'import.notLayersModel': true, 'import.notSequential': true, 'import.tooManyLayers': true,
  'import.badInputShape': true, 'import.unsupportedLayer': true, 'import.unsupportedOption': true, 'import.badLayerConfig': true,
  'import.badManifest': true, 'import.badWeightData': true, 'import.missingWeight': true, 'import.unexpectedWeight': true,
  'import.weightShape': true, 'import.weightDtype': true, 'import.weightDataSize': true, 'import.nonFiniteWeight': true,
  'import.invalidSpec': true,
} as const satisfies Record<ImportErrorCode, true>;

/** specError: for 'import.invalidSpec', the rule the imported model breaks. */
export class ImportError extends CodedError<ImportErrorCode> {
  override readonly name = 'ImportError';
}
