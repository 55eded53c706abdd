// The shipped house network (public/house/, made by `npm run train -- --model compare-conv-conv-pool
// --epochs 15 --seed 1 --threads 1 --save public/house`): valid, and as good as its file says on the
// 10,000 official test images with our engine.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readFashionMnist } from '../../../data/read-node';
import { createModel } from '../../../engine/node';
import { planModel } from '../../../shared/plan';
import { preset } from '../../../shared/presets';
import { analysePredictions, accuracyOf } from '../../views/results/predictions';
import { HouseNetworkError, HOUSE_NETWORK_FILES, loadHouseNetwork } from './house-network';
import { modelPlayerNetwork } from './player-network';

const HOUSE_DIR = resolve(import.meta.dirname, '../../../../public/house');
const files: Record<string, Uint8Array> = {
  [HOUSE_NETWORK_FILES.description]: readFileSync(resolve(HOUSE_DIR, HOUSE_NETWORK_FILES.description)),
  [HOUSE_NETWORK_FILES.weights]: readFileSync(resolve(HOUSE_DIR, HOUSE_NETWORK_FILES.weights)),
};

/** A fetch over the files above, with `change` applied to one of them. */
function fetcher(change: (name: string, bytes: Uint8Array) => Uint8Array | number = (_, b) => b): typeof fetch {
  return (async (url: string) => {
    const name = String(url).split('/').pop()!;
    const body = change(name, files[name]);
    return typeof body === 'number' ? new Response('missing', { status: body }) : new Response(body as Uint8Array<ArrayBuffer>);
  }) as typeof fetch;
}

async function loadProblem(change: Parameters<typeof fetcher>[0]): Promise<{ problem: string; file: string }> {
  try {
    await loadHouseNetwork('/house/', fetcher(change));
  } catch (error) {
    expect(error).toBeInstanceOf(HouseNetworkError);
    return { problem: (error as HouseNetworkError).problem, file: (error as HouseNetworkError).file };
  }
  return { problem: 'none', file: '' };
}

describe('the house network', () => {
  it('is the tutorial’s best architecture, with a valid checksum and finite weights', async () => {
    const { header, weights } = await loadHouseNetwork('/house/', fetcher());
    expect(header.spec).toEqual(preset('compare-conv-conv-pool'));
    expect(weights.length).toBe(planModel(header.spec).totalParams);
    expect(weights.length).toBe(41_130);
    expect(header.training).toMatchObject({ epochs: 15, seed: 1, batchSize: 128, threads: 1, kernelBuild: 'simd' });
  });

  it('scores at least 89 % on the 10,000 test images with our engine, as its file says', async () => {
    const { header, weights } = await loadHouseNetwork('/house/', fetcher());
    const data = readFashionMnist();
    const model = await createModel(header.spec);
    model.importWeights(weights);
    const test = model.evaluate(data.test.images, data.test.labels);
    expect(test.acc).toBeGreaterThanOrEqual(0.89);
    expect(test.acc).toBeCloseTo(header.testAccuracy, 4);
    expect(Math.round((1 - test.acc) * data.test.count)).toBe(header.testErrors);

    // The same network as a player: its answers agree with evaluate, its first layer is 10 3×3 filters.
    const player = modelPlayerNetwork('house', model, data.test.images);
    const predictions = analysePredictions(await player.testProbabilities(), data.test.labels);
    expect(accuracyOf(predictions)).toBeCloseTo(test.acc, 4);
    const filters = await player.firstLayerFilters();
    expect(filters?.shape).toEqual([3, 3, 1, 10]);
    expect(filters).toMatchObject({ stride: 1, padding: 'same' });
    const activations = await player.activations(data.test.images.subarray(0, 784));
    expect(activations.map((a) => a.shape)).toEqual([[28, 28, 10], [28, 28, 20], [14, 14, 20], [3920], [10]]);
    expect(activations[4].values.reduce((s, p) => s + p, 0)).toBeCloseTo(1, 5);
    model.dispose();
  });

  it('says which file is damaged and how', async () => {
    const { weights, description } = HOUSE_NETWORK_FILES;
    const flipByte = (name: string, bytes: Uint8Array) => {
      if (name !== weights) return bytes;
      const copy = bytes.slice();
      copy[1234] ^= 0x40;
      return copy;
    };
    expect(await loadProblem(flipByte)).toEqual({ problem: 'checksum', file: weights });
    expect(await loadProblem((name, bytes) => (name === weights ? bytes.subarray(0, 1000) : bytes))).toEqual({ problem: 'size', file: weights });
    expect(await loadProblem((name, bytes) => (name === description ? bytes.subarray(0, 50) : bytes))).toEqual({ problem: 'json', file: description });
    expect(await loadProblem((name, bytes) => (name === weights ? 404 : bytes))).toEqual({ problem: 'http', file: weights });
  });
});
