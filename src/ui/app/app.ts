// The composition root. Start-up: shell → loading screen (download with progress) → the screen
// the location hash asks for (routes.ts), or an error panel that says what went wrong. Makes the
// training worker on first need and installs the debug hooks when the page asks for them.
// `?data=plain` skips the .gz files (for measurements).
import type { FashionMnist } from '../../data/dataset';
import { loadFashionMnist, type DataVariant } from '../../data/loader';
import { TrainerBridge } from '../../worker/bridge';
import { debugEnabled, exposeDebugHook } from '../framework/debug';
import { Navigation } from '../framework/navigation';
import { createShell } from '../framework/shell';
import { applyDocumentLanguage } from '../i18n/i18n';
import { ErrorScreen } from '../screens/error-screen';
import { LoadingScreen } from '../screens/loading-screen';
import { BackgroundRunner } from '../training/background-runner';
import { TrainingRunner } from '../training/training-runner';
import type { DeviceSettings } from '../training/device-settings';
import { appStorage } from '../storage/app-storage';
import { startPageServices } from './page-services';
import { createRouter } from './router';
import { ROUTES } from './routes';
import { startClassroomSync } from '../classroom-sync/classroom-sync';
import { classRoute, mountClassBadge } from '../classroom-sync/class-route';

export const DATA_LOAD_MEASURE = 'filterfit:data-load';

export async function startApp(root: HTMLElement): Promise<void> {
  applyDocumentLanguage();
  const shell = createShell(root);
  const navigation = new Navigation(shell.main);
  shell.onLanguageChange(() => navigation.translate());

  const showError = async (error: unknown) => {
    console.warn('FilterFit:', error);
    shell.setStatus(null);
    await navigation.goTo(new ErrorScreen(error));
  };

  try {
    const loading = new LoadingScreen();
    await navigation.goTo(loading);
    shell.setStatus('loading.statusLoading');
    const search = new URLSearchParams(location.search);
    const classroom = startClassroomSync(); // beside the download: null unless served by the classroom server
    const variant: DataVariant = search.get('data') === 'plain' ? 'plain' : 'gzip';
    const started = performance.now();
    const dataUrls: string[] = [];
    const data = await loadFashionMnist({ variant, onProgress: (progress) => loading.setProgress(progress), onSource: (_file, url) => dataUrls.push(url) });
    performance.measure(DATA_LOAD_MEASURE, { start: started, end: performance.now(), detail: { variant } });
    shell.setStatus('loading.statusReady', { train: data.train.count, test: data.test.count });
    let training: TrainingRunner | undefined;
    let background: BackgroundRunner | undefined;
    // The speed probe waits while anything trains, on either worker (it would time both).
    const idle = () => Promise.all([training?.bridge.idle(), background?.runner.bridge.idle()]).then(() => {});
    const { device } = startPageServices(shell, data, dataUrls, idle);
    const foreground = () => (training ??= createTraining(data, device));
    const sync = await classroom;
    if (sync) mountClassBadge(shell, sync);
    const route = createRouter(shell, navigation, {
      data,
      unlockAll: search.get('unlock') === 'all',
      training: foreground,
      background: () => (background ??= createBackground(data, device, foreground())),
    }, sync ? [...ROUTES, classRoute(sync)] : ROUTES);
    addEventListener('hashchange', () => void route().catch(showError));
    await route();
  } catch (error) {
    await showError(error);
  }
}

/** A training worker that holds the data set. */
function trainingWorker(data: FashionMnist): TrainerBridge {
  const bridge = new TrainerBridge({ debug: debugEnabled() });
  void bridge.setDataset({ trainImages: data.train.images, trainLabels: data.train.labels, testImages: data.test.images, testLabels: data.test.labels });
  return bridge;
}

/** The second worker for long runs, made on first need; it gives way to `foreground` and keeps checkpoints too. */
function createBackground(data: FashionMnist, device: DeviceSettings, foreground: TrainingRunner): BackgroundRunner {
  const background = new BackgroundRunner(trainingWorker(data), foreground, { storage: appStorage, device });
  exposeDebugHook('background', background);
  return background;
}

/** The training worker and its owner, made on first need; the page keeps them for its whole life. */
function createTraining(data: FashionMnist, device: DeviceSettings): TrainingRunner {
  const bridge = trainingWorker(data);
  // e2e crashes the worker for real, compares trained weights, samples the worker's memory,
  // reads its CSP violations, and the lesson test reads the worker's conv output.
  exposeDebugHook('trainer', bridge);
  exposeDebugHook('crashWorker', () => bridge.simulateCrash());
  exposeDebugHook('weightsChecksum', async () => weightsChecksum(await bridge.call((r) => r.exportWeights())));
  exposeDebugHook('trainerMemory', () => bridge.call((r) => r.memoryUse()));
  exposeDebugHook('workerCspViolations', () => bridge.cspViolations());
  return new TrainingRunner(bridge, { storage: appStorage, device });
}

/** FNV-1a over the weights' bytes, as 8 hex digits: equal checksums, bit-identical weights (in practice). */
function weightsChecksum(weights: Float32Array): string {
  const bytes = new Uint8Array(weights.buffer, weights.byteOffset, weights.byteLength);
  let hash = 0x811c9dc5;
  for (const byte of bytes) hash = Math.imul(hash ^ byte, 0x01000193);
  return (hash >>> 0).toString(16).padStart(8, '0');
}
