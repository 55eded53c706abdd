// Every SpecError, ShareLinkError and ImportError code, raised for real by the code that raises it,
// reads as a complete sentence in English and 简体中文: the message exists and every {param} in it
// is filled from the error (a code no trigger below reaches fails the coverage checks).
import { describe, expect, it } from 'vitest';
import { IMPORT_ERROR_CODES, ImportError } from '../../formats/import-error';
import { exportLayersModel } from '../../formats/tfjs-layers-export';
import { importLayersModel } from '../../formats/tfjs-layers-import';
import { planModel } from '../../shared/plan';
import { preset } from '../../shared/presets';
import { checkSandboxSpec } from '../../shared/sandbox-rules';
import { decodeShare, ShareLinkError, SHARE_LINK_ERROR_CODES } from '../../shared/share-link';
import type { LayerSpec, ModelSpec } from '../../shared/spec';
import { SPEC_ERROR_CODES, SpecError } from '../../shared/spec-error';
import { base64UrlEncode, crc32Hex } from '../../shared/text-encoding';
import { LANGUAGES } from '../i18n/i18n';
import { importErrorMessage, shareLinkErrorMessage, specErrorMessage } from './error-messages';

const tail: LayerSpec[] = [{ kind: 'flatten' }, { kind: 'dense', units: 10, activation: 'softmax' }];
const model = (...layers: LayerSpec[]): ModelSpec => ({ name: 'm', input: [28, 28, 1], layers: [...layers, ...tail] });
const conv = (extra: object = {}): LayerSpec => ({ kind: 'conv2d', filters: 4, kernelSize: [3, 3], ...extra });

function specError(spec: unknown, settings = { batchSize: 128, threads: 1 }): SpecError {
  const error = checkSandboxSpec(spec as ModelSpec, settings);
  if (!error) throw new Error(`no SpecError for ${JSON.stringify(spec)}`);
  return error;
}

const specErrors: SpecError[] = [
  specError(null),
  specError({ name: 'm', input: 'abc', layers: tail }),
  specError({ name: 'm', input: [28, 28, 1], layers: [] }),
  specError({ ...model(), name: 5 }),
  specError(model({ kind: 'batchNorm' } as unknown as LayerSpec)),
  specError(model(conv({ strides: [0, 1] }))),
  specError(model(conv({ padding: 'full' }))),
  specError(model({ kind: 'dropout', rate: 1.5 })),
  specError(model(conv({ name: 'a' }), conv({ name: 'a' }))),
  specError(model(conv({ name: 'a b' }))),
  specError({ name: 'm', input: [28, 28, 1], layers: [{ kind: 'flatten' }, conv(), ...tail] }),
  specError({ name: 'm', input: [28, 28, 1], layers: [{ kind: 'dense', units: 10, activation: 'softmax' }] }),
  specError(model(conv({ kernelSize: [29, 3] }))),
  // 'layer.emptyOutput' guards windowedOutput, which valid options never bring to 0: raised as layers.ts does
  new SpecError('layer.emptyOutput', { output: '(None, 0, 3, 4)', layer: 'conv2d', index: 0 }, 0, 'Layer 0 "conv2d": output shape (None, 0, 3, 4) has a size ≤ 0'),
  specError({ name: 'm', input: [28, 28, 1], layers: [{ kind: 'flatten' }, { kind: 'dense', units: 8, activation: 'softmax' }, { kind: 'dense', units: 10, activation: 'softmax' }] }),
  specError({ name: 'm', input: [28, 28, 1], layers: [{ kind: 'flatten' }, { kind: 'dense', units: 10 }] }),
  specError({ name: 'm', input: [28, 28, 1], layers: [conv({ filters: 32, padding: 'same' }), { kind: 'flatten' }, { kind: 'dense', units: 100 }, tail[1]] }),
  specError(model(conv({ filters: 320, padding: 'same' }), { kind: 'maxPool2d', poolSize: [28, 28] })),
  specError({ ...model(conv()), input: [32, 32, 3] }),
  specError(model(...Array.from({ length: 19 }, () => ({ kind: 'dropout', rate: 0 }) as LayerSpec))),
  specError(model(conv({ kernelSize: [8, 8] }))),
  specError(model(conv({ strides: [4, 1] }))),
  specError({ name: 'm', input: [28, 28, 1], layers: [conv({ filters: 32, padding: 'same' }), { kind: 'flatten' }, { kind: 'dense', units: 50 }, tail[1]] }),
  specError(model(conv({ filters: 64, padding: 'same' }), conv({ filters: 64, padding: 'same' })), { batchSize: 1024, threads: 1 }),
];

const forged = (json: string, version = '1') => {
  const body = base64UrlEncode(json);
  return `${version}.${body}.${crc32Hex(body)}`;
};
const settingsJson = '[1,128,0.001,"a",1,0,1]';
function shareError(payload: unknown): ShareLinkError {
  try {
    decodeShare(payload);
  } catch (error) {
    if (error instanceof ShareLinkError) return error;
    throw error;
  }
  throw new Error('accepted');
}
const shareErrors: ShareLinkError[] = [
  shareError(''),
  shareError('1.' + 'A'.repeat(5000) + '.00000000'),
  shareError('nonsense'),
  shareError(forged('{}', '7')),
  shareError('1.abcd.00000000'),
  shareError(`1.a.${crc32Hex('a')}`),
  shareError(forged('{"n":')),
  shareError(forged('{"n":"x","i":[28,28,1],"l":[["Q"]],"s":' + settingsJson + '}')),
  shareError(forged('{"n":"x","i":[28,28,1],"l":[["F"],["D",10,"s"]],"s":[0,128,0.001,"a",1,0,1]}')),
  shareError(forged('{"n":"x","i":[28,28,1],"l":[["F"],["D",10,"s"]],"s":[1,128,0.001,"z",1,0,1]}')),
  shareError(forged('{"n":"x","i":[28,28,1],"l":[["C",4,[3,3],[0,1]],["F"],["D",10,"s"]],"s":' + settingsJson + '}')),
];

