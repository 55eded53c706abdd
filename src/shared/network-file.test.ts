import { describe, expect, it } from 'vitest';
import { buildNetworkFile, encodeWeights, NetworkFileError, parseNetworkFile } from './network-file';
import { planModel } from './plan';
import { preset } from './presets';

const spec = preset('seed-a')!;
const count = planModel(spec).totalParams;
const training = { epochs: 1, seed: 1, batchSize: 128, threads: 1, kernelBuild: 'simd', trainImages: 54_000, trainSeconds: 3 };
const weights = Float32Array.from({ length: count }, (_, i) => Math.sin(i) * 0.1);

async function filePair(values = weights) {
  const { header, bin } = await buildNetworkFile(spec, values, { training, testAccuracy: 0.88, testErrors: 1200, date: new Date(0) });
  return { json: JSON.stringify(header), bin };
}

async function problem(json: string, bin: Uint8Array): Promise<string> {
  try {
    await parseNetworkFile(json, bin);
  } catch (error) {
    expect(error).toBeInstanceOf(NetworkFileError);
    return (error as NetworkFileError).code;
  }
  return 'none';
}

describe('network file', () => {
  it('round-trips the weights bit for bit, little-endian', async () => {
    const { json, bin } = await filePair();
    expect(bin.byteLength).toBe(count * 4);
    expect(new DataView(bin.buffer).getFloat32(4, true)).toBe(weights[1]);
    const file = await parseNetworkFile(json, bin);
    expect(file.weights).toEqual(weights);
    expect(file.header).toMatchObject({ format: 'filterfit-network', version: 1, paramCount: count, testAccuracy: 0.88, date: '1970-01-01T00:00:00.000Z' });
    expect(file.header.sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it('names what is wrong with a damaged pair', async () => {
    const { json, bin } = await filePair();
    const flipped = bin.slice();
    flipped[100] ^= 1;
    expect(await problem(json, flipped)).toBe('checksum');
    expect(await problem(json, bin.subarray(0, bin.length - 4))).toBe('size');
    expect(await problem(json.slice(0, 20), bin)).toBe('json');
    expect(await problem(JSON.stringify({ ...JSON.parse(json), format: 'keras' }), bin)).toBe('format');
    expect(await problem(JSON.stringify({ ...JSON.parse(json), version: 2 }), bin)).toBe('format');
    expect(await problem(JSON.stringify({ ...JSON.parse(json), spec: { ...spec, layers: [] } }), bin)).toBe('spec');
    const nan = weights.slice();
    nan[7] = Number.NaN;
    const bad = await filePair(nan);
    expect(await problem(bad.json, bad.bin)).toBe('nonFinite');
  });

  it('refuses to write weights that do not fit the network', async () => {
    await expect(buildNetworkFile(spec, weights.subarray(1), { training, testAccuracy: 0, testErrors: 0 })).rejects.toThrow(/parameters/);
    expect(encodeWeights(Float32Array.of(1.5)).length).toBe(4);
  });
});
