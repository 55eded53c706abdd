// Start-up: shell → loading screen (download with progress) → gallery of test images, or an
// error panel that says what went wrong. `?data=plain` skips the .gz files (for measurements).
import { loadFashionMnist, type DataVariant } from '../../data/loader';
import { applyDocumentLanguage } from '../i18n/i18n';
import { ErrorScreen } from '../screens/error-screen';
import { GalleryScreen } from '../screens/gallery-screen';
import { LoadingScreen } from '../screens/loading-screen';
import { Navigation } from './navigation';
import { createShell } from './shell';

export const DATA_LOAD_MEASURE = 'filterfit:data-load';
const GALLERY_IMAGES = 32;

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
    const variant: DataVariant = new URLSearchParams(location.search).get('data') === 'plain' ? 'plain' : 'gzip';
    const started = performance.now();
    const data = await loadFashionMnist({ variant, onProgress: (progress) => loading.setProgress(progress) });
    performance.measure(DATA_LOAD_MEASURE, { start: started, end: performance.now(), detail: { variant } });
    shell.setStatus('loading.statusReady', { train: data.train.count, test: data.test.count });
    await navigation.goTo(new GalleryScreen(data.test, GALLERY_IMAGES));
  } catch (error) {
    await showError(error);
  }
}
