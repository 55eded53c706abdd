// The start-up speed probe: a throw-away training worker times the real kernels on one thread for
// the light and the heavy preset (~100 ms each after a warm-up batch) on a few real images; the
// page adds its core count and whether it is cross-origin isolated. quickBudget turns it into the
// quick-mode budget and thread count.
import type { FashionMnist } from '../../data/dataset';
import { preset } from '../../shared/presets';
import { TrainerBridge } from '../../worker/bridge';
import type { DeviceProbe } from './quick-budget';

/** Timed milliseconds per network (plus one warm-up batch each). */
export const PROBE_MS_PER_NETWORK = 100;
export const PROBE_BATCH = 32;
const PROBE_IMAGES = 256;

export async function probeDevice(data: FashionMnist, makeBridge: () => TrainerBridge = () => new TrainerBridge()): Promise<DeviceProbe> {
  const started = performance.now();
  const bridge = makeBridge();
  try {
    const size = data.train.images.length / data.train.count;
    const [seedA, notebook] = await bridge.call((r) =>
      r.probeSpeed({
        specs: [preset('seed-a')!, preset('seed-notebook')!],
        images: data.train.images.slice(0, PROBE_IMAGES * size),
        labels: data.train.labels.slice(0, PROBE_IMAGES),
        budgetMs: PROBE_MS_PER_NETWORK,
        batchSize: PROBE_BATCH,
      }),
    );
    return {
      seedA,
      notebook,
      cores: navigator.hardwareConcurrency || 1,
      crossOriginIsolated: globalThis.crossOriginIsolated === true,
      probeMs: performance.now() - started,
    };
  } finally {
    bridge.terminate();
  }
}
