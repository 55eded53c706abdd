// The sandbox's own limits, on top of what any valid spec obeys (plan.ts): Fashion-MNIST input,
// a kernel of at most 7 × 7, conv strides 1–3, at most 20 layers, and caps on parameters and on
// the memory training takes at the chosen batch size, so whatever a learner types trains on a
// school laptop. Presets and the lesson are not held to these (the CLI may train anything valid).
import { memoryEstimate } from './cost';
import type { Problem } from './layers';
import { planModel, type ModelPlan } from './plan';
import type { SandboxSettings } from './sandbox-settings';
import type { ModelSpec } from './spec';
import { SpecError } from './spec-error';

export const SANDBOX_LIMITS = {
  input: [28, 28, 1] as const,
  maxLayers: 20,
  /** Conv kernel height and width. */
  maxKernel: 7,
  /** Conv strides, each axis. */
  minStride: 1,
  maxStride: 3,
  maxParams: 1_000_000,
  /** Bytes the engine lays out to train at the run's batch size and threads (src/shared/cost.ts). */
  maxTrainingBytes: 256 * 2 ** 20,
} as const;

const MIB = 2 ** 20;

function layerError(plan: ModelPlan, index: number, problem: Problem): SpecError {
  const name = plan.layers[index].name;
  return new SpecError(problem.code, { ...problem.params, layer: name, index }, index, `Layer ${index} "${name}": ${problem.message}`);
}

/** The first sandbox rule `plan` breaks, or null. */
function sandboxProblem(plan: ModelPlan, settings: Pick<SandboxSettings, 'batchSize' | 'threads'>): SpecError | null {
  const { maxKernel, minStride, maxStride, maxParams, maxTrainingBytes } = SANDBOX_LIMITS;
  for (const layer of plan.layers) {
    const s = layer.spec;
    if (s.kind !== 'conv2d') continue;
    const [kh, kw] = s.kernelSize;
    if (kh > maxKernel || kw > maxKernel) {
      return layerError(plan, layer.index, {
        code: 'sandbox.kernelTooLarge',
        params: { kernel: `${kh}×${kw}`, cap: `${maxKernel}×${maxKernel}` },
        message: `kernel ${kh}×${kw} is larger than the sandbox's ${maxKernel}×${maxKernel}`,
      });
    }
    const [sh, sw] = s.strides ?? [1, 1];
    if ([sh, sw].some((v) => v < minStride || v > maxStride)) {
      return layerError(plan, layer.index, {
        code: 'sandbox.strideOutOfRange',
        params: { strides: `${sh}×${sw}`, min: minStride, max: maxStride },
        message: `strides ${sh}×${sw} must each be from ${minStride} to ${maxStride} in the sandbox`,
      });
    }
  }
  if (plan.totalParams > maxParams) {
    return new SpecError('sandbox.tooManyParams', { count: plan.totalParams, cap: maxParams }, -1,
      `Model: ${plan.totalParams.toLocaleString('en')} parameters exceed the sandbox's cap of ${maxParams.toLocaleString('en')}`);
  }
  const bytes = memoryEstimate(plan, settings.batchSize, settings.threads).totalBytes;
  if (bytes > maxTrainingBytes) {
    const mib = Math.ceil(bytes / MIB);
    return new SpecError('sandbox.tooMuchMemory', { mib, capMib: maxTrainingBytes / MIB, batchSize: settings.batchSize }, -1,
      `Model: training at batch size ${settings.batchSize} needs ${mib} MiB, more than the sandbox's cap of ${maxTrainingBytes / MIB} MiB`);
  }
  return null;
}

/**
 * The first problem with a sandbox spec for training at `settings` (batch size and threads set
 * the memory), or null: a SpecError from planModel, or one of the sandbox's codes.
 */
export function checkSandboxSpec(spec: ModelSpec, settings: Pick<SandboxSettings, 'batchSize' | 'threads'> = { batchSize: 128, threads: 1 }): SpecError | null {
  const layers = (spec as { layers?: unknown } | null)?.layers;
  if (Array.isArray(layers) && layers.length > SANDBOX_LIMITS.maxLayers) {
    return new SpecError('sandbox.tooManyLayers', { count: layers.length, cap: SANDBOX_LIMITS.maxLayers }, -1,
      `Model: ${layers.length} layers, more than the sandbox's ${SANDBOX_LIMITS.maxLayers}`);
  }
  const input = (spec as { input?: unknown } | null)?.input;
  const expected = SANDBOX_LIMITS.input;
  if (Array.isArray(input) && input.length === 3 && input.every((d) => typeof d === 'number') && input.some((d, i) => d !== expected[i])) {
    return new SpecError('sandbox.inputShape', { input: input.join('×'), expected: expected.join('×') }, -1,
      `Model: the sandbox trains on Fashion-MNIST images, input ${expected.join('×')}, got ${input.join('×')}`);
  }
  let plan: ModelPlan;
  try {
    plan = planModel(spec);
  } catch (error) {
    if (error instanceof SpecError) return error;
    throw error;
  }
  return sandboxProblem(plan, settings);
}

/** planModel plus the sandbox's rules: the plan, or a thrown SpecError. */
export function planSandboxModel(spec: ModelSpec, settings?: Pick<SandboxSettings, 'batchSize' | 'threads'>): ModelPlan {
  const problem = checkSandboxSpec(spec, settings);
  if (problem) throw problem;
  return planModel(spec);
}
