import { describe, expect, it } from 'vitest';
import { checkSpec } from '../../../shared/plan';
import { preset } from '../../../shared/presets';
import { addLayer, draftFromSpec, emptyDraft, indexOfKey, moveLayer, removeLayer, renameDraft, specOfDraft, updateLayer, type Draft } from './draft';
import { fieldsOf, type NumberField } from './layer-fields';

const kinds = (draft: Draft) => draft.layers.map((l) => l.spec.kind);

describe('the editor draft', () => {
  it('builds conv → maxPool → flatten → dense(10, softmax) from empty, and that is a valid spec', () => {
    let draft = emptyDraft();
    for (const kind of ['conv2d', 'maxPool2d', 'flatten', 'dense'] as const) draft = addLayer(draft, kind);
    const strideH = fieldsOf('conv2d').find((f) => f.id === 'strideH') as NumberField;
    draft = updateLayer(draft, 0, strideH.write(draft.layers[0].spec, 2));
    const result = specOfDraft(draft);
    expect(result).toEqual({
      name: 'my-network',
      input: [28, 28, 1],
      layers: [
        { kind: 'conv2d', filters: 8, kernelSize: [3, 3], strides: [2, 1], padding: 'valid', activation: 'relu' },
        { kind: 'maxPool2d', poolSize: [2, 2] },
        { kind: 'flatten' },
        { kind: 'dense', units: 10, activation: 'softmax' },
      ],
    });
    expect(checkSpec(result)).toBeNull();
  });

  it('adds a Dense at the end as the classifier and elsewhere as a hidden layer; keys are new and stable', () => {
    let draft = addLayer(addLayer(emptyDraft(), 'flatten'), 'dense');
    draft = addLayer(draft, 'dense', 1);
    expect(draft.layers.map((l) => l.spec)).toEqual([
      { kind: 'flatten' },
      { kind: 'dense', units: 32, activation: 'relu' },
      { kind: 'dense', units: 10, activation: 'softmax' },
    ]);
    expect(draft.layers.map((l) => l.key)).toEqual([1, 3, 2]);
    expect(addLayer(draft, 'dropout', -5).layers[0].spec).toEqual({ kind: 'dropout', rate: 0.25 });
    expect(addLayer(draft, 'dropout', 99).layers.at(-1)!.spec.kind).toBe('dropout');
  });

  it('removes, moves (stopping at the ends) and keeps each layer’s key through a move', () => {
    const draft = draftFromSpec(preset('compare-conv-pool')!);
    expect(kinds(draft)).toEqual(['conv2d', 'maxPool2d', 'flatten', 'dense']);
    const moved = moveLayer(draft, 1, -1);
    expect(kinds(moved)).toEqual(['maxPool2d', 'conv2d', 'flatten', 'dense']);
    expect(indexOfKey(moved, 2)).toBe(0);
    expect(moveLayer(draft, 0, -1)).toBe(draft);
    expect(kinds(moveLayer(draft, 0, 10))).toEqual(['maxPool2d', 'flatten', 'dense', 'conv2d']);
    expect(kinds(removeLayer(draft, 2))).toEqual(['conv2d', 'maxPool2d', 'dense']);
    expect(removeLayer(draft, 7)).toBe(draft);
    expect(moveLayer(draft, NaN, 1)).toBe(draft);
  });

  it('copies: editing the draft never changes the preset it came from, and round-trips it', () => {
    const spec = preset('seed-notebook')!;
    const draft = draftFromSpec(spec);
    expect(specOfDraft(draft)).toEqual(spec);
    const edited = updateLayer(draft, 0, { ...draft.layers[0].spec, filters: 3 } as never);
    expect(spec.layers[0]).toMatchObject({ filters: 10 });
    expect(specOfDraft(edited).layers[0]).toMatchObject({ filters: 3 });
    expect(specOfDraft(renameDraft(draft, 'x')).name).toBe('x');
  });
});
