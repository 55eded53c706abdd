// What the page runs beside its screens, in the footer: offline use (service worker, "ready
// offline", "update available"), storage trouble notices, and the device settings with the
// start-up speed probe that picks the quick-mode budget and thread count.
import type { FashionMnist } from '../../data/dataset';
import { exposeDebugHook } from '../framework/debug';
import type { Shell } from '../framework/shell';
import { createOfflineNotice } from '../offline/offline-notice';
import { startOffline, type OfflineController } from '../offline/offline';
import { appStorage } from '../storage/app-storage';
import { createStorageNotice } from '../storage/storage-notice';
import { createDevicePanel } from '../training/device-panel';
import { probeDevice } from '../training/device-probe';
import { DeviceSettings } from '../training/device-settings';

/** The probe waits for a quiet page: the first screen drawn, offline saving done (it streams ~50 MB). */
const PROBE_IDLE_TIMEOUT_MS = 2000;

/**
 * `dataUrls`: where the Fashion-MNIST files came from (kept for offline use); `trainingIdle`:
 * resolves when nothing trains (the probe waits for it).
 */
export function startPageServices(shell: Shell, data: FashionMnist, dataUrls: readonly string[], trainingIdle: () => Promise<void>): { device: DeviceSettings } {
  const offlineController = startOffline(dataUrls);
  const offline = createOfflineNotice(offlineController);
  const device = new DeviceSettings(appStorage);
  const panel = createDevicePanel(device);
  shell.tools.append(offline.element, panel.element);
  const renders = [offline.render, panel.render];
  shell.onLanguageChange(() => renders.forEach((render) => render()));

  void appStorage().then((storage) => {
    const notice = createStorageNotice(storage);
    shell.tools.append(notice.element);
    renders.push(notice.render);
  });
  void device.load();
  void settled(offlineController).then(() => {
    const probe = () => void device.measure(async () => (await trainingIdle(), probeDevice(data)));
    if ('requestIdleCallback' in globalThis) requestIdleCallback(probe, { timeout: PROBE_IDLE_TIMEOUT_MS });
    else setTimeout(probe, 0);
  });
  exposeDebugHook('device', device);
  return { device };
}

/** Resolves once offline saving has finished, failed, or is not done at all. */
function settled(offline: OfflineController): Promise<void> {
  return new Promise((resolve) => {
    const check = () => {
      if (offline.state.status === 'saving') return;
      unsubscribe();
      resolve();
    };
    const unsubscribe = offline.subscribe(check);
    check();
  });
}
