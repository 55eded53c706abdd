// A verifier thread (worker_threads): builds each entry's network with the app's wasm engine,
// loads the submitted weights and scores them on the 10,000 official test images. The test set
// is read once per thread.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import { DATA_FILES } from '../../data/files';
import { parseIdxImages, parseIdxLabels } from '../../data/idx';
import { createModel } from '../../engine/node';
import type { ModelSpec } from '../../shared/spec';
import { weightsFromBytes } from '../../classroom/weights';

export interface VerifyJob {
  spec: ModelSpec;
  /** Little-endian float32 bytes. */
  weightBytes: Uint8Array;
}

export type VerifyReply = { ok: true; accuracy: number; loss: number } | { ok: false; message: string };

const dataDir = (workerData as { dataDir: string }).dataDir;
const read = (name: string) => new Uint8Array(readFileSync(resolve(dataDir, name)));
const test = {
  images: parseIdxImages(read(DATA_FILES.testImages.name), DATA_FILES.testImages.name).pixels,
  labels: parseIdxLabels(read(DATA_FILES.testLabels.name), DATA_FILES.testLabels.name).labels,
};

async function verify(job: VerifyJob): Promise<VerifyReply> {
  try {
    const model = await createModel(job.spec, { batchSize: 250 });
    try {
      model.importWeights(weightsFromBytes(job.weightBytes));
      const { acc, loss } = model.evaluate(test.images, test.labels, 250);
      return { ok: true, accuracy: acc, loss };
    } finally {
      model.dispose();
    }
  } catch (error) {
    return { ok: false, message: String((error as Error)?.message ?? error) };
  }
}

parentPort!.on('message', (job: VerifyJob) => {
  void verify(job).then((reply) => parentPort!.postMessage(reply));
});
parentPort!.postMessage({ ready: true });
