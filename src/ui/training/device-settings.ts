// The device's training settings for the page: the start-up probe's figures and what the learner
// chose instead (remembered in the app's storage). Every screen asks it for the quick-mode budget
// of the network it trains: `device.quick(spec)` → { trainImages, threads, … } (quick-budget.ts).
import type { ModelSpec } from '../../shared/spec';
import type { AppStorage, RecordKind } from '../storage/app-storage';
import { QUICK_IMAGES, quickBudget, MAX_THREADS, type DeviceChoice, type DeviceProbe, type QuickBudget } from './quick-budget';

export type ProbeState = { status: 'measuring' } | { status: 'done'; probe: DeviceProbe } | { status: 'failed'; detail: string };

const validImages = (x: unknown) => Number.isInteger(x) && (x as number) >= QUICK_IMAGES.min && (x as number) <= QUICK_IMAGES.max;
const validThreads = (x: unknown) => Number.isInteger(x) && (x as number) >= 1 && (x as number) <= MAX_THREADS;

export const DEVICE_CHOICE_KIND: RecordKind<DeviceChoice> = {
  store: 'settings',
  version: 1,
  parse: (data) => {
    if (typeof data !== 'object' || data === null) return undefined;
    const { quickImages, threads } = data as DeviceChoice;
    if ((quickImages !== undefined && !validImages(quickImages)) || (threads !== undefined && !validThreads(threads))) return undefined;
    return { ...(quickImages !== undefined && { quickImages }), ...(threads !== undefined && { threads }) };
  },
  what: 'storage.whatSettings',
};
const CHOICE_KEY = 'device';

export class DeviceSettings {
  private probeState: ProbeState = { status: 'measuring' };
  private chosen: DeviceChoice = {};
  private readonly listeners = new Set<() => void>();

  constructor(private readonly storage?: () => Promise<AppStorage>) {}

  /** Reads the learner's remembered choice (none when there is no storage or no record). */
  async load(): Promise<void> {
    if (!this.storage) return;
    this.chosen = (await (await this.storage()).get(DEVICE_CHOICE_KIND, CHOICE_KEY)) ?? {};
    this.notify();
  }

  get probe(): ProbeState {
    return this.probeState;
  }

  get choice(): DeviceChoice {
    return this.chosen;
  }

  /** The quick-mode budget for training `spec` (seed-a when not given) on this device. */
  quick(spec?: ModelSpec): QuickBudget {
    return quickBudget(this.probeState.status === 'done' ? this.probeState.probe : null, { spec, choice: this.chosen });
  }

  /** What the automatic setting picks, whatever the learner chose. */
  automatic(spec?: ModelSpec): QuickBudget {
    return quickBudget(this.probeState.status === 'done' ? this.probeState.probe : null, { spec });
  }

  /** Runs the probe once and keeps its answer (a failure keeps the defaults and says why). */
  async measure(run: () => Promise<DeviceProbe>): Promise<void> {
    try {
      this.probeState = { status: 'done', probe: await run() };
    } catch (error) {
      this.probeState = { status: 'failed', detail: String((error as Error)?.message ?? error) };
    }
    this.notify();
  }

  /** The learner's choice (undefined fields = measured); remembered. */
  async choose(choice: DeviceChoice): Promise<void> {
    this.chosen = DEVICE_CHOICE_KIND.parse(choice) ?? {};
    this.notify();
    if (this.storage) await (await this.storage()).put(DEVICE_CHOICE_KIND, CHOICE_KEY, this.chosen);
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private notify(): void {
    for (const listener of this.listeners) listener();
  }
}