const spec = preset('seed-notebook')!;
const files = exportLayersModel(spec, new Float32Array(planModel(spec).totalParams).fill(0.01));
type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- fixtures edit model.json freely
const edited = (edit: (j: Json) => void) => {
  const json = structuredClone(files.modelJson) as Json;
  edit(json);
  return json;
};
function importError(json: unknown, data: unknown = files.weightData): ImportError {
  try {
    importLayersModel(json, data as ArrayBuffer);
  } catch (error) {
    if (error instanceof ImportError) return error;
    throw error;
  }
  throw new Error('accepted');
}
const layers = (j: Json) => j.modelTopology.config.layers;
const nanData = () => {
  const f = new Float32Array(files.weightData.slice(0));
  f[3] = NaN;
  return f.buffer;
};
const importErrors: ImportError[] = [
  importError('{'),
  importError({ format: 'graph-model' }),
  importError(edited((j) => (j.modelTopology.class_name = 'Functional'))),
  importError(edited((j) => layers(j).push(...Array.from({ length: 70 }, () => ({ class_name: 'Dropout', config: { rate: 0 } }))))),
  importError(edited((j) => (layers(j)[0].config.batch_input_shape = [null, 784]))),
  importError(edited((j) => (layers(j)[1].class_name = 'GRU'))),
  importError(edited((j) => (layers(j)[0].config.dilation_rate = [2, 2]))),
  importError(edited((j) => (layers(j)[0].config.kernel_size = 'x'))),
  importError(edited((j) => (j.weightsManifest = 'x'))),
  importError(files.modelJson, 'x'),
  importError(edited((j) => (j.weightsManifest[0].weights[0].name = 'other/kernel'))),
  importError(edited((j) => j.weightsManifest[0].weights.push({ name: 'x/kernel', shape: [0], dtype: 'float32' }))),
  importError(edited((j) => (j.weightsManifest[0].weights[0].shape = [3, 3, 1, 5, 2]))),
  importError(edited((j) => (j.weightsManifest[0].weights[0].dtype = 'int8'))),
  importError(files.modelJson, new ArrayBuffer(8)),
  importError(files.modelJson, nanData()),
  importError(edited((j) => (layers(j)[0].config.kernel_size = [9, 9]))),
];

const unfilled = /\{\w+\}/;

describe('error messages', () => {
  it('reaches every code', () => {
    expect(new Set(specErrors.map((e) => e.code))).toEqual(new Set(Object.keys(SPEC_ERROR_CODES)));
    expect(new Set(shareErrors.map((e) => e.code))).toEqual(new Set(Object.keys(SHARE_LINK_ERROR_CODES)));
    expect(new Set(importErrors.map((e) => e.code))).toEqual(new Set(Object.keys(IMPORT_ERROR_CODES)));
  });

  for (const language of LANGUAGES) {
    it(`fills every parameter of every message in ${language}`, () => {
      const messages = [
        ...specErrors.map((e) => [e.code, specErrorMessage(e, language)]),
        ...shareErrors.map((e) => [e.code, shareLinkErrorMessage(e, language)]),
        ...importErrors.map((e) => [e.code, importErrorMessage(e, language)]),
      ];
      for (const [code, text] of messages) {
        expect(text, code).not.toMatch(unfilled);
        expect(text, code).not.toMatch(/^(specErrors|shareLinkErrors|importErrors)\./);
        expect(text.length, code).toBeGreaterThan(5);
      }
    });
  }

  it('reads as a learner needs it: the rule, the layer, the cap', () => {
    const stride0 = specErrors.find((e) => e.code === 'layer.notPositiveInteger')!;
    expect(specErrorMessage(stride0, 'en')).toBe('conv2d: strides[0] must be a positive whole number, got 0.');
    expect(specErrorMessage(stride0, 'zh-CN')).toBe('conv2d：strides[0] 必须是正整数，现在是 0。');
    const memory = specErrors.find((e) => e.code === 'sandbox.tooMuchMemory')!;
    expect(specErrorMessage(memory, 'en')).toMatch(/^Training at batch size 1,024 needs [\d,]+ MiB of memory; the sandbox allows 256 MiB\./);
    const params = specErrors.find((e) => e.code === 'sandbox.tooManyParams')!;
    expect(specErrorMessage(params, 'zh-CN')).toMatch(/沙盒最多允许 1,000,000 个/);
    const link = shareErrors.find((e) => e.code === 'share.invalidSpec')!;
    expect(shareLinkErrorMessage(link, 'zh-CN')).toBe('链接中的模型无法训练：conv2d：strides[0] 必须是正整数，现在是 0。');
    const setting = shareErrors.find((e) => e.code === 'share.badSetting')!;
    expect(shareLinkErrorMessage(setting, 'en')).toBe('The link’s setting “Epochs” is 0; it must be from 1 to 100.');
    const kernel = importErrors.find((e) => e.code === 'import.invalidSpec')!;
    expect(importErrorMessage(kernel, 'en')).toBe('The imported model cannot be trained here: L0-Conv2D: the kernel 9×9 is larger than the sandbox’s 7×7.');
  });
});
