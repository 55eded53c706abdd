// What both time-to-accuracy workers share: receive one TtaRequest, train epoch by epoch with the
// Keras split (validation = the LAST fraction of the training arrays, taken before shuffling),
// evaluate the test set after each epoch, post every epoch, stop at the target, then reply.
import type { TtaEpoch, TtaEpochMessage, TtaReply, TtaRequest } from './protocol';

/** One engine's training, driven epoch by epoch. */
export interface TtaTrainer {
  threads: number;
  detail?: string;
  /** Trains one epoch on the first `trainCount` images (shuffled), evaluates rows [trainCount, end); mean loss and validation accuracy. */
  epoch(): Promise<{ loss: number; valAccuracy: number }>;
  /** Accuracy on the test set. */
  testAccuracy(): number;
}

export function serveTtaJob(prepare: (request: TtaRequest, trainCount: number) => Promise<TtaTrainer>): void {
  self.onmessage = async (event: MessageEvent<TtaRequest>) => {
    let reply: TtaReply;
    try {
      const { job, train } = event.data;
      const trainCount = Math.floor(train.labels.length * (1 - job.validationSplit)); // Keras: split_at = int(n · (1 − split))
      const started = performance.now(); // data is in the worker; building the model counts, as it does for the learner
      const trainer = await prepare(event.data, trainCount);
      for (let e = 1; e <= job.maxEpochs; e++) {
        const { loss, valAccuracy } = await trainer.epoch();
        const testAccuracy = trainer.testAccuracy();
        const epoch: TtaEpoch = { epoch: e, seconds: (performance.now() - started) / 1000, loss, valAccuracy, testAccuracy };
        self.postMessage({ epoch } satisfies TtaEpochMessage);
        if (testAccuracy >= job.target) break;
      }
      reply = { ok: true, threads: trainer.threads, ...(trainer.detail ? { detail: trainer.detail } : {}) };
    } catch (error) {
      reply = { ok: false, error: error instanceof Error ? `${error.name}: ${error.message}` : String(error) };
    }
    self.postMessage(reply);
  };
}

/** Fraction of rows whose largest probability (n × 10) is at the label. */
export function accuracyOf(probs: ArrayLike<number>, labels: ArrayLike<number>, classes = 10): number {
  let correct = 0;
  for (let i = 0; i < labels.length; i++) {
    let best = 0;
    for (let c = 1; c < classes; c++) if (probs[i * classes + c] > probs[i * classes + best]) best = c;
    if (best === labels[i]) correct++;
  }
  return labels.length ? correct / labels.length : 0;
}
