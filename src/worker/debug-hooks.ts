// The training worker's test-only hooks, present only in a worker the page started in debug mode
// (src/ui/framework/debug.ts): the bridge marks it in the worker's name, the worker reads it there.
export const DEBUG_WORKER_NAME_SUFFIX = '+debug';

export interface TrainerDebugApi {
  /** Makes the worker die with an uncaught error, as a real crash would (e2e checks the crash path). */
  simulateCrash(): void;
  /** Content Security Policy violations seen in this worker (the page's listener does not hear them). */
  cspViolations(): string[];
}

const violations: string[] = [];

/** Starts recording the worker's CSP violations (call first thing, before any wasm compiles). */
export function watchCspViolations(scope: EventTarget): void {
  scope.addEventListener('securitypolicyviolation', (event) => {
    const e = event as SecurityPolicyViolationEvent;
    violations.push(`${e.effectiveDirective} ${e.blockedURI} (${e.sourceFile}:${e.lineNumber})`);
  });
}

export const trainerDebugHooks: TrainerDebugApi = {
  simulateCrash() {
    setTimeout(() => {
      throw new Error('simulated worker crash');
    });
  },
  cspViolations: () => [...violations],
};
