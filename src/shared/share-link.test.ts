// Share links: random valid runs survive the round trip exactly; every mutated, crafted or absurd
// payload gives a ShareLinkError with a code (and the SpecError behind an invalid model), never
// another exception and never a silently different model.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { preset } from './presets';
import { DEFAULT_SANDBOX_SETTINGS, type SandboxSettings } from './sandbox-settings';
import { decodeShare, encodeShare, MAX_SHARE_LENGTH, shareHash, ShareLinkError, sharePayloadOf, SHARE_LINK_ERROR_CODES, type ShareLinkErrorCode } from './share-link';
import type { ModelSpec } from './spec';
import { absurdValue, validSandboxSpec, validSettings } from './test-specs';
import { base64UrlEncode, crc32Hex } from './text-encoding';

const FC_SEED = 20_251_209;

/** A payload with a correct checksum around any body text: what a deliberate forger would send. */
const forged = (json: string, version = '1') => {
  const body = base64UrlEncode(json);
  return `${version}.${body}.${crc32Hex(body)}`;
};

function rejection(payload: unknown): ShareLinkError {
  try {
    decodeShare(payload);
  } catch (error) {
    if (error instanceof ShareLinkError) return error;
    throw new Error(`decodeShare threw a ${(error as Error)?.name}, not a ShareLinkError: ${String(error)}`);
  }
  throw new Error(`decodeShare accepted ${String(payload).slice(0, 80)}`);
}

const notebook = preset('seed-notebook')!;
const settings: SandboxSettings = { ...DEFAULT_SANDBOX_SETTINGS, epochs: 3, seed: 42, threads: 2 };

