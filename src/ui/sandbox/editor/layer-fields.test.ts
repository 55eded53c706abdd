import { describe, expect, it } from 'vitest';
import { checkSandboxSpec } from '../../../shared/sandbox-rules';
import type { LayerSpec, ModelSpec } from '../../../shared/spec';
import { LAYER_KINDS, newLayer } from './draft';
import { fieldsOf, fieldsOfProblem, type NumberField } from './layer-fields';

const withLayer = (layer: LayerSpec): ModelSpec => ({ name: 'm', input: [28, 28, 1], layers: [layer, { kind: 'flatten' }, { kind: 'dense', units: 10, activation: 'softmax' }] });
const conv = newLayer('conv2d', false);
const field = (id: string) => fieldsOf('conv2d').find((f) => f.id === id) as NumberField;

describe('layer fields', () => {
  it('read and write every field of every kind without touching the others', () => {
    for (const kind of LAYER_KINDS) {
      const spec = newLayer(kind, true);
      for (const f of fieldsOf(kind)) {
        const before = JSON.stringify(spec);
        if (f.type === 'number') {
          const written = f.write(spec, 2);
          expect(f.read(written)).toBe(2);
        } else {
          const value = f.options.at(-1)!;
          expect(f.read(f.write(spec, value))).toBe(value);
          expect(f.write(spec, 'nonsense')).toBe(spec);
        }
        expect(JSON.stringify(spec)).toBe(before);
      }
    }
  });

  it('a conv stride written as 2 becomes strides [2, 1]; an unset one reads 1', () => {
    const bare: LayerSpec = { kind: 'conv2d', filters: 4, kernelSize: [3, 5] };
    expect(field('strideW').read(bare)).toBe(1);
    expect(field('strideH').write(bare, 2)).toEqual({ ...bare, strides: [2, 1] });
    expect(field('kernelW').read(bare)).toBe(5);
  });

  it('points each broken rule at the input that broke it', () => {
    const problem = (layer: LayerSpec) => fieldsOfProblem(checkSandboxSpec(withLayer(layer))!, layer.kind);
    expect(problem(field('strideH').write(conv, 0))).toEqual(['strideH']);
    expect(problem(field('strideW').write(conv, 4))).toEqual(['strideW']);
    expect(problem(field('kernelW').write(conv, 9))).toEqual(['kernelW']);
    expect(problem(field('kernelH').write(conv, NaN))).toEqual(['kernelH']);
    expect(problem(field('filters').write(conv, 2.5))).toEqual(['filters']);
    expect(problem({ kind: 'maxPool2d', poolSize: [29, 2] })).toEqual(['poolH', 'poolW']);
    expect(problem({ kind: 'dropout', rate: 1 })).toEqual(['rate']);
    expect(problem({ kind: 'dense', units: 10, activation: 'softmax' })).toEqual([]); // needs a flat input: the layer as a whole
  });
});
