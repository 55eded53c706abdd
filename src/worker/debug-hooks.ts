// The training worker's test-only hook, present only in a worker the page started in debug mode
// (src/ui/framework/debug.ts): the bridge marks it in the worker's name, the worker reads it there.
export const DEBUG_WORKER_NAME_SUFFIX = '+debug';

export interface TrainerDebugApi {
  /** Makes the worker die with an uncaught error, as a real crash would (e2e checks the crash path). */
  simulateCrash(): void;
}

export const trainerDebugHooks: TrainerDebugApi = {
  simulateCrash() {
    setTimeout(() => {
      throw new Error('simulated worker crash');
    });
  },
};
