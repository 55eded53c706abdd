// "Copy as Keras code": the Python (tensorflow.keras, TF 2.x) that builds, compiles and trains the
// same model with the same settings, so a learner can continue in Keras. The channel max is the
// tutorial's Lambda with tf.reduce_max(axis=3, keepdims=True); FilterFit's defaults are written
// out (Keras has the same ones) so every layer reads completely.
import { byLayerKind, planModel, type LayerKindMap } from './plan';
import type { SandboxSettings } from './sandbox-settings';
import type { ModelSpec, Pair } from './spec';
import { VALIDATION_SPLIT } from './training-types';

/** A Python string literal (JSON's escapes are valid Python). */
const str = (text: string) => JSON.stringify(text);
const tuple = ([a, b]: Pair) => `(${a}, ${b})`;
/** Python's repr of a float: always with a decimal point or exponent. */
const float = (x: number) => (Number.isInteger(x) ? `${x}.0` : String(x));
const named = (name: string | undefined) => (name ? `, name=${str(name)}` : '');

/** One Keras layer constructor call per kind. */
const KERAS_CALLS: LayerKindMap<string> = {
  conv2d: ({ spec: s }) =>
    `layers.Conv2D(${s.filters}, ${tuple(s.kernelSize)}, strides=${tuple(s.strides ?? [1, 1])}, padding=${str(s.padding ?? 'valid')}, ` +
    `activation=${str(s.activation ?? 'linear')}${s.useBias === false ? ', use_bias=False' : ''}${named(s.name)})`,
  maxPool2d: ({ spec: s }) => `layers.MaxPooling2D(pool_size=${tuple(s.poolSize)}, strides=${tuple(s.strides ?? s.poolSize)}, padding="valid"${named(s.name)})`,
  avgPool2d: ({ spec: s }) =>
    `layers.AveragePooling2D(pool_size=${tuple(s.poolSize)}, strides=${tuple(s.strides ?? s.poolSize)}, padding=${str(s.padding ?? 'valid')}${named(s.name)})`,
  channelMaxPool: ({ spec: s }) => `layers.Lambda(lambda x: tf.reduce_max(x, axis=3, keepdims=True)${named(s.name)})`,
  dropout: ({ spec: s }) => `layers.Dropout(${float(s.rate)}${named(s.name)})`,
  flatten: ({ spec: s }) => `layers.Flatten(${s.name ? `name=${str(s.name)}` : ''})`,
  dense: ({ spec: s }) => `layers.Dense(${s.units}, activation=${str(s.activation ?? 'linear')}${s.useBias === false ? ', use_bias=False' : ''}${named(s.name)})`,
};

/** The Python program for `spec` trained with `settings`. Throws SpecError for an invalid spec. */
export function kerasCode(spec: ModelSpec, settings: SandboxSettings): string {
  const plan = planModel(spec);
  const [h, w, c] = spec.input;
  const optimizer = settings.optimizer === 'adam'
    ? `keras.optimizers.Adam(learning_rate=${float(settings.learningRate)})`
    : `keras.optimizers.SGD(learning_rate=${float(settings.learningRate)})`;
  const subset = settings.trainLimit === null
    ? []
    : [`# FilterFit trained on the first ${settings.trainLimit} training images (the last 10 % of them validate)`, `x_train, y_train = x_train[:${settings.trainLimit}], y_train[:${settings.trainLimit}]`];
  return [
    `# FilterFit model ${str(spec.name)}: ${plan.totalParams} parameters. Builds, compiles and trains it in Keras (TensorFlow 2).`,
    'import tensorflow as tf',
    'from tensorflow import keras',
    'from tensorflow.keras import layers',
    '',
    '(x_train, y_train), (x_test, y_test) = keras.datasets.fashion_mnist.load_data()',
    `x_train = (x_train / 255.0).reshape(-1, ${h}, ${w}, ${c})`,
    `x_test = (x_test / 255.0).reshape(-1, ${h}, ${w}, ${c})`,
    ...subset,
    '',
    `tf.keras.utils.set_random_seed(${settings.seed})`,
    '',
    'model = keras.Sequential([',
    `    keras.Input(shape=(${h}, ${w}, ${c})),`,
    ...plan.layers.map((layer) => `    ${byLayerKind(KERAS_CALLS, layer)},`),
    `], name=${str(spec.name)})`,
    '',
    `model.compile(optimizer=${optimizer}, loss="sparse_categorical_crossentropy", metrics=["accuracy"])`,
    'model.summary()',
    `history = model.fit(x_train, y_train, epochs=${settings.epochs}, batch_size=${settings.batchSize}, shuffle=True, validation_split=${VALIDATION_SPLIT})`,
    'test_loss, test_accuracy = model.evaluate(x_test, y_test)',
    'print("Test accuracy:", test_accuracy)',
    '',
  ].join('\n');
}
