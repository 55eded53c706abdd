import { describe, expect, it } from 'vitest';
import { hasFashionMnist, readFashionMnist } from '../../../data/read-node';
import { createModel } from '../../../engine/node';
import { preset } from '../../../shared/presets';
import { channelMaxFrame, channelMaxMap, channelStackAt, stillFrame, timeAtPixel } from './channel-max';

describe('channel stack and max map', () => {
  // (2, 2, 3): pixel p holds channels [p, 10 − p, 2p] … written out by hand.
  const values = [0, 10, 0, 1, 9, 2, 2, 8, 4, 3, 7, 6];
  const shape = [2, 2, 3];

  it('reads the channel values at a pixel and finds their maximum', () => {
    expect(channelStackAt(values, shape, 0)).toEqual({ pixel: 0, y: 0, x: 0, values: [0, 10, 0], argmax: 1, max: 10 });
    expect(channelStackAt(values, shape, 3)).toEqual({ pixel: 3, y: 1, x: 1, values: [3, 7, 6], argmax: 1, max: 7 });
    expect(channelStackAt([5, 5, 1, 0, 0, 0], [1, 2, 3], 1)).toMatchObject({ argmax: 0, max: 0 });
  });

  it('keeps the maximum of each pixel across channels', () => {
    expect([...channelMaxMap(values, shape)]).toEqual([10, 9, 8, 7]);
  });
});

describe('channelMaxFrame', () => {
  it('goes stack → highlight → drop within each pixel and fills the output behind it', () => {
    expect(channelMaxFrame(0, 2, 10)).toMatchObject({ pixel: 0, phase: 'stack', progress: 0, filled: 0 });
    expect(channelMaxFrame(250, 2, 10)).toMatchObject({ pixel: 0, phase: 'highlight', filled: 0 });
    expect(channelMaxFrame(400, 2, 10)).toMatchObject({ pixel: 0, phase: 'drop', filled: 0 });
    expect(channelMaxFrame(480, 2, 10)).toMatchObject({ pixel: 0, phase: 'drop', filled: 1 });
    expect(channelMaxFrame(timeAtPixel(3, 2), 2, 10)).toMatchObject({ pixel: 3, phase: 'stack', filled: 3 });
    expect(channelMaxFrame(1e9, 2, 10)).toEqual({ pixel: 9, phase: 'drop', progress: 1, filled: 10 });
  });

  it('has monotone filled counts over time', () => {
    let last = 0;
    for (let t = 0; t < 6000; t += 37) {
      const { filled } = channelMaxFrame(t, 2, 10);
      expect(filled).toBeGreaterThanOrEqual(last);
      last = filled;
    }
    expect(stillFrame(4)).toMatchObject({ pixel: 4, filled: 5 });
  });
});

describe.skipIf(!hasFashionMnist())('against the engine', () => {
  it("equals the notebook model's channel max-pool layer on test image 35", async () => {
    const data = readFashionMnist();
    const model = await createModel(preset('seed-notebook')!, { seed: 3 });
    const [, conv1, depthMax] = model.activations(data.test.images.subarray(35 * 784, 36 * 784));
    expect(conv1.shape).toEqual([28, 28, 20]);
    expect(depthMax.shape).toEqual([28, 28, 1]);
    const mine = channelMaxMap(conv1.values, conv1.shape);
    mine.forEach((v, p) => expect(v).toBe(depthMax.values[p]));
  });
});
