import { describe, expect, it } from 'vitest';
import { hasFashionMnist, readFashionMnist } from '../../../data/read-node';
import { createModel } from '../../../engine/node';
import {
  arithmeticAt,
  convCheckSpec,
  convLayout,
  featureMap,
  positionAtTime,
  scaleImage,
  slideDuration,
  timeAtPosition,
  windowAt,
  windowFrame,
  type ConvGeometry,
} from './conv-slide';

const geometry = (kh: number, kw: number, stride: number, padding: 'valid' | 'same', inH = 28, inW = 28): ConvGeometry => ({
  inH, inW, kh, kw, stride, padding,
});

/** Direct convolution, written independently: pad explicitly, then slide. (outH, outW, padTop, padLeft) from TF's formulas. */
function directConv(input: ArrayLike<number>, g: ConvGeometry, kernel: ArrayLike<number>, bias: number): { out: number[]; outH: number; outW: number } {
  const outH = g.padding === 'same' ? Math.ceil(g.inH / g.stride) : Math.floor((g.inH - g.kh) / g.stride) + 1;
  const outW = g.padding === 'same' ? Math.ceil(g.inW / g.stride) : Math.floor((g.inW - g.kw) / g.stride) + 1;
  const totalH = g.padding === 'same' ? Math.max((outH - 1) * g.stride + g.kh - g.inH, 0) : 0;
  const totalW = g.padding === 'same' ? Math.max((outW - 1) * g.stride + g.kw - g.inW, 0) : 0;
  const top = Math.floor(totalH / 2);
  const left = Math.floor(totalW / 2);
  const H = g.inH + totalH;
  const W = g.inW + totalW;
  const padded = new Float64Array(H * W);
  for (let y = 0; y < g.inH; y++) for (let x = 0; x < g.inW; x++) padded[(y + top) * W + x + left] = input[y * g.inW + x];
  const out: number[] = [];
  for (let r = 0; r < outH; r++) {
    for (let c = 0; c < outW; c++) {
      let z = bias;
      for (let i = 0; i < g.kh; i++) for (let j = 0; j < g.kw; j++) z += padded[(r * g.stride + i) * W + c * g.stride + j] * kernel[i * g.kw + j];
      out.push(Math.max(0, z));
    }
  }
  return { out, outH, outW };
}

function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32);
}

const GEOMETRIES = [
  geometry(1, 3, 1, 'valid'),
  geometry(1, 3, 1, 'same'),
  geometry(1, 3, 2, 'valid'),
  geometry(1, 3, 3, 'same'),
  geometry(3, 3, 1, 'valid'),
  geometry(3, 3, 1, 'same'),
  geometry(3, 3, 2, 'valid'),
  geometry(3, 3, 2, 'same'),
  geometry(3, 3, 3, 'same'),
  geometry(3, 3, 2, 'same', 7, 5),
  geometry(3, 3, 1, 'same', 2, 2),
];

describe('convLayout', () => {
  it('gives the tutorial output sizes', () => {
    expect(convLayout(geometry(1, 3, 1, 'valid'))).toMatchObject({ outH: 28, outW: 26, padTop: 0, padLeft: 0, positions: 728 });
    expect(convLayout(geometry(3, 3, 1, 'same'))).toMatchObject({ outH: 28, outW: 28, padTop: 1, padLeft: 1, padBottom: 1, padRight: 1 });
    expect(convLayout(geometry(3, 3, 1, 'valid'))).toMatchObject({ outH: 26, outW: 26 });
    expect(convLayout(geometry(3, 3, 2, 'valid'))).toMatchObject({ outH: 13, outW: 13 });
  });

  it("puts TF's odd padding after the input for 'same' with stride 2", () => {
    // 28 / 2 → 14 outputs; 13·2 + 3 − 28 = 1 zero row in total, and TF puts it below.
    expect(convLayout(geometry(3, 3, 2, 'same'))).toMatchObject({ outH: 14, outW: 14, padTop: 0, padLeft: 0, padBottom: 1, padRight: 1 });
    // 1×3 same stride 3: 10 columns, (9·3 + 3 − 28) = 2 → one left, one right; no rows.
    expect(convLayout(geometry(1, 3, 3, 'same'))).toMatchObject({ outH: 10, outW: 10, padTop: 0, padLeft: 1, padBottom: 0, padRight: 1 });
  });
});

describe('windowAt', () => {
  it('walks row-major and steps by the stride', () => {
    const layout = convLayout(geometry(3, 3, 2, 'valid'));
    expect(windowAt(layout, 0)).toEqual({ position: 0, row: 0, col: 0, top: 0, left: 0 });
    expect(windowAt(layout, 12)).toEqual({ position: 12, row: 0, col: 12, top: 0, left: 24 });
    expect(windowAt(layout, 13)).toEqual({ position: 13, row: 1, col: 0, top: 2, left: 0 });
    expect(windowAt(layout, 999).position).toBe(168);
    expect(windowAt(layout, -3).position).toBe(0);
  });

  it("starts in the padding for 'same'", () => {
    expect(windowAt(convLayout(geometry(3, 3, 1, 'same')), 0)).toMatchObject({ top: -1, left: -1 });
  });

  it('keeps every window inside the padded input', () => {
    for (const g of GEOMETRIES) {
      const layout = convLayout(g);
      for (let p = 0; p < layout.positions; p++) {
        const w = windowAt(layout, p);
        expect(w.top).toBeGreaterThanOrEqual(-layout.padTop);
        expect(w.left).toBeGreaterThanOrEqual(-layout.padLeft);
        expect(w.top + g.kh).toBeLessThanOrEqual(g.inH + layout.padBottom);
        expect(w.left + g.kw).toBeLessThanOrEqual(g.inW + layout.padRight);
      }
    }
  });
});