describe('share links', () => {
  it('round-trips the notebook model and its settings, compactly, through the hash', () => {
    const payload = encodeShare(notebook, settings);
    expect(payload).toMatch(/^1\.[A-Za-z0-9_-]+\.[0-9a-f]{8}$/);
    expect(payload.length).toBeLessThan(400); // 327: five layers with their names, seven settings
    expect(sharePayloadOf(shareHash(payload))).toBe(payload);
    expect(sharePayloadOf('#sandbox')).toBe('');
    expect(sharePayloadOf('#lesson')).toBeNull();
    expect(decodeShare(payload)).toEqual({ spec: notebook, settings });
  });

  it('round-trips random valid specs and settings exactly (fast-check)', () => {
    fc.assert(
      fc.property(validSandboxSpec, validSettings, (spec, s) => {
        const payload = encodeShare(spec, s);
        expect(payload.length).toBeLessThanOrEqual(MAX_SHARE_LENGTH);
        expect(decodeShare(payload)).toEqual({ spec, settings: s });
      }),
      { seed: FC_SEED, numRuns: 300 },
    );
  });

  it('rejects every truncated link', () => {
    const payload = encodeShare(notebook, settings);
    for (let cut = 0; cut < payload.length; cut++) {
      expect(['share.empty', 'share.badFormat', 'share.checksum']).toContain(rejection(payload.slice(0, cut)).code);
    }
  });

  it('rejects every single bit flip, inserted or deleted character (fast-check)', () => {
    const payloads = fc.tuple(validSandboxSpec, validSettings).map(([spec, s]) => encodeShare(spec, s));
    const mutation = fc.record({ at: fc.nat(), bit: fc.integer({ min: 0, max: 15 }), op: fc.constantFrom('flip', 'insert', 'delete'), char: fc.string({ minLength: 1, maxLength: 1 }) });
    fc.assert(
      fc.property(payloads, mutation, (payload, m) => {
        const at = m.at % payload.length;
        const mutated =
          m.op === 'flip' ? payload.slice(0, at) + String.fromCharCode(payload.charCodeAt(at) ^ (1 << m.bit)) + payload.slice(at + 1)
          : m.op === 'insert' ? payload.slice(0, at) + m.char + payload.slice(at)
          : payload.slice(0, at) + payload.slice(at + 1);
        expect(Object.keys(SHARE_LINK_ERROR_CODES)).toContain(rejection(mutated).code);
      }),
      { seed: FC_SEED, numRuns: 2000 },
    );
  });

  const crafted: [string, unknown, ShareLinkErrorCode][] = [
    ['not a string', 42, 'share.empty'],
    ['oversized', '1.' + 'A'.repeat(MAX_SHARE_LENGTH) + '.00000000', 'share.tooLong'],
    ['no separators', 'hello', 'share.badFormat'],
    ['version 2', forged('{}', '2'), 'share.badVersion'],
    ['garbage base64 with a valid checksum', `1.%%%.${crc32Hex('%%%')}`, 'share.badEncoding'],
    ['invalid UTF-8', `1.__8.${crc32Hex('__8')}`, 'share.badEncoding'],
    ['NaN (not JSON)', forged('{"n":"x","i":[28,28,1],"l":[["F"],["D",10,"s"]],"s":[1,128,NaN,"a",1,0,1]}'), 'share.badJson'],
    ['a JSON array', forged('[1,2]'), 'share.badStructure'],
    ['no layers', forged('{"n":"x","i":[28,28,1],"s":[1,128,0.001,"a",1,0,1]}'), 'share.badStructure'],
    ['unknown layer tag', forged('{"n":"x","i":[28,28,1],"l":[["Q"]],"s":[1,128,0.001,"a",1,0,1]}'), 'share.badStructure'],
    ['too many layer fields', forged('{"n":"x","i":[28,28,1],"l":[["F",1,2,3]],"s":[1,128,0.001,"a",1,0,1]}'), 'share.badStructure'],
    ['unknown padding letter', forged('{"n":"x","i":[28,28,1],"l":[["C",4,[3,3],null,"q"],["F"],["D",10,"s"]],"s":[1,128,0.001,"a",1,0,1]}'), 'share.badStructure'],
    ['Infinity learning rate (1e999)', forged('{"n":"x","i":[28,28,1],"l":[["F"],["D",10,"s"]],"s":[1,128,1e999,"a",1,0,1]}'), 'share.badSetting'],
    ['0 epochs', forged('{"n":"x","i":[28,28,1],"l":[["F"],["D",10,"s"]],"s":[0,128,0.001,"a",1,0,1]}'), 'share.badSetting'],
    ['unknown optimiser', forged('{"n":"x","i":[28,28,1],"l":[["F"],["D",10,"s"]],"s":[1,128,0.001,"r",1,0,1]}'), 'share.badOptimizer'],
    ['huge filters', forged('{"n":"x","i":[28,28,1],"l":[["C",1e9,[3,3]],["F"],["D",10,"s"]],"s":[1,128,0.001,"a",1,0,1]}'), 'share.invalidSpec'],
    ['huge input', forged('{"n":"x","i":[1e9,1e9,1],"l":[["F"],["D",10,"s"]],"s":[1,128,0.001,"a",1,0,1]}'), 'share.invalidSpec'],
    ['stride 0', forged('{"n":"x","i":[28,28,1],"l":[["C",4,[3,3],[0,1]],["F"],["D",10,"s"]],"s":[1,128,0.001,"a",1,0,1]}'), 'share.invalidSpec'],
    ['string filters', forged('{"n":"x","i":[28,28,1],"l":[["C","4",[3,3]],["F"],["D",10,"s"]],"s":[1,128,0.001,"a",1,0,1]}'), 'share.invalidSpec'],
    ['missing name', forged('{"i":[28,28,1],"l":[["F"],["D",10,"s"]],"s":[1,128,0.001,"a",1,0,1]}'), 'share.invalidSpec'],
  ];
  it.each(crafted)('rejects %s', (_label, payload, code) => {
    const error = rejection(payload);
    expect(error.code).toBe(code);
    if (code === 'share.invalidSpec') expect(error.specError?.code).toMatch(/^(spec|layer|model|sandbox)\./);
  });

  it('names the rule an invalid shared model breaks, with its layer', () => {
    const error = rejection(forged('{"n":"x","i":[28,28,1],"l":[["C",4,[3,3],[0,1]],["F"],["D",10,"s"]],"s":[1,128,0.001,"a",1,0,1]}'));
    expect(error.specError).toMatchObject({ code: 'layer.notPositiveInteger', layerIndex: 0 });
    expect(error.params.reason).toMatch(/strides\[0\] must be a positive integer, got 0/);
  });

  it('answers any absurd value in any field with a ShareLinkError (fast-check)', () => {
    const base = JSON.parse(atob(encodeShare(notebook, settings).split('.')[1].replace(/-/g, '+').replace(/_/g, '/'))) as unknown;
    const paths = fc.array(fc.nat(), { minLength: 1, maxLength: 4 });
    fc.assert(
      fc.property(paths, absurdValue, (path, value) => {
        const doc = structuredClone(base) as Record<string, unknown>;
        let node: unknown = doc;
        for (let depth = 0; depth < path.length; depth++) {
          const keys = Object.keys(node as object);
          if (keys.length === 0) break;
          const key = keys[path[depth] % keys.length];
          if (depth === path.length - 1 || typeof (node as Record<string, unknown>)[key] !== 'object' || (node as Record<string, unknown>)[key] === null) {
            (node as Record<string, unknown>)[key] = value;
            break;
          }
          node = (node as Record<string, unknown>)[key];
        }
        const json = JSON.stringify(doc) ?? 'null';
        try {
          const run = decodeShare(forged(json));
          expect(run.spec.layers.length).toBeGreaterThan(0); // still a valid run: the value was harmless
        } catch (error) {
          expect(error).toBeInstanceOf(ShareLinkError);
        }
      }),
      { seed: FC_SEED, numRuns: 1500 },
    );
  });

  it('answers random strings and random JSON with a ShareLinkError (fast-check)', () => {
    fc.assert(fc.property(fc.string({ maxLength: 200 }), (text) => void expect(rejection(text)).toBeInstanceOf(ShareLinkError)), { seed: FC_SEED, numRuns: 500 });
    fc.assert(fc.property(fc.jsonValue(), (value) => void expect(rejection(forged(JSON.stringify(value)))).toBeInstanceOf(ShareLinkError)), { seed: FC_SEED, numRuns: 500 });
  });

  it('refuses to encode a run it could not decode', () => {
    const bad: ModelSpec = { ...notebook, layers: [{ kind: 'conv2d', filters: 4, kernelSize: [9, 9] }, ...notebook.layers.slice(2)] };
    expect(() => encodeShare(bad, settings)).toThrow(ShareLinkError);
    expect(() => encodeShare(notebook, { ...settings, batchSize: 0 })).toThrow(/share.badSetting/);
  });
});
