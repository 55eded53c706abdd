// The weights of a tfjs-layers model: its manifest (names, shapes, dtypes, in file order) and its
// bytes, checked and laid out as FilterFit's flat parameter vector (the parameter table's order).
import type { ModelPlan } from '../shared/plan';
import { paramSlices } from '../shared/param-slices';
import { ImportError } from './import-error';

interface ManifestEntry {
  name: string;
  shape: number[];
  /** Byte offset in the concatenated weight data. */
  offset: number;
  count: number;
}

/** Largest single weight tensor read (elements); far above what planModel admits (2 M parameters). */
const MAX_TENSOR = 2 ** 26;

const shapeText = (shape: unknown) => (Array.isArray(shape) ? `(${shape.join(', ')})` : String(shape));

/** Every weight the manifest lists, in file order, with its byte offset; checks dtypes and sizes. */
function readManifest(manifest: unknown): ManifestEntry[] {
  if (!Array.isArray(manifest)) throw new ImportError('import.badManifest', { detail: 'weightsManifest is not a list' });
  const entries: ManifestEntry[] = [];
  let offset = 0;
  for (const group of manifest) {
    const weights = (group as { weights?: unknown } | null)?.weights;
    if (!Array.isArray(weights)) throw new ImportError('import.badManifest', { detail: 'a weights group has no weights list' });
    for (const w of weights as Record<string, unknown>[]) {
      const name = w?.name;
      if (typeof name !== 'string') throw new ImportError('import.badManifest', { detail: 'a weight has no name' });
      if (w.quantization != null) throw new ImportError('import.weightDtype', { name, dtype: 'quantized' });
      if (w.dtype !== 'float32') throw new ImportError('import.weightDtype', { name, dtype: String(w.dtype) });
      const shape = w.shape;
      if (!Array.isArray(shape) || !shape.every((d) => Number.isInteger(d) && d >= 0 && d <= MAX_TENSOR)) {
        throw new ImportError('import.weightShape', { name, shape: shapeText(shape), expected: 'whole numbers' });
      }
      const count = shape.reduce((a: number, b: number) => a * b, 1);
      if (count > MAX_TENSOR) throw new ImportError('import.weightShape', { name, shape: shapeText(shape), expected: `at most ${MAX_TENSOR} values` });
      entries.push({ name, shape, offset, count });
      offset += 4 * count;
    }
  }
  return entries;
}

/**
 * The flat parameter vector of `plan` from a manifest and its weight data. Weight `<layer>/kernel`
 * and `<layer>/bias` of every layer with weights must be there once, with the Keras shape, and
 * hold finite numbers; nothing else may be.
 */
export function readWeights(plan: ModelPlan, manifest: unknown, weightData: unknown): Float32Array {
  if (!(weightData instanceof ArrayBuffer)) throw new ImportError('import.badWeightData', { detail: 'the weights file was not read as bytes' });
  const entries = readManifest(manifest);
  const expectedBytes = entries.reduce((sum, e) => sum + 4 * e.count, 0);
  if (weightData.byteLength !== expectedBytes) {
    throw new ImportError('import.weightDataSize', { bytes: weightData.byteLength, expected: expectedBytes });
  }
  const byName = new Map<string, ManifestEntry>();
  for (const entry of entries) {
    if (byName.has(entry.name)) throw new ImportError('import.unexpectedWeight', { name: entry.name });
    byName.set(entry.name, entry);
  }
  const weights = new Float32Array(plan.totalParams);
  for (const slice of paramSlices(plan)) {
    const name = `${plan.layers[slice.layer].name}/${slice.role}`;
    const entry = byName.get(name);
    if (!entry) throw new ImportError('import.missingWeight', { name });
    byName.delete(name);
    if (entry.shape.length !== slice.shape.length || entry.shape.some((d, i) => d !== slice.shape[i])) {
      throw new ImportError('import.weightShape', { name, shape: shapeText(entry.shape), expected: shapeText(slice.shape) });
    }
    const values = new Float32Array(weightData, entry.offset, entry.count); // offsets are multiples of 4
    for (let i = 0; i < values.length; i++) {
      if (!Number.isFinite(values[i])) throw new ImportError('import.nonFiniteWeight', { name, index: i, value: String(values[i]) });
    }
    weights.set(values, slice.offset);
  }
  const extra = byName.keys().next();
  if (!extra.done) throw new ImportError('import.unexpectedWeight', { name: extra.value });
  return weights;
}
