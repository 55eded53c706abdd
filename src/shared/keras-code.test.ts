// "Copy as Keras code": every layer with its arguments, the optimiser, loss, metrics, data
// preparation and fit settings; the output is valid Python (py_compile; TensorFlow is not needed).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { kerasCode } from './keras-code';
import { preset } from './presets';
import { DEFAULT_SANDBOX_SETTINGS, type SandboxSettings } from './sandbox-settings';
import type { ModelSpec } from './spec';
import { validSandboxSpec, validSettings } from './test-specs';

const settings: SandboxSettings = { ...DEFAULT_SANDBOX_SETTINGS, epochs: 7, batchSize: 64, learningRate: 0.002, seed: 5, trainLimit: 12_000 };

const sandbox: ModelSpec = {
  name: 'my "best" net',
  input: [28, 28, 1],
  layers: [
    { kind: 'conv2d', filters: 8, kernelSize: [5, 3], strides: [2, 1], padding: 'same', activation: 'relu', useBias: false },
    { kind: 'avgPool2d', poolSize: [2, 2], padding: 'same' },
    { kind: 'maxPool2d', poolSize: [2, 2], strides: [1, 1] },
    { kind: 'dropout', rate: 0.25, name: 'drop' },
    { kind: 'flatten' },
    { kind: 'dense', units: 32, activation: 'relu' },
    { kind: 'dense', units: 10, activation: 'softmax', name: 'probabilities' },
  ],
};

const hasPython = spawnSync('python3', ['--version']).status === 0;

function pyCompile(sources: string[]): void {
  const dir = mkdtempSync(join(tmpdir(), 'filterfit-keras-'));
  try {
    const files = sources.map((source, i) => {
      const file = join(dir, `model_${i}.py`);
      writeFileSync(file, source);
      return file;
    });
    const result = spawnSync('python3', ['-m', 'py_compile', ...files], { encoding: 'utf8' });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('kerasCode', () => {
  it('writes the notebook model as the tutorial does: named layers and the reduce_max Lambda', () => {
    const code = kerasCode(preset('seed-notebook')!, DEFAULT_SANDBOX_SETTINGS);
    expect(code).toContain('layers.Conv2D(10, (3, 3), strides=(1, 1), padding="same", activation="relu", name="L0-Conv2D")');
    expect(code).toContain('layers.Conv2D(20, (3, 3), strides=(1, 1), padding="same", activation="relu", name="L1-Conv2D")');
    expect(code).toContain('layers.Lambda(lambda x: tf.reduce_max(x, axis=3, keepdims=True), name="L2-DepthMaxPool")');
    expect(code).toContain('layers.Flatten(name="L3-Flatten")');
    expect(code).toContain('layers.Dense(10, activation="softmax", name="Logistic")');
    expect(code).toContain('keras.Input(shape=(28, 28, 1))');
    expect(code).toContain('model.compile(optimizer=keras.optimizers.Adam(learning_rate=0.001), loss="sparse_categorical_crossentropy", metrics=["accuracy"])');
    expect(code).toContain('x_train = (x_train / 255.0).reshape(-1, 28, 28, 1)');
    expect(code).toContain('keras.datasets.fashion_mnist.load_data()');
    expect(code).toContain('model.fit(x_train, y_train, epochs=5, batch_size=128, shuffle=True, validation_split=0.1)');
    expect(code).toContain('x_train, y_train = x_train[:6000], y_train[:6000]');
    expect(code).toContain('9770 parameters');
  });

  it('writes every kind with its options, SGD, the subset and the seed', () => {
    const code = kerasCode(sandbox, { ...settings, optimizer: 'sgd', trainLimit: null });
    const layerLines = code.split('\n').filter((line) => line.startsWith('    layers.'));
    expect(layerLines).toEqual([
      '    layers.Conv2D(8, (5, 3), strides=(2, 1), padding="same", activation="relu", use_bias=False),',
      '    layers.AveragePooling2D(pool_size=(2, 2), strides=(2, 2), padding="same"),',
      '    layers.MaxPooling2D(pool_size=(2, 2), strides=(1, 1), padding="valid"),',
      '    layers.Dropout(0.25, name="drop"),',
      '    layers.Flatten(),',
      '    layers.Dense(32, activation="relu"),',
      '    layers.Dense(10, activation="softmax", name="probabilities"),',
    ]);
    expect(code).toContain('keras.optimizers.SGD(learning_rate=0.002)');
    expect(code).toContain('epochs=7, batch_size=64');
    expect(code).toContain('tf.keras.utils.set_random_seed(5)');
    expect(code).toContain('], name="my \\"best\\" net")');
    expect(code).not.toContain('x_train[:');
  });

  it.runIf(hasPython)('is valid Python for presets, every kind and random valid specs (python3 -m py_compile)', () => {
    const random = fc.sample(fc.tuple(validSandboxSpec, validSettings), { seed: 9, numRuns: 40 }).map(([spec, s]) => kerasCode(spec, s));
    pyCompile([kerasCode(preset('seed-notebook')!, settings), kerasCode(sandbox, settings), kerasCode({ ...sandbox, name: 'ünïcode \\ \n name' }, settings), ...random]);
  });
});
