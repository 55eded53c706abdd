// The kernel module's public surface: re-exports only. Every kernel takes byte offsets into the
// imported memory; the TypeScript engine owns the arena layout (src/engine/arena.ts).
export { saxpy } from './ops/probe';

/** First free byte after static data: where the engine's arena may start. */
export function heapBase(): usize {
  return __heap_base;
}
