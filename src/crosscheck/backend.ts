// Switching tfjs backends for one reference (see checks.ts for which references need the cpu one).
import type { CrossCheckContext } from './checks';
import { tf } from './tfjs';

/** Runs fn on another tfjs backend, then switches back to the context's main one. */
export async function onBackend<T>(ctx: CrossCheckContext, name: string, fn: () => T): Promise<T> {
  await tf.setBackend(name);
  try {
    return fn();
  } finally {
    await tf.setBackend(ctx.backend);
  }
}
