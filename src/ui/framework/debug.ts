// Test and debugging hooks behind ONE flag: `?debug=1` in the address, or localStorage
// `filterfit:debug` = '1' (the e2e config sets it for every test). Without it nothing is put on
// the page's globals and the training worker has no crash hook. The flag is read here only.

export const DEBUG_STORAGE_KEY = 'filterfit:debug';

let enabled: boolean | undefined;

/** Whether this page opted into the debug hooks (read once per page). */
export function debugEnabled(): boolean {
  enabled ??= readFlag();
  return enabled;
}

function readFlag(): boolean {
  try {
    if (new URLSearchParams(globalThis.location?.search ?? '').get('debug') === '1') return true;
    return globalThis.localStorage?.getItem(DEBUG_STORAGE_KEY) === '1';
  } catch {
    return false; // storage blocked: no hooks
  }
}

/** Puts `value` at `filterfitDebug[name]` when the flag is on (e2e reads it there). */
export function exposeDebugHook(name: string, value: unknown): void {
  if (!debugEnabled()) return;
  const hooks = ((globalThis as { filterfitDebug?: Record<string, unknown> }).filterfitDebug ??= {});
  hooks[name] = value;
}

/** Puts `value` at a global of its own (devtools conventions such as `__PIXI_APP__`) when the flag is on. */
export function exposeDebugGlobal(name: string, value: unknown): void {
  if (debugEnabled()) (globalThis as Record<string, unknown>)[name] = value;
}
