// The ten Fashion-MNIST classes in label order (label 0 = T-shirt/top … 9 = Ankle boot).
// The ids are message keys of the `classes` namespace in src/ui/i18n/messages.ts.

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

export const CLASS_COUNT = CLASS_IDS.length;
