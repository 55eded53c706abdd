// `npx tsx scripts/bench-kernels.ts [--models bench-a,bench-b,bench-c] [--steps 15] [--batch 128]
//   [--variant simd|relaxed] [--wasm path] [--against other.wasm] [--json out.json] [--baseline before.json]
//   [--clock wall|cpu] [--direct]`
// Kernel profile, single thread: the in-register f32x4 multiply-add peak (peakMadd), then for each
// model the engine's own training step (a one-lane Network: copy-in, bytesToFloats, forward,
// softmax-CE, backward with its fused ReLU masks, Adam) with every kernel call timed: median ms
// per batch, GFLOP/s of the multiply-adds done ('same' convs skip their zero padding; see
// src/bench/flops.ts), share of the kernel time; then img/s for training and inference and the
// time outside the kernels (the engine's JS: copying pixels in, reading results back).
//   --variant   the build in assembly/build (default FILTERFIT_KERNELS or simd); --wasm any file
//   --against   a second build (same kernel signatures) run interleaved step by step and shown as
//               "before": on a shared machine both see the same noise, so the ratios hold while
//               absolute times wander
//   --direct    the "before" build is this build with Winograd switched off (its direct conv
//               kernels), interleaved the same way; a build without Winograd exports runs direct too
//   --baseline  the "before" column from an earlier --json run instead
//   --clock     wall (default) or cpu: this process's CPU time, which a busy neighbour on a shared
//               machine does not inflate (it still shares the caches)
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import type { KernelExports } from '../src/engine/kernels.ts';
import { Network } from '../src/engine/network.ts';
import { mulberry32 } from '../src/engine/random.ts';
import { instantiateKernels, withWinograd, type Kernels } from '../src/engine/wasm.ts';
import type { KernelVariant } from '../src/engine/kernel-variant.ts';
import { enableRelaxedSimdNode, kernelBuildPathNode, kernelVariantFromEnv } from '../src/engine/kernel-variant-node.ts';
import { tapsInside } from '../src/bench/flops.ts';
import { planModel, type ModelPlan } from '../src/shared/plan.ts';
import { preset } from '../src/shared/presets.ts';
import { ADAM_DEFAULTS } from '../src/shared/training-types.ts';
import { parseCli, positiveInteger, runCli } from './cli-args.ts';

interface OpTiming { label: string; flops: number; bytes: number; times: number[] }
interface ModelResult {
  model: string;
  ops: Array<{ label: string; ms: number; gflops: number; gbytes: number; share: number }>;
  stepMs: number;
  inferMs: number;
  /** Median per step of the time outside the kernel calls (the engine's JS), timed in the same steps. */
  outsideMs: number;
  trainImgPerSec: number;
  inferImgPerSec: number;
}
interface BenchResult { peakGflops: number; batch: number; models: ModelResult[] }

/** Milliseconds on the chosen clock: wall (performance.now) or this process's CPU time (--clock cpu). */
let now = () => performance.now();
const cpuNow = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};

