// The ten Fashion-MNIST classes in label order (label 0 = T-shirt/top … 9 = Ankle boot).
// The ids are message keys of the `classes` namespace in src/ui/i18n/messages.ts.
// Their count is the model's output size, defined once in src/shared/spec.ts.
import { CLASS_COUNT } from '../shared/spec';

export { CLASS_COUNT };

export const CLASS_IDS = [
  'tshirtTop',
  'trouser',
  'pullover',
  'dress',
  'coat',
  'sandal',
  'shirt',
  'sneaker',
  'bag',
  'ankleBoot',
] as const;

export type ClassId = (typeof CLASS_IDS)[number];

/** A compile error when the list and CLASS_COUNT disagree. */
const classCountMatches: (typeof CLASS_IDS)['length'] extends typeof CLASS_COUNT ? true : never = true;
void classCountMatches;
