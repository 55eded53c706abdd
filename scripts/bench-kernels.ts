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
import { paddingBefore } from '../src/shared/layers.ts';
import { planModel, sizeOf, type ModelPlan } from '../src/shared/plan.ts';
import { preset } from '../src/shared/presets.ts';
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
 * every layer backward (no dx for the first layer), Adam. Kept here, independent of the engine's
 * internals, so the benchmark measures the kernels only.
 */
function kernelStep(kernels: Kernels, plan: ModelPlan, batch: number) {
  const k = kernels.exports;
  const arena = new Arena(kernels);
  const n = batch;
  const paramCount = plan.totalParams;
  const params = arena.alloc(paramCount), grads = arena.alloc(paramCount), m = arena.alloc(paramCount), v = arena.alloc(paramCount);
  const inputSize = sizeOf(plan.spec.input);
  const staging = arena.alloc(n * inputSize, 1), input = arena.alloc(n * inputSize), labels = arena.alloc(n);
  let offset = 0, maxOut = inputSize, previous = input;
  const layers = plan.layers.map((layer) => {
    const size = (role: 'kernel' | 'bias') => sizeOf(layer.params.find((p) => p.role === role)?.shape ?? [0]);
    const kernel = layer.params.some((p) => p.role === 'kernel') ? offset : -1;
    offset += kernel >= 0 ? size('kernel') : 0;
    const bias = layer.params.some((p) => p.role === 'bias') ? offset : -1;
    offset += bias >= 0 ? size('bias') : 0;
    const outSize = sizeOf(layer.outputShape);
    maxOut = Math.max(maxOut, outSize);
    const out = layer.spec.kind === 'flatten' ? previous : arena.alloc(n * outSize);
    const winners = layer.spec.kind === 'maxPool2d' ? arena.alloc(n * outSize) : layer.spec.kind === 'channelMaxPool' ? arena.alloc(n * outSize) : 0;
    const at = (base: number, o: number) => (o >= 0 ? base + 4 * o : 0);
    const entry = { layer, x: previous, out, outSize, winners, w: at(params, kernel), b: at(params, bias), dw: at(grads, kernel), db: at(grads, bias) };
    previous = out;
    return entry;
  });
  const probs = arena.alloc(n * 10), dlogits = arena.alloc(n * 10), gradA = arena.alloc(n * maxOut), gradB = arena.alloc(n * maxOut);
  const random = mulberry32(7);
  arena.u8(staging, n * inputSize).forEach((_, i, a) => { a[i] = Math.floor(random() * 256); });
  arena.i32(labels, n).forEach((_, i, a) => { a[i] = Math.floor(random() * 10); });
  arena.f32(params, paramCount).forEach((_, i, a) => { a[i] = (random() - 0.5) * 0.2; });
  arena.f32(m, paramCount).fill(0);
  arena.f32(v, paramCount).fill(0);
  let t = 0;

  const forward = () => {
    k.bytesToFloats(staging, input, n * inputSize, 1 / 255);
    for (const { layer: l, x, out, winners, w, b } of layers) {
      const s = l.spec;
      if (s.kind === 'conv2d') {
        const [h, wd, c] = l.inputShape, [oh, ow, f] = l.outputShape, [kh, kw] = s.kernelSize, [sh, sw] = s.strides ?? [1, 1];
        const pt = paddingBefore(h, kh, sh, oh, s.padding ?? 'valid'), pl = paddingBefore(wd, kw, sw, ow, s.padding ?? 'valid');
        k.conv2dForward(x, w, b, out, n, h, wd, c, kh, kw, f, sh, sw, pt, pl, oh, ow, s.activation === 'relu' ? 1 : 0);
      } else if (s.kind === 'maxPool2d') {
        const [h, wd, c] = l.inputShape, [oh, ow] = l.outputShape, [ph, pw] = s.poolSize, [sh, sw] = s.strides ?? s.poolSize;
        k.maxPool2dForward(x, out, winners, n, h, wd, c, ph, pw, sh, sw, oh, ow);
      } else if (s.kind === 'channelMaxPool') {
        const [h, wd, c] = l.inputShape;
        k.channelMaxForward(x, out, winners, n * h * wd, c);
      } else if (s.kind === 'dense') {
        k.denseForward(x, w, b, out, n, l.inputShape[0], s.units, s.activation === 'relu' ? 1 : 0);
      }
    }
    return layers[layers.length - 1].out;
  };
  const train = () => {
    const logits = forward();
    k.softmaxCrossEntropy(logits, labels, probs, dlogits, n, 10, 1 / n);
    let dy = dlogits;
    for (let i = layers.length - 1; i >= 0; i--) {
      const { layer: l, x, out, outSize, winners, dw, db, w } = layers[i];
      const s = l.spec;
      if (s.kind === 'flatten') continue;
      if ('activation' in s && s.activation === 'relu') k.reluBackward(out, dy, n * outSize);
      const dx = i === 0 ? 0 : dy === gradA ? gradB : gradA;
      if (s.kind === 'conv2d') {
        const [h, wd, c] = l.inputShape, [oh, ow, f] = l.outputShape, [kh, kw] = s.kernelSize, [sh, sw] = s.strides ?? [1, 1];
        const pt = paddingBefore(h, kh, sh, oh, s.padding ?? 'valid'), pl = paddingBefore(wd, kw, sw, ow, s.padding ?? 'valid');
        k.conv2dBackwardFilter(x, dy, dw, n, h, wd, c, kh, kw, f, sh, sw, pt, pl, oh, ow);
        if (db) k.biasBackward(dy, db, n * oh * ow, f);
        if (dx) k.conv2dBackwardInput(dy, w, dx, n, h, wd, c, kh, kw, f, sh, sw, pt, pl, oh, ow);
      } else if (s.kind === 'maxPool2d') {
        if (dx) k.maxPool2dBackward(dy, winners, dx, n * sizeOf(l.inputShape), n * outSize);
      } else if (s.kind === 'channelMaxPool') {
        if (dx) k.channelMaxBackward(dy, winners, dx, n * outSize, l.inputShape[2]);
      } else if (s.kind === 'dense') {
        k.denseBackwardWeights(x, dy, dw, n, l.inputShape[0], s.units);
        if (db) k.biasBackward(dy, db, n, s.units);
        if (dx) k.denseBackwardInput(dy, w, dx, n, l.inputShape[0], s.units);
      }
      dy = dx;
    }
    t++;
    k.adamStep(params, grads, m, v, paramCount, 1e-3, 0.9, 0.999, 1e-7, t);
  };
  const infer = () => k.softmaxForward(forward(), probs, n, 10);
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