describe('arithmeticAt', () => {
  it('shows patch × weights, their sum, the bias and ReLU', () => {
    const input = [0, 0.5, 1, 0.25, 0.75, 0.125];
    const layout = convLayout(geometry(1, 3, 1, 'valid', 2, 3));
    const a = arithmeticAt(input, layout, [-1, 0, 1], 0.1, 1);
    expect(a).toMatchObject({ row: 1, col: 0, patch: [0.25, 0.75, 0.125], weights: [-1, 0, 1], products: [-0.25, 0, 0.125], bias: 0.1 });
    expect(a.sum).toBeCloseTo(-0.125, 12);
    expect(a.z).toBeCloseTo(-0.025, 12);
    expect(a.output).toBe(0);
  });

  it('reads zeros in the padding and marks them', () => {
    const layout = convLayout(geometry(3, 3, 1, 'same', 3, 3));
    const a = arithmeticAt([1, 2, 3, 4, 5, 6, 7, 8, 9], layout, [1, 1, 1, 1, 1, 1, 1, 1, 1], 0, 0);
    expect(a.patch).toEqual([0, 0, 0, 0, 1, 2, 0, 4, 5]);
    expect(a.inside).toEqual([false, false, false, false, true, true, false, true, true]);
    expect(a.sum).toBe(12);
  });

  it('equals a direct convolution at every position', () => {
    const next = random(7);
    for (const g of GEOMETRIES) {
      const input = Array.from({ length: g.inH * g.inW }, next);
      const kernel = Array.from({ length: g.kh * g.kw }, () => next() * 2 - 1);
      const bias = next() - 0.5;
      const direct = directConv(input, g, kernel, bias);
      const layout = convLayout(g);
      expect([layout.outH, layout.outW]).toEqual([direct.outH, direct.outW]);
      const mine = featureMap(input, layout, kernel, bias);
      direct.out.forEach((value, p) => expect(mine[p]).toBeCloseTo(value, 12));
    }
  });
});

describe('time → position', () => {
  it('advances one position per 1/speed seconds and stops at the last', () => {
    expect(positionAtTime(0, 4, 10)).toBe(0);
    expect(positionAtTime(249, 4, 10)).toBe(0);
    expect(positionAtTime(250, 4, 10)).toBe(1);
    expect(positionAtTime(1e9, 4, 10)).toBe(9);
    expect(positionAtTime(timeAtPosition(7, 3), 3, 10)).toBe(7);
    expect(slideDuration(10, 4)).toBe(2250);
  });

  it('glides the window along a row and jumps to a new row', () => {
    const layout = convLayout(geometry(1, 3, 1, 'valid', 2, 4)); // 2 × 2 outputs
    const start = windowFrame(layout, timeAtPosition(1, 1), 1);
    expect(start).toMatchObject({ position: 1, x: 0, y: 0 });
    const middle = windowFrame(layout, timeAtPosition(1, 1) + 100, 1);
    expect(middle.x).toBeGreaterThan(0);
    expect(middle.x).toBeLessThan(1);
    expect(windowFrame(layout, timeAtPosition(1, 1) + 500, 1)).toMatchObject({ x: 1, y: 0 });
    expect(windowFrame(layout, timeAtPosition(2, 1) + 1, 1)).toMatchObject({ position: 2, x: 0, y: 1 });
  });
});

describe.skipIf(!hasFashionMnist())('against the engine on a real test image', () => {
  it("shows the engine's Conv2D output at every cell (the e2e check, in Node)", async () => {
    const data = readFashionMnist();
    const index = 35;
    const pixels = data.test.images.subarray(index * 784, (index + 1) * 784);
    const input = scaleImage(pixels);
    const cases: [ConvGeometry, number[], number][] = [
      [geometry(1, 3, 1, 'valid'), [-1, 0, 1], 0],
      [geometry(3, 3, 2, 'same'), [-1, 0, 1, -2, 0, 2, -1, 0, 1], 0.05],
      [geometry(3, 3, 1, 'same'), [0.1, 0.2, 0.1, 0.2, 0.4, 0.2, 0.1, 0.2, 0.1], -0.2],
    ];
    for (const [g, kernel, bias] of cases) {
      const model = await createModel(convCheckSpec(g), { seed: 1 });
      model.setWeights(0, [{ shape: [g.kh, g.kw, 1, 1], values: kernel }, { shape: [1], values: [bias] }]);
      const engine = model.activations(pixels)[0];
      const layout = convLayout(g);
      expect(engine.shape).toEqual([layout.outH, layout.outW, 1]);
      for (let p = 0; p < layout.positions; p++) {
        expect(arithmeticAt(input, layout, kernel, bias, p).output).toBeCloseTo(engine.values[p], 5);
      }
    }
  });
});
