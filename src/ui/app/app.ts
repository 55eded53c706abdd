// Start-up: shell → loading screen (download with progress) → gallery of test images, or an
// error panel that says what went wrong. `?data=plain` skips the .gz files (for measurements).
import type { FashionMnist } from '../../data/dataset';
import { loadFashionMnist, type DataVariant } from '../../data/loader';
import { TrainerBridge } from '../../worker/bridge';
import { applyDocumentLanguage, t } from '../i18n/i18n';
import type { MessageKey } from '../i18n/messages';
import { LessonScreen } from '../lesson/lesson-screen';
import { LESSON_ROUTE, lessonStepFromHash } from '../lesson/lesson-state';
import { TrainScreen } from '../screens/train-screen';
import { ErrorScreen } from '../screens/error-screen';
import { GalleryScreen } from '../screens/gallery-screen';
import { LoadingScreen } from '../screens/loading-screen';
import { Navigation } from './navigation';
import { h } from './dom';
import { createShell, type Shell } from './shell';

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
    const route = sections(shell, navigation, data);
    addEventListener('hashchange', () => void route().catch(showError));
    await route();
  } catch (error) {
    await showError(error);
  }
}

/** The training worker, started on first need; the page keeps one for its whole life. */
let trainer: TrainerBridge | undefined;

function trainerFor(data: FashionMnist): TrainerBridge {
  if (!trainer) {
    trainer = new TrainerBridge();
    void trainer.setDataset({ trainImages: data.train.images, trainLabels: data.train.labels, testImages: data.test.images, testLabels: data.test.labels });
    // Test and debugging hook (e2e checks the crash path with it).
    // (the lesson e2e also reads the worker's own conv output through `trainer`).
    const debug = ((globalThis as { filterfitDebug?: Record<string, unknown> }).filterfitDebug ??= {});
    Object.assign(debug, { crashWorker: () => trainer!.call((r) => r.simulateCrash()), trainer });
  }
  return trainer;
}

type Section = 'gallery' | 'train' | 'lesson';

/** Which section a location hash shows (#lesson and #lesson/<step> are the lesson). */
function sectionOf(hash: string): Section {
  if (hash === '#train') return 'train';
  if (lessonStepFromHash(hash) !== null) return 'lesson';
  return 'gallery';
}

/** Section links (#images, #lesson, #train, the engine check page) and the router that shows them. */
function sections(shell: Shell, navigation: Navigation, data: FashionMnist): () => Promise<void> {
  const links: [string, MessageKey, Section | null][] = [
    ['#images', 'train.navImages', 'gallery'],
    [LESSON_ROUTE, 'lesson.navLesson', 'lesson'],
    ['#train', 'train.navTrain', 'train'],
    ['engine-check.html', 'train.navEngineCheck', null],
  ];
  const anchors = links.map(([href, key, section]) => ({ key, section, a: h('a', { href, class: 'nav-link' }) }));
  const render = () => {
    shell.nav.setAttribute('aria-label', t('train.navLabel'));
    for (const { a, key, section } of anchors) {
      a.textContent = t(key);
      if (section === sectionOf(location.hash)) a.setAttribute('aria-current', 'page');
      else a.removeAttribute('aria-current');
    }
  };
  shell.nav.replaceChildren(h('ul', {}, ...anchors.map(({ a }) => h('li', {}, a))));
  shell.nav.hidden = false;
  shell.onLanguageChange(render);
  const unlockAll = new URLSearchParams(location.search).get('unlock') === 'all';
  return async () => {
    render();
    const wanted = sectionOf(location.hash);
    const current = navigation.screen;
    if (wanted === 'lesson' && current instanceof LessonScreen) return current.route(location.hash);
    if (current?.id === wanted) return;
    if (wanted === 'lesson') return navigation.goTo(new LessonScreen({ data, trainer: trainerFor(data), unlockAll }));
    await navigation.goTo(wanted === 'train' ? new TrainScreen(trainerFor(data)) : new GalleryScreen(data.test, GALLERY_IMAGES));
  };
}
