// The layer editor's pure model: a draft network as the learner edits it, and the edits as
// functions draft → draft (add, remove, move, change one layer's options). A draft turns into a
// ModelSpec at any time, valid or not: whatever was typed (NaN, 0, 10⁹) stays in the spec, and the
// spec's validation (analysis.ts) says which rule it breaks and where. Every layer carries a key
// that survives moves, so the view keeps its inputs (and their focus) when layers are reordered.
import { SANDBOX_LIMITS } from '../../../shared/sandbox-rules';
import type { LayerKind, LayerSpec, ModelSpec } from '../../../shared/spec';

export interface DraftLayer {
  /** Stable while the layer exists (DOM ids, focus). */
  readonly key: number;
  readonly spec: LayerSpec;
}

export interface Draft {
  readonly name: string;
  readonly layers: readonly DraftLayer[];
  /** The next layer's key. */
  readonly nextKey: number;
}

/** The order the "add a layer" menu lists kinds in (image layers, then flat ones). */
export const LAYER_KINDS: readonly LayerKind[] = ['conv2d', 'maxPool2d', 'avgPool2d', 'channelMaxPool', 'dropout', 'flatten', 'dense'];

/** A new layer of each kind, as Keras' usual first choice; a Dense at the end is the classifier. */
const NEW_LAYER: { [K in LayerKind]: (atEnd: boolean) => Extract<LayerSpec, { kind: K }> } = {
  conv2d: () => ({ kind: 'conv2d', filters: 8, kernelSize: [3, 3], strides: [1, 1], padding: 'valid', activation: 'relu' }),
  maxPool2d: () => ({ kind: 'maxPool2d', poolSize: [2, 2] }),
  avgPool2d: () => ({ kind: 'avgPool2d', poolSize: [2, 2], padding: 'valid' }),
  channelMaxPool: () => ({ kind: 'channelMaxPool' }),
  dropout: () => ({ kind: 'dropout', rate: 0.25 }),
  flatten: () => ({ kind: 'flatten' }),
  dense: (atEnd) => (atEnd ? { kind: 'dense', units: 10, activation: 'softmax' } : { kind: 'dense', units: 32, activation: 'relu' }),
};

export function newLayer(kind: LayerKind, atEnd: boolean): LayerSpec {
  return (NEW_LAYER[kind] as (atEnd: boolean) => LayerSpec)(atEnd);
}

export const EMPTY_NAME = 'my-network';

export function emptyDraft(name = EMPTY_NAME): Draft {
  return { name, layers: [], nextKey: 1 };
}

/** A draft of `spec` (a deep copy: editing it never touches the spec). */
export function draftFromSpec(spec: ModelSpec): Draft {
  const layers = spec.layers.map((layer, i) => ({ key: i + 1, spec: structuredClone(layer) }));
  return { name: spec.name, layers, nextKey: layers.length + 1 };
}

/** The spec the draft stands for, on Fashion-MNIST's 28 × 28 × 1 input. */
export function specOfDraft(draft: Draft): ModelSpec {
  return { name: draft.name, input: [...SANDBOX_LIMITS.input], layers: draft.layers.map((layer) => structuredClone(layer.spec)) };
}

const clampIndex = (index: number, length: number) => Math.min(Math.max(0, Math.trunc(index)), length);

/** Inserts a new `kind` layer before position `at` (default: at the end); its key is draft.nextKey. */
export function addLayer(draft: Draft, kind: LayerKind, at = draft.layers.length): Draft {
  const index = clampIndex(at, draft.layers.length);
  const layer = { key: draft.nextKey, spec: newLayer(kind, index === draft.layers.length) };
  return { ...draft, layers: [...draft.layers.slice(0, index), layer, ...draft.layers.slice(index)], nextKey: draft.nextKey + 1 };
}

export function removeLayer(draft: Draft, index: number): Draft {
  if (!(index >= 0 && index < draft.layers.length)) return draft;
  return { ...draft, layers: draft.layers.filter((_, i) => i !== index) };
}

/** Moves layer `index` by `delta` places (−1 = up), stopping at either end. */
export function moveLayer(draft: Draft, index: number, delta: number): Draft {
  if (!(index >= 0 && index < draft.layers.length)) return draft;
  const target = Math.min(Math.max(0, index + Math.trunc(delta)), draft.layers.length - 1);
  if (target === index) return draft;
  const layers = [...draft.layers];
  const [moved] = layers.splice(index, 1);
  layers.splice(target, 0, moved);
  return { ...draft, layers };
}

/** Replaces layer `index`'s spec (same kind, new options); the key stays. */
export function updateLayer(draft: Draft, index: number, spec: LayerSpec): Draft {
  if (!(index >= 0 && index < draft.layers.length)) return draft;
  return { ...draft, layers: draft.layers.map((layer, i) => (i === index ? { key: layer.key, spec } : layer)) };
}

export function renameDraft(draft: Draft, name: string): Draft {
  return { ...draft, name };
}

/** The index of the layer with `key`, or −1. */
export function indexOfKey(draft: Draft, key: number): number {
  return draft.layers.findIndex((layer) => layer.key === key);
}