const median = (values: number[]) => {
  const s = [...values].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

/** What a kernel call is (op and shape) and what it costs (FLOPs done, see src/bench/flops.ts; bytes touched once). */
function describeCall(name: string, a: number[]): { label: string; flops: number; bytes: number } {
  switch (name) {
    case 'conv2dForward':
    case 'conv2dBackwardInput':
    case 'conv2dBackwardFilter': {
      const o = { conv2dForward: 4, conv2dBackwardInput: 5, conv2dBackwardFilter: 3 }[name]; // geometry starts after the pointers
      const [n, h, wd, c, kh, kw, k, sh, sw, pt, pl, oh, ow] = a.slice(o);
      const op = { conv2dForward: 'conv fwd', conv2dBackwardInput: 'conv bwd-input', conv2dBackwardFilter: 'conv bwd-filter' }[name];
      const pad = pt || pl ? ' same' : '';
      const fused = name === 'conv2dForward' ? (a[o + 13] ? ' relu' : '') : name === 'conv2dBackwardInput' && a[4] ? ' +relu bwd' : '';
      const inBytes = n * h * wd * c * 4, outBytes = n * oh * ow * k * 4, wBytes = kh * kw * c * k * 4;
      return {
        label: `${op} ${h}x${wd}x${c}→${oh}x${ow}x${k} ${kh}x${kw}${sh > 1 || sw > 1 ? ` s${sh}x${sw}` : ''}${pad}${fused}`,
        flops: 2 * n * tapsInside(h, kh, sh, pt, oh) * tapsInside(wd, kw, sw, pl, ow) * k * c,
        bytes: inBytes + outBytes + wBytes,
      };
    }
    case 'conv2dForwardWinograd':
    case 'conv2dBackwardInputWinograd':
    case 'conv2dBackwardFilterWinograd': {
      // geometry (n, h, wd, c, k, padTop, padLeft, oh, ow) after the pointers; 16 products per 2×2
      // tile of the map each kernel writes: y or dy's tiles (forward, filter gradient), dx's (input gradient)
      const o = { conv2dForwardWinograd: 5, conv2dBackwardInputWinograd: 5, conv2dBackwardFilterWinograd: 4 }[name];
      const [n, h, wd, c, k, pt, pl, oh, ow] = a.slice(o);
      const op = { conv2dForwardWinograd: 'fwd', conv2dBackwardInputWinograd: 'bwd-input', conv2dBackwardFilterWinograd: 'bwd-filter' }[name];
      const [tilesH, tilesW] = name === 'conv2dBackwardInputWinograd' ? [h, wd] : [oh, ow];
      const fused = name === 'conv2dForwardWinograd' ? (a[14] ? ' relu' : '') : name === 'conv2dBackwardInputWinograd' && a[4] ? ' +relu bwd' : '';
      return {
        label: `conv ${op} ${h}x${wd}x${c}→${oh}x${ow}x${k} 3x3${pt || pl ? ' same' : ''} winograd${fused}`,
        flops: 2 * n * 16 * Math.ceil(tilesH / 2) * Math.ceil(tilesW / 2) * c * k,
        bytes: 4 * (n * h * wd * c + n * oh * ow * k + 9 * c * k),
      };
    }
    case 'denseForward':
    case 'denseBackwardInput':
    case 'denseBackwardWeights': {
      const o = { denseForward: 4, denseBackwardInput: 5, denseBackwardWeights: 3 }[name];
      const [n, inputs, units] = a.slice(o);
      const op = { denseForward: 'dense fwd', denseBackwardInput: 'dense bwd-input', denseBackwardWeights: 'dense bwd-weights' }[name];
      const fused = name === 'denseBackwardInput' && a[4] ? ' +relu bwd' : '';
      return { label: `${op} ${inputs}→${units}${fused}`, flops: 2 * n * inputs * units, bytes: 4 * (n * inputs + n * units + inputs * units) };
    }
    case 'biasBackward': return { label: `bias bwd ${a[3]}`, flops: a[2] * a[3], bytes: 4 * a[2] * a[3] };
    case 'reluBackward': return { label: `relu bwd ${a[2]}`, flops: a[2], bytes: 12 * a[2] };
    case 'maxPool2dForward': {
      const [n, h, wd, c, ph, pw, , , oh, ow] = a.slice(3);
      return { label: `maxpool fwd ${h}x${wd}x${c} ${ph}x${pw}`, flops: n * oh * ow * c * ph * pw, bytes: 4 * (n * h * wd * c + 2 * n * oh * ow * c) };
    }
    case 'maxPool2dBackward': {
      const [n, h, wd, c, , , , , oh, ow] = a.slice(4);
      const dyCount = n * oh * ow * c;
      return { label: `maxpool bwd ${h}x${wd}x${c}${a[2] ? ' +relu bwd' : ''}`, flops: 0, bytes: 4 * (n * h * wd * c + 3 * dyCount) };
    }
    case 'channelMaxForward': return { label: `channel max fwd ${a[4]}`, flops: a[3] * a[4], bytes: 4 * a[3] * (a[4] + 2) };
    case 'channelMaxBackward': return { label: `channel max bwd ${a[5]}${a[2] ? ' +relu bwd' : ''}`, flops: 0, bytes: 4 * a[4] * (a[5] + 3) };
    case 'softmaxCrossEntropy': return { label: `softmax-CE ${a[5]}`, flops: 0, bytes: 4 * a[4] * (3 * a[5] + 1) };
    case 'softmaxForward': return { label: `softmax ${a[3]}`, flops: 0, bytes: 4 * a[2] * 2 * a[3] };
    case 'adamStep': return { label: `adam ${a[4]}`, flops: 0, bytes: 4 * 7 * a[4] };
    case 'sgdStep': return { label: `sgd ${a[2]}`, flops: 2 * a[2], bytes: 12 * a[2] };
    case 'bytesToFloats': return { label: `bytesToFloats ${a[2]}`, flops: a[2], bytes: 5 * a[2] };
    default: return { label: name, flops: 0, bytes: 0 };
  }
}

/** Wraps every kernel so each call's duration lands in `sink`, keyed by call order within a step. */
function timedExports(exports: KernelExports, sink: { calls: OpTiming[]; index: number; record: boolean }): KernelExports {
  const wrapped: Record<string, unknown> = {};
  for (const [name, fn] of Object.entries(exports)) {
    if (typeof fn !== 'function') { wrapped[name] = fn; continue; }
    wrapped[name] = (...args: number[]) => {
      const start = now();
      const result = (fn as (...a: number[]) => number)(...args);
      const ms = now() - start;
      if (sink.record) {
        const slot = (sink.calls[sink.index] ??= { ...describeCall(name, args), times: [] });
        slot.times.push(ms);
        sink.index++;
      }
      return result;
    };
  }
  return wrapped as unknown as KernelExports;
}

function measurePeak(exports: KernelExports): number {
  const iterations = 5_000_000;
  exports.peakMadd(1000);
  const rates: number[] = [];
  for (let r = 0; r < 9; r++) {
    const start = now();
    exports.peakMadd(iterations);
    rates.push((iterations * 96) / (now() - start) / 1e6);
  }
  return median(rates);
}

/**
 * One model's training step and inference pass as the engine runs them: a one-lane Network
 * (src/engine/network.ts) on the given kernels, so the calls, their order and the fused ops are
 * the engine's own (copy-in of the pixels included; it is JS, not a kernel). Random pixels and
 * labels, seeded: no kernel branches on values, so timings equal real data's.
 */
function engineStep(kernels: Kernels, plan: ModelPlan, batch: number) {
  const net = new Network(kernels, plan, batch);
  net.initialize(mulberry32(7));
  const random = mulberry32(8);
  const images = Uint8Array.from({ length: batch * net.inputSize }, () => Math.floor(random() * 256));
  const labels = Uint8Array.from({ length: batch }, () => Math.floor(random() * 10));
  const probs = new Float32Array(batch * 10);
  return {
    train: () => void net.trainStep(images, labels, 0, batch, undefined, ADAM_DEFAULTS),
    infer: () => net.predictBatch(images, 0, batch, probs, 0),
  };
}

/** Instantiates a build; `direct` (and a build without Winograd kernels) runs every conv direct. */
async function loadBuild(module: WebAssembly.Module, direct: boolean): Promise<Kernels> {
  const kernels = await instantiateKernels(module);
  return withWinograd(kernels, !direct && typeof kernels.exports.winogradEligible === 'function');
}

/**
 * One model on one or more builds, interleaved step by step (so a noisy neighbour slows every
 * build alike): whole training steps and inference passes without timers, then training steps
 * with every kernel call timed, on a second instance per build.
 */
async function benchModel(modules: WebAssembly.Module[], direct: boolean[], model: string, batch: number, steps: number): Promise<ModelResult[]> {
  const spec = preset(model);
  if (!spec) throw new Error(`unknown model ${model}`);
  const plan = planModel(spec);
  const interleaved = (runs: Array<() => void>, warmup: number) => {
    const times = runs.map(() => [] as number[]);
    for (let s = 0; s < warmup + steps; s++) {
      runs.forEach((run, i) => {
        const start = now();
        run();
        if (s >= warmup) times[i].push(now() - start);
      });
    }
    return times.map(median);
  };

  const plain = await Promise.all(modules.map(async (m, i) => engineStep(await loadBuild(m, direct[i]), plan, batch)));
  const stepMs = interleaved(plain.map((p) => p.train), 3);
  const inferMs = interleaved(plain.map((p) => p.infer), 1);

  const sinks = modules.map(() => ({ calls: [] as OpTiming[], index: 0, record: false }));
  const timed = await Promise.all(modules.map(async (m, i) => {
    const probed = await loadBuild(m, direct[i]);
    return engineStep({ exports: timedExports(probed.exports, sinks[i]), memory: probed.memory }, plan, batch);
  }));
  for (const sink of sinks) sink.record = true;
  // per timed step: its wall time minus its kernels' = the engine's JS around them
  const outside = modules.map(() => [] as number[]);
  interleaved(timed.map((t, i) => () => {
    const kernelTimes = () => sinks[i].calls.reduce((sum, c) => sum + (c.times.at(-1) ?? 0), 0);
    sinks[i].index = 0;
    const start = now();
    t.train();
    outside[i].push(now() - start - kernelTimes());
  }), 3);
  return sinks.map((sink, i) => {
    const calls = sink.calls.map((c) => ({ ...c, times: c.times.slice(3) })); // drop the warm-up steps
    const sum = calls.reduce((t, c) => t + median(c.times), 0);
    const ops = calls.map((c) => {
      const ms = median(c.times);
      return { label: c.label, ms, gflops: c.flops / ms / 1e6, gbytes: c.bytes / ms / 1e6, share: ms / sum };
    });
    return {
      model, ops, stepMs: stepMs[i], inferMs: inferMs[i], outsideMs: median(outside[i].slice(3)),
      trainImgPerSec: (batch * 1000) / stepMs[i], inferImgPerSec: (batch * 1000) / inferMs[i],
    };
  });
}

const fmt = (v: number, digits = 1) => (Number.isFinite(v) ? v.toFixed(digits) : '–');

function printModel(r: ModelResult, peak: number, before?: ModelResult): void {
  const head = before ? '| op (batch 128) | before ms | ms | speed-up | GFLOP/s | GB/s | share |' : '| op (batch 128) | ms | GFLOP/s | GB/s | share of kernels |';
  console.log(`\n### ${r.model}\n\n${head}\n|${head.split('|').slice(2).map(() => '---').join('|')}|`);
  r.ops.forEach((op, i) => {
    const old = before?.ops[i]?.label === op.label ? before.ops[i] : undefined;
    const gf = op.gflops > 0 ? fmt(op.gflops, 2) : '';
    const cols = before
      ? [op.label, old ? fmt(old.ms, 3) : '', fmt(op.ms, 3), old ? `${fmt(old.ms / op.ms, 2)}×` : '', gf, fmt(op.gbytes), `${fmt(op.share * 100)} %`]
      : [op.label, fmt(op.ms, 3), gf, fmt(op.gbytes), `${fmt(op.share * 100)} %`];
    console.log(`| ${cols.join(' | ')} |`);
  });
  const flops = r.ops.reduce((t, op) => t + op.gflops * op.ms * 1e6, 0);
  const stepGflops = flops / r.stepMs / 1e6;
  const kernelMs = r.ops.reduce((t, op) => t + op.ms, 0);
  console.log(`\nkernels ${fmt(kernelMs, 2)} ms per step (sum of the medians); outside them, the engine's JS: ${fmt(r.outsideMs, 3)} ms per step`);
  const was = before ? ` (before ${fmt(before.stepMs, 2)} ms, ${fmt(before.trainImgPerSec, 0)} img/s train, ${fmt(before.inferImgPerSec, 0)} img/s inference)` : '';
  console.log(
    `\nstep ${fmt(r.stepMs, 2)} ms → ${fmt(r.trainImgPerSec, 0)} img/s training, ${fmt(r.stepMs ? stepGflops : 0, 2)} GFLOP/s ` +
      `(${fmt((100 * stepGflops) / peak)} % of peak); inference ${fmt(r.inferMs, 2)} ms → ${fmt(r.inferImgPerSec, 0)} img/s${was}`,
  );
}

await runCli(async () => {
  const args = parseCli({
    models: { type: 'string' }, steps: { type: 'string' }, batch: { type: 'string' }, variant: { type: 'string' },
    wasm: { type: 'string' }, against: { type: 'string' }, json: { type: 'string' }, baseline: { type: 'string' }, clock: { type: 'string' },
    direct: { type: 'boolean', default: false },
  });
  const models = ((args.models as string | undefined) ?? 'bench-a,bench-b,bench-c').split(',');
  const steps = positiveInteger('steps', args.steps, 15);
  const batch = positiveInteger('batch', args.batch, 128);
  if (args.clock === 'cpu') now = cpuNow;
  else if (args.clock !== undefined && args.clock !== 'wall') throw new Error(`--clock must be wall or cpu, got ${args.clock}`);
  const variant = ((args.variant as string | undefined) ?? kernelVariantFromEnv()) as KernelVariant;
  if (variant !== 'simd' && variant !== 'relaxed') throw new Error(`--variant must be simd or relaxed, got ${variant}`);
  enableRelaxedSimdNode(); // harmless for the plain build; needed (Node 20) for a relaxed one
  // Optimise every wasm function up front: the steady state the app reaches after a few batches
  // (V8 starts wasm in its baseline compiler and swaps in optimised code only between calls).
  setFlagsFromString('--no-liftoff');
  const wasmPath = resolve((args.wasm as string | undefined) ?? kernelBuildPathNode(variant));
  const againstPath = args.against ? resolve(args.against as string) : undefined;
  const module = new WebAssembly.Module(readFileSync(wasmPath));
  const against = againstPath ? new WebAssembly.Module(readFileSync(againstPath)) : undefined;
  const baseline = args.baseline ? (JSON.parse(readFileSync(args.baseline as string, 'utf8')) as BenchResult) : undefined;

  if (against && args.direct) throw new Error('--against and --direct both name the "before" build: pick one');
  const modules = against ? [module, against] : args.direct ? [module, module] : [module];
  const direct = modules.map((_, i) => i === 1 && args.direct === true);
  const peaks = modules.map(() => [] as number[]);
  for (let r = 0; r < 3; r++) {
    for (const [i, m] of modules.entries()) peaks[i].push(measurePeak((await instantiateKernels(m)).exports));
  }
  const peakGflops = median(peaks[0]);
  const name = (path: string) => path.split('/').slice(-1)[0];
  const versus = againstPath ? ` against ${name(againstPath)} (interleaved)` : args.direct ? ' against its direct conv kernels (Winograd off, interleaved)' : '';
  console.log(`# kernel benchmark — ${name(wasmPath)}${versus}, Node ${process.version}, batch ${batch}, median of ${steps}`);
  const fused = /relaxed/.test(wasmPath); // the build's madd is f32x4.relaxed_madd
  console.log(`\npeakMadd: ${fmt(peakGflops)} GFLOP/s per core (in-register f32x4 ${fused ? 'relaxed_madd' : 'mul+add'})` +
    (against ? ` (${name(againstPath!)}: ${fmt(median(peaks[1]))})` : baseline ? ` (before: ${fmt(baseline.peakGflops)})` : ''));
  if (args.direct) console.log('"before" = the same build with Winograd switched off: the direct kernels, whose ops carry other labels');
  const results: ModelResult[] = [];
  for (const model of models) {
    const [r, old] = await benchModel(modules, direct, model, batch, steps);
    results.push(r);
    printModel(r, peakGflops, old ?? baseline?.models.find((m) => m.model === model));
  }
  if (args.json) writeFileSync(args.json as string, JSON.stringify({ peakGflops, batch, models: results } satisfies BenchResult, null, 1));
});
