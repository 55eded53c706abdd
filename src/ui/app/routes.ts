// The app's route table: which screen a location hash shows and the link that leads there. One
// entry per screen; a new mode (#sandbox, #play, #teacher) is one more entry. The first route
// whose `matches` accepts the hash wins; anything else shows the fallback (the image gallery).
import type { FashionMnist } from '../../data/dataset';
import type { AppScreen } from '../framework/screen';
import type { MessageKey } from '../i18n/messages';
import { LessonScreen } from '../lesson/lesson-screen';
import { LESSON_ROUTE, lessonStepFromHash } from '../lesson/lesson-state';
import { GalleryScreen } from '../screens/gallery-screen';
import { TrainScreen } from '../screens/train-screen';
import type { TrainingRunner } from '../training/training-runner';

/** What screens are made from: the data, the page's options and the training owner. */
export interface AppContext {
  readonly data: FashionMnist;
  /** `?unlock=all` (teacher): every lesson step is open. */
  readonly unlockAll: boolean;
  /** The training worker's owner, started on first use; one for the page's whole life. */
  training(): TrainingRunner;
}

export interface Route {
  /** The screen's id (`<main data-screen>`): a hash change within the same route keeps the screen. */
  readonly id: string;
  /** The section link: where it points and its label. */
  readonly href: string;
  readonly label: MessageKey;
  matches(hash: string): boolean;
  create(context: AppContext): AppScreen;
  /** Hands a hash change inside the route to the screen already shown (the lesson's steps). */
  revisit?(screen: AppScreen, hash: string): Promise<void>;
}

const GALLERY_IMAGES = 32;

const gallery: Route = {
  id: 'gallery',
  href: '#images',
  label: 'app.navImages',
  matches: (hash) => hash === '#images',
  create: ({ data }) => new GalleryScreen(data.test, GALLERY_IMAGES),
};

export const ROUTES: readonly Route[] = [
  gallery,
  {
    id: 'lesson',
    href: LESSON_ROUTE,
    label: 'lesson.navLesson',
    matches: (hash) => lessonStepFromHash(hash) !== null,
    create: ({ data, training, unlockAll }) => new LessonScreen({ data, training: training(), unlockAll }),
    revisit: (screen, hash) => (screen as LessonScreen).route(hash),
  },
  {
    id: 'train',
    href: '#train',
    label: 'app.navTrain',
    matches: (hash) => hash === '#train',
    create: ({ training }) => new TrainScreen(training()),
  },
];

/** Shown for an empty or unknown hash. */
export const FALLBACK_ROUTE = gallery;

/** Section links that open another page. */
export const PAGE_LINKS: readonly { href: string; label: MessageKey }[] = [{ href: 'engine-check.html', label: 'app.navEngineCheck' }];

export function routeOf(hash: string, routes: readonly Route[] = ROUTES): Route {
  return routes.find((route) => route.matches(hash)) ?? FALLBACK_ROUTE;
}
