// Tiny shared argument handling for the Node CLIs: `--name value` pairs and the --model option
// (a preset name or a spec JSON file).
import { existsSync, readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { checkSpec } from '../src/shared/plan.ts';
import { preset, presetNames } from '../src/shared/presets.ts';
import type { ModelSpec } from '../src/shared/spec.ts';

export function parseCli(options: Record<string, { type: 'string' | 'boolean'; default?: string | boolean }>) {
  return parseArgs({ options, allowPositionals: false, strict: true }).values;
}

export function resolveModel(name: string | undefined): ModelSpec {
  if (!name) throw new Error(`--model is required: a preset (${presetNames().join(', ')}) or a spec JSON file`);
  let spec = preset(name);
  if (!spec) {
    if (!existsSync(name)) throw new Error(`--model ${name}: not a preset (${presetNames().join(', ')}) nor a file`);
    try {
      spec = JSON.parse(readFileSync(name, 'utf8')) as ModelSpec;
    } catch (error) {
      throw new Error(`--model ${name}: not valid JSON (${(error as Error).message})`);
    }
  }
  const problem = checkSpec(spec);
  if (problem) throw new Error(`--model ${name}: ${problem.message}`);
  return spec;
}

export function positiveInteger(name: string, value: string | boolean | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new Error(`--${name} must be a whole number ≥ 1, got ${String(value)}`);
  return n;
}

/** Runs a CLI body; errors become one line on stderr and exit code 1 (no stack for users). */
export async function runCli(body: () => Promise<void>): Promise<void> {
  try {
    await body();
  } catch (error) {
    console.error(`error: ${(error as Error).message}`);
    process.exitCode = 1;
  }
}
