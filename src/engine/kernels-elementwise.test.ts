// Element-wise kernels against the float64 reference: reluBackward, bytesToFloats, zeroFloats,
// saxpy, sgdStep (all exact: one or two f32 roundings the test reproduces with Math.fround) and
// adamStep (relative 1e-6 per element: f32 vs f64 arithmetic through a sqrt and a division).
// Counts sweep n mod 4 and n < 4, n mod 8 (bytesToFloats works 8 at a time) and longer runs.
import { beforeAll, describe, expect, it } from 'vitest';
import { adamStep } from './reference/optim';
import { randomF32Values, randomInts, seededRandom } from './reference/random';
import { reluBackward } from './reference/relu';
import { expectClose, expectEqual } from './test-compare';
import { TestMemory } from './test-memory';

const COUNTS = [0, 1, 2, 3, 4, 5, 7, 8, 9, 15, 16, 17, 33, 1000];
const f = Math.fround;

let memory: TestMemory;
beforeAll(async () => { memory = await TestMemory.create(); });

describe('element-wise kernels vs reference', () => {
  it('reluBackward passes dy only where the relu output is > 0 (in place)', () => {
    COUNTS.forEach((count, i) => {
      const random = seededRandom(i);
      const y = randomF32Values(random, count).map((v) => (v < -0.5 ? 0 : v < -0.3 ? -0 : Math.max(0, v)));
      const dy = randomF32Values(random, count);
      memory.reset();
      const py = memory.f32('y', y), pdy = memory.f32('dy', dy, 'end');
      memory.exports.reluBackward(py, pdy, count);
      memory.checkGuards();
      expectEqual(`reluBackward n${count}`, memory.readF32(pdy, count), reluBackward(y, dy));
    });
  });

  it('bytesToFloats scales u8 pixels to f32 exactly like an f32 multiply', () => {
    COUNTS.forEach((count, i) => {
      const bytes = randomInts(seededRandom(i), count, 256);
      bytes[0] = 255;
      memory.reset();
      const src = memory.u8('src', bytes, i % 2 ? 'end' : 'heap'), dst = memory.output('dst', count, i % 2 ? 'heap' : 'end');
      memory.exports.bytesToFloats(src, dst, count, 1 / 255);
      memory.checkGuards();
      expectEqual(`bytesToFloats n${count}`, memory.readF32(dst, count), Array.from(bytes, (b) => f(b * f(1 / 255))));
    });
  });

  it('zeroFloats writes zeros and nothing else', () => {
    for (const count of COUNTS) {
      memory.reset();
      const dst = memory.output('dst', count, 'end');
      memory.exports.zeroFloats(dst, count);
      memory.checkGuards();
      expectEqual(`zeroFloats n${count}`, memory.readF32(dst, count), new Float32Array(count));
    }
  });

  it('saxpy: y += a·x with one f32 rounding per multiply and per add', () => {
    COUNTS.forEach((count, i) => {
      const random = seededRandom(100 + i);
      const x = randomF32Values(random, count), y = randomF32Values(random, count), a = f(0.37);
      memory.reset();
      const px = memory.f32('x', x, 'end'), py = memory.f32('y', y);
      memory.exports.saxpy(a, px, py, count);
      memory.checkGuards();
      expectEqual(`saxpy n${count}`, memory.readF32(py, count), y.map((v, j) => f(v + f(a * x[j]))));
    });
  });

  it('sgdStep: p −= lr·g', () => {
    COUNTS.forEach((count, i) => {
      const random = seededRandom(200 + i);
      const p = randomF32Values(random, count), g = randomF32Values(random, count), lr = f(0.05);
      memory.reset();
      const pp = memory.f32('params', p, 'end'), pg = memory.f32('grads', g);
      memory.exports.sgdStep(pp, pg, count, lr);
      memory.checkGuards();
      expectEqual(`sgdStep n${count}`, memory.readF32(pp, count), p.map((v, j) => f(v - f(lr * g[j]))));
    });
  });

  it('adamStep follows the Keras formula at steps 1, 2, 10 and 1000', () => {
    const [lr, beta1, beta2, epsilon] = [f(0.001), f(0.9), f(0.999), f(1e-7)];
    COUNTS.forEach((count, i) => {
      for (const t of [1, 2, 10, 1000]) {
        const random = seededRandom(300 + i * 7 + t);
        const p = randomF32Values(random, count), g = randomF32Values(random, count);
        const m = t === 1 ? new Float64Array(count) : randomF32Values(random, count, -0.5, 0.5);
        const v = t === 1 ? new Float64Array(count) : randomF32Values(random, count, 0.01, 1);
        memory.reset();
        const slots = ['params', 'grads', 'm', 'v'];
        const end = (name: string) => (slots[(i + t) % 4] === name ? 'end' : 'heap');
        const pp = memory.f32('params', p, end('params')), pg = memory.f32('grads', g, end('grads'));
        const pm = memory.f32('m', m, end('m')), pv = memory.f32('v', v, end('v'));
        memory.exports.adamStep(pp, pg, pm, pv, count, lr, beta1, beta2, epsilon, t);
        memory.checkGuards();
        const [p64, m64, v64] = [p.slice(), m.slice(), v.slice()];
        adamStep(p64, g, m64, v64, lr, beta1, beta2, epsilon, t);
        const label = `adamStep n${count} t${t}`;
        // an update is ≤ lr · |m|/sqrt(v) ≲ 10·lr here; 1e-6 relative on p plus on the update size
        expectClose(`${label} params`, memory.readF32(pp, count), p64, 1e-6 * (1 + 10 * lr));
        expectClose(`${label} m`, memory.readF32(pm, count), m64, 1e-6);
        expectClose(`${label} v`, memory.readF32(pv, count), v64, 1e-6);
      }
    });
  });

  it('adamStep at step 1 from zero moments moves each parameter by ≈ lr·sign(g)', () => {
    memory.reset();
    const pp = memory.f32('params', [1, 1, 1, 1, 1]), pg = memory.f32('grads', [3, -3, 0.2, -0.2, 1]);
    const pm = memory.f32('m', new Float32Array(5)), pv = memory.f32('v', new Float32Array(5));
    memory.exports.adamStep(pp, pg, pm, pv, 5, 0.01, 0.9, 0.999, 1e-7, 1);
    memory.readF32(pp, 5).forEach((p, i) => expect(p).toBeCloseTo(1 - 0.01 * Math.sign([3, -3, 0.2, -0.2, 1][i]), 5));
  });
});
