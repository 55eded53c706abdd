// `npx tsx scripts/bench-kernels.ts [--models bench-a,bench-b,bench-c] [--steps 15] [--batch 128]
//   [--variant simd|relaxed] [--wasm path] [--against old.wasm] [--json out.json] [--baseline before.json]`
// Kernel microbenchmark, single thread: the in-register f32x4 multiply-add peak (peakMadd), then
// for each model one training step (bytesToFloats, forward, softmax-CE, backward, Adam: the
// engine's call sequence, see kernelStep) with every kernel call timed: median ms per batch,
// nominal GFLOP/s (2 per multiply-add; 'same' borders counted as full taps), share of the step;
// then img/s for training and inference (pixels already in kernel memory: the engine's copy-in is
// not counted). Random pixels and labels: no kernel branches on values, so timings equal real data's.
//   --variant   the build in assembly/build (default FILTERFIT_KERNELS or simd); --wasm any file
//   --against   a second build run interleaved step by step and shown as "before": on a shared
//               machine both see the same noise, so the ratios hold while absolute times wander
//   --baseline  the "before" column from an earlier --json run instead
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { Arena } from '../src/engine/arena.ts';
import type { KernelExports } from '../src/engine/kernels.ts';
import { mulberry32 } from '../src/engine/random.ts';
import { instantiateKernels, type Kernels } from '../src/engine/wasm.ts';
import type { KernelVariant } from '../src/engine/kernel-variant.ts';
import { enableRelaxedSimdNode, kernelBuildPathNode, kernelVariantFromEnv } from '../src/engine/kernel-variant-node.ts';
import { layerRuntime } from '../src/engine/layer-runtime.ts';
import { paramSlices } from '../src/shared/param-slices.ts';
import { planModel, sizeOf, type ModelPlan } from '../src/shared/plan.ts';
import { preset } from '../src/shared/presets.ts';
import { CLASS_COUNT } from '../src/shared/spec.ts';
import { ADAM_DEFAULTS } from '../src/shared/training-types.ts';
import { parseCli, positiveInteger, runCli } from './cli-args.ts';

interface OpTiming { label: string; flops: number; bytes: number; times: number[] }
interface ModelResult {
  model: string;
  ops: Array<{ label: string; ms: number; gflops: number; gbytes: number; share: number }>;
  stepMs: number;
  inferMs: number;
  trainImgPerSec: number;
  inferImgPerSec: number;
}
interface BenchResult { peakGflops: number; batch: number; models: ModelResult[] }

