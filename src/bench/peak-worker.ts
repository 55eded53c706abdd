// The in-register f32x4 multiply-add peak of one core, from FilterFit's own kernel module
// (peakMadd: 12 independent chains acc = acc·m + c, no memory traffic). The best of several
// ~100 ms runs: a ceiling, so noise from other processes can only lower it.
import { loadKernelsBrowser } from '../engine/wasm-browser';
import type { PeakReply } from './protocol';

/** 12 chains × 4 lanes × (mul + add) per iteration, as KernelExports.peakMadd documents. */
const FLOPS_PER_ITERATION = 96;

self.onmessage = async (event: MessageEvent<{ runs: number; runMs: number }>) => {
  let reply: PeakReply;
  try {
    const { exports } = await loadKernelsBrowser();
    const time = (iterations: number) => {
      const t = performance.now();
      exports.peakMadd(iterations);
      return performance.now() - t;
    };
    let iterations = 1 << 16;
    while (time(iterations) < 20) iterations *= 2;
    iterations = Math.ceil((iterations * event.data.runMs) / Math.max(time(iterations), 1e-3));
    let best = 0;
    for (let r = 0; r < event.data.runs; r++) best = Math.max(best, (iterations * FLOPS_PER_ITERATION) / (time(iterations) / 1000) / 1e9);
    reply = { ok: true, gflops: best, source: 'FilterFit kernel peakMadd (12 × f32x4 mul+add chains), best of ' + event.data.runs };
  } catch (error) {
    reply = { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
  self.postMessage(reply);
};