const median = (values: number[]) => {
  const s = [...values].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

/** What a kernel call is (op and shape) and what it costs (nominal FLOPs, bytes touched once). */
function describeCall(name: string, a: number[]): { label: string; flops: number; bytes: number } {
  switch (name) {
    case 'conv2dForward':
    case 'conv2dBackwardInput':
    case 'conv2dBackwardFilter': {
      const o = name === 'conv2dForward' ? 4 : 3; // geometry starts after the pointers
      const [n, h, wd, c, kh, kw, k, sh, sw, pt, pl, oh, ow] = a.slice(o);
      const op = { conv2dForward: 'conv fwd', conv2dBackwardInput: 'conv bwd-input', conv2dBackwardFilter: 'conv bwd-filter' }[name];
      const pad = pt || pl ? ' same' : '';
      const relu = name === 'conv2dForward' && a[o + 13] ? ' relu' : '';
      const inBytes = n * h * wd * c * 4, outBytes = n * oh * ow * k * 4, wBytes = kh * kw * c * k * 4;
      return {
        label: `${op} ${h}x${wd}x${c}→${oh}x${ow}x${k} ${kh}x${kw}${sh > 1 || sw > 1 ? ` s${sh}x${sw}` : ''}${pad}${relu}`,
        flops: 2 * n * oh * ow * k * kh * kw * c,
        bytes: inBytes + outBytes + wBytes,
      };
    }
    case 'denseForward':
    case 'denseBackwardInput':
    case 'denseBackwardWeights': {
      const o = name === 'denseForward' ? 4 : 3;
      const [n, inputs, units] = a.slice(o);
      const op = { denseForward: 'dense fwd', denseBackwardInput: 'dense bwd-input', denseBackwardWeights: 'dense bwd-weights' }[name];
      return { label: `${op} ${inputs}→${units}`, flops: 2 * n * inputs * units, bytes: 4 * (n * inputs + n * units + inputs * units) };
    }
    case 'biasBackward': return { label: `bias bwd ${a[3]}`, flops: a[2] * a[3], bytes: 4 * a[2] * a[3] };
    case 'reluBackward': return { label: `relu bwd ${a[2]}`, flops: a[2], bytes: 12 * a[2] };
    case 'maxPool2dForward': {
      const [n, h, wd, c, ph, pw, , , oh, ow] = a.slice(3);
      return { label: `maxpool fwd ${h}x${wd}x${c} ${ph}x${pw}`, flops: n * oh * ow * c * ph * pw, bytes: 4 * (n * h * wd * c + 2 * n * oh * ow * c) };
    }
    case 'maxPool2dBackward': return { label: `maxpool bwd ${a[3]}`, flops: a[4], bytes: 4 * (a[3] + 3 * a[4]) };
    case 'channelMaxForward': return { label: `channel max fwd ${a[4]}`, flops: a[3] * a[4], bytes: 4 * a[3] * (a[4] + 2) };
    case 'channelMaxBackward': return { label: `channel max bwd ${a[4]}`, flops: 0, bytes: 4 * a[3] * (a[4] + 2) };
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
      const start = performance.now();
      const result = (fn as (...a: number[]) => number)(...args);
      const ms = performance.now() - start;
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
    const start = performance.now();
    exports.peakMadd(iterations);
    rates.push((iterations * 96) / (performance.now() - start) / 1e6);
  }
  return median(rates);
}

/**
 * One model's kernel calls for a batch, laid out in one arena — the sequence the engine's lane
 * runs (src/engine/network.ts): bytesToFloats, every layer forward, softmax-CE, reluBackward and
 * every layer backward (no dx for the first layer), Adam. The layers' kernel calls are the
 * engine's own (layerRuntime), the layout is the engine's parameter table (paramSlices); the
 * rest (staging, threads, the data) is left out, so the benchmark measures the kernels only.
 */
function kernelStep(kernels: Kernels, plan: ModelPlan, batch: number) {
  const k = kernels.exports;
  const arena = new Arena(kernels);
  const n = batch;
  const paramCount = plan.totalParams;
  const params = arena.alloc(paramCount), grads = arena.alloc(paramCount), m = arena.alloc(paramCount), v = arena.alloc(paramCount);
  const inputSize = sizeOf(plan.spec.input);
  const staging = arena.alloc(n * inputSize, 1), input = arena.alloc(n * inputSize), labels = arena.alloc(n);
  const slices = paramSlices(plan);
  let maxOut = inputSize, previous = input;
  const layers = plan.layers.map((layer) => {
    const at = (role: 'kernel' | 'bias', base: number) => {
      const slice = slices.find((s) => s.layer === layer.index && s.role === role);
      return slice ? base + 4 * slice.offset : 0;
    };
    const buffers = { kernel: at('kernel', params), bias: at('bias', params), dKernel: at('kernel', grads), dBias: at('bias', grads), winners: 0 };
    const runtime = layerRuntime(k, layer, buffers);
    buffers.winners = runtime.winnersPerImage ? arena.alloc(n * runtime.winnersPerImage) : 0;
    const outSize = sizeOf(layer.outputShape);
    maxOut = Math.max(maxOut, outSize);
    const out = runtime.ownsOutput ? arena.alloc(n * outSize) : previous;
    const entry = { runtime, x: previous, out, outSize };
    previous = out;
    return entry;
  });
  const probs = arena.alloc(n * CLASS_COUNT), dlogits = arena.alloc(n * CLASS_COUNT), gradA = arena.alloc(n * maxOut), gradB = arena.alloc(n * maxOut);
  const random = mulberry32(7);
  arena.u8(staging, n * inputSize).forEach((_, i, a) => { a[i] = Math.floor(random() * 256); });
  arena.i32(labels, n).forEach((_, i, a) => { a[i] = Math.floor(random() * CLASS_COUNT); });
  arena.f32(params, paramCount).forEach((_, i, a) => { a[i] = (random() - 0.5) * 0.2; });
  arena.f32(m, paramCount).fill(0);
  arena.f32(v, paramCount).fill(0);
  let t = 0;

  const forward = () => {
    k.bytesToFloats(staging, input, n * inputSize, 1 / 255);
    for (const { runtime, x, out } of layers) runtime.forward(x, out, n);
    return layers[layers.length - 1].out;
  };
  const train = () => {
    const logits = forward();
    k.softmaxCrossEntropy(logits, labels, probs, dlogits, n, CLASS_COUNT, 1 / n);
    let dy = dlogits;
    for (let i = layers.length - 1; i >= 0; i--) {
      const { runtime, x, out, outSize } = layers[i];
      if (!runtime.ownsOutput) continue; // Flatten: dy passes through
      if (runtime.relu) k.reluBackward(out, dy, n * outSize);
      const dx = i === 0 ? 0 : dy === gradA ? gradB : gradA;
      runtime.backward(x, dy, dx, n);
      dy = dx;
    }
    t++;
    const { learningRate, beta1, beta2, epsilon } = ADAM_DEFAULTS;
    k.adamStep(params, grads, m, v, paramCount, learningRate, beta1, beta2, epsilon, t);
  };
  const infer = () => k.softmaxForward(forward(), probs, n, CLASS_COUNT);
  return { train, infer };
}

/**
 * One model on one or more builds, interleaved step by step (so a noisy neighbour slows every
 * build alike): whole training steps and inference passes without timers, then training steps
 * with every kernel call timed, on a second instance per build.
 */
async function benchModel(modules: WebAssembly.Module[], model: string, batch: number, steps: number): Promise<ModelResult[]> {
  const spec = preset(model);
  if (!spec) throw new Error(`unknown model ${model}`);
  const plan = planModel(spec);
  const interleaved = (runs: Array<() => void>, warmup: number) => {
    const times = runs.map(() => [] as number[]);
    for (let s = 0; s < warmup + steps; s++) {
      runs.forEach((run, i) => {
        const start = performance.now();
        run();
        if (s >= warmup) times[i].push(performance.now() - start);
      });
    }
    return times.map(median);
  };

  const plain = await Promise.all(modules.map(async (m) => kernelStep(await instantiateKernels(m), plan, batch)));
  const stepMs = interleaved(plain.map((p) => p.train), 3);
  const inferMs = interleaved(plain.map((p) => p.infer), 1);

  const sinks = modules.map(() => ({ calls: [] as OpTiming[], index: 0, record: false }));
  const timed = await Promise.all(modules.map(async (m, i) => {
    const probed = await instantiateKernels(m);
    return kernelStep({ exports: timedExports(probed.exports, sinks[i]), memory: probed.memory }, plan, batch);
  }));
  for (const sink of sinks) sink.record = true;
  interleaved(timed.map((t, i) => () => { sinks[i].index = 0; t.train(); }), 3);
  return sinks.map((sink, i) => {
    const calls = sink.calls.map((c) => ({ ...c, times: c.times.slice(3) })); // drop the warm-up steps
    const sum = calls.reduce((t, c) => t + median(c.times), 0);
    const ops = calls.map((c) => {
      const ms = median(c.times);
      return { label: c.label, ms, gflops: c.flops / ms / 1e6, gbytes: c.bytes / ms / 1e6, share: ms / sum };
    });
    return { model, ops, stepMs: stepMs[i], inferMs: inferMs[i], trainImgPerSec: (batch * 1000) / stepMs[i], inferImgPerSec: (batch * 1000) / inferMs[i] };
  });
}

const fmt = (v: number, digits = 1) => (Number.isFinite(v) ? v.toFixed(digits) : '–');

function printModel(r: ModelResult, peak: number, before?: ModelResult): void {
  const head = before ? '| op (batch 128) | before ms | ms | speed-up | GFLOP/s | GB/s | share |' : '| op (batch 128) | ms | GFLOP/s | GB/s | share |';
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
  const was = before ? ` (before ${fmt(before.stepMs, 2)} ms, ${fmt(before.trainImgPerSec, 0)} img/s train, ${fmt(before.inferImgPerSec, 0)} img/s inference)` : '';
  console.log(
    `\nstep ${fmt(r.stepMs, 2)} ms → ${fmt(r.trainImgPerSec, 0)} img/s training, ${fmt(r.stepMs ? stepGflops : 0, 2)} GFLOP/s ` +
      `(${fmt((100 * stepGflops) / peak)} % of peak); inference ${fmt(r.inferMs, 2)} ms → ${fmt(r.inferImgPerSec, 0)} img/s${was}`,
  );
}

await runCli(async () => {
  const args = parseCli({
    models: { type: 'string' }, steps: { type: 'string' }, batch: { type: 'string' }, variant: { type: 'string' },
    wasm: { type: 'string' }, against: { type: 'string' }, json: { type: 'string' }, baseline: { type: 'string' },
  });
  const models = ((args.models as string | undefined) ?? 'bench-a,bench-b,bench-c').split(',');
  const steps = positiveInteger('steps', args.steps, 15);
  const batch = positiveInteger('batch', args.batch, 128);
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

  const modules = against ? [module, against] : [module];
  const peaks = modules.map(() => [] as number[]);
  for (let r = 0; r < 3; r++) {
    for (const [i, m] of modules.entries()) peaks[i].push(measurePeak((await instantiateKernels(m)).exports));
  }
  const peakGflops = median(peaks[0]);
  const name = (path: string) => path.split('/').slice(-1)[0];
  console.log(`# kernel benchmark — ${name(wasmPath)}${againstPath ? ` against ${name(againstPath)} (interleaved)` : ''}, Node ${process.version}, batch ${batch}, median of ${steps}`);
  const fused = /relaxed/.test(wasmPath); // the build's madd is f32x4.relaxed_madd
  console.log(`\npeakMadd: ${fmt(peakGflops)} GFLOP/s per core (in-register f32x4 ${fused ? 'relaxed_madd' : 'mul+add'})` +
    (against ? ` (${name(againstPath!)}: ${fmt(median(peaks[1]))})` : baseline ? ` (before: ${fmt(baseline.peakGflops)})` : ''));
  const results: ModelResult[] = [];
  for (const model of models) {
    const [r, old] = await benchModel(modules, model, batch, steps);
    results.push(r);
    printModel(r, peakGflops, old ?? baseline?.models.find((m) => m.model === model));
  }
  if (args.json) writeFileSync(args.json as string, JSON.stringify({ peakGflops, batch, models: results } satisfies BenchResult, null, 1));
});
