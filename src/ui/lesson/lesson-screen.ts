// The guided lesson: the sidebar (lesson-sidebar.ts: progress and points, the step list, badges,
// the background run, quick mode, "Reset lesson"), the current step under its heading, Back/Next,
// and the end-of-lesson card. It owns the lesson's long run (long-run.ts), whose result comes back
// here whichever step is open, and books the milestone badges. It hosts one step at a time:
// the step's DOM in the page, its Pixi view in this screen's view, on the shared canvas, which
// sits in a wrapper (`canvasHost`) that moves into the step's own canvasHost. Leaving a step hides
// it, stops any training it started, and destroys it (its Pixi objects and textures with it).
//
// Routes: #lesson (the learner's current step) and #lesson/<step-id>; a locked step routes to
// the learner's current one. `?unlock=all` (teacher) unlocks every step.
import { Container } from 'pixi.js';
// First, so the steps' own styles (imported with the steps below) win over the frame's.
import './lesson.css';
import type { FashionMnist } from '../../data/dataset';
import { h } from '../framework/dom';
import { exposeDebugHook } from '../framework/debug';
import type { AppScreen, ScreenContext } from '../framework/screen';
import { t, type MessageParams } from '../i18n/i18n';
import type { MessageKey } from '../i18n/messages';
import { syncLesson } from '../classroom-sync/hooks';
import { appLessonStorage, canGoNext, createStepContext, isCompleted, lessonHash, lessonStepFromHash, LessonStore, routeStep, totalPoints, type LessonStorage } from './lesson-state';
import type { LessonContext, LessonStep } from './step';
import { LESSON_STEPS, type StepEntry } from './steps';
import { useModel } from './trained-models';
import { SandboxLink } from './sandbox-link';
import type { BackgroundRunner } from '../training/background-runner';
import type { TrainingRunner } from '../training/training-runner';
import { formatPercent } from '../views/format';
import { BADGES, milestoneBadges, type BadgeId } from './game/badges';
import { EndCard } from './game/end-card';
import { LessonSidebar } from './lesson-sidebar';
import { LongRun, type LongRunState } from './long-run';
import { bestResult } from './steps/compare/model';

export interface LessonScreenOptions {
  data: FashionMnist;
  training: TrainingRunner;
  /** The second worker for the lesson's long run (started on first need). */
  background: () => BackgroundRunner;
  unlockAll: boolean;
  storage?: LessonStorage;
  steps?: readonly StepEntry[];
}

interface OpenStep {
  entry: StepEntry;
  step: LessonStep;
  context: LessonContext;
  shown: boolean;
}

export class LessonScreen implements AppScreen {
  readonly id = 'lesson';
  readonly element: HTMLElement;
  readonly view = new Container({ label: 'lesson' });
  /** Holds the shared canvas; moved into the current step's canvasHost, parked when it has none. */
  readonly canvasHost = h('div', { class: 'lesson-stage', hidden: true });

  private readonly steps: readonly StepEntry[];
  private readonly order: string[];
  private readonly sidebar: LessonSidebar;
  private readonly longRun: LongRun;
  private readonly endCard = new EndCard();
  private readonly heading = h('h2', { id: 'lesson-step-heading', class: 'lesson-step-heading', tabindex: -1 });
  private readonly stepBody = h('div', { class: 'lesson-step-body' });
  private readonly stepError = h('p', { class: 'lesson-step-error', role: 'alert', hidden: true });
  private readonly backButton = h('button', { type: 'button', class: 'button', id: 'lesson-back' });
  private readonly nextButton = h('button', { type: 'button', class: 'button button-primary', id: 'lesson-next', 'aria-describedby': 'lesson-next-hint' });
  private readonly nextHint = h('p', { class: 'lesson-next-hint', id: 'lesson-next-hint' });
  private readonly status = h('p', { class: 'lesson-status', role: 'status', 'aria-live': 'polite' });
  private readonly parking = h('div', { hidden: true });

  private screen?: ScreenContext;
  private store?: LessonStore;
  private unsubscribe?: () => void;
  private current?: OpenStep;
  private switching: Promise<void> = Promise.resolve();
  private shown = false;
  private statusMessage: [MessageKey, MessageParams?] | null = null;
  private stepErrorDetail: string | null = null;
  private unsubscribeLongRun?: () => void;
  private unsubscribeClass?: () => void;
  private longRunStatus: LongRunState['status'] = 'idle';
  /** The long run's pass of the first network was announced. */
  private passAnnounced = false;
  private readonly onPageHide = () => void this.store?.flush();

  constructor(private readonly options: LessonScreenOptions) {
    this.steps = options.steps ?? LESSON_STEPS;
    this.order = this.steps.map((step) => step.id);
    this.sidebar = new LessonSidebar(this.steps, () => this.screen?.reducedMotion ?? true, {
      quickMode: (on) => this.store?.dispatch({ type: 'quickMode', on }),
      reset: () => void this.reset(),
    });
    this.longRun = new LongRun(options.background, (model) => this.store?.saveTrained(model));
    const article = h(
      'article',
      { class: 'lesson-step', 'aria-labelledby': 'lesson-step-heading' },
      this.heading,
      this.stepError,
      this.stepBody,
      new SandboxLink(this.stepBody, () => this.current?.entry.id, () => this.store).element,
      this.endCard.element,
      h('div', { class: 'lesson-pager' }, this.backButton, this.nextButton, this.nextHint),
      this.status,
    );
    this.element = h('section', { class: 'screen lesson-screen', 'data-saved': 'true' }, this.sidebar.element, article, this.sidebar.dialog, this.parking);
    this.parking.append(this.canvasHost);
    this.backButton.addEventListener('click', () => this.go(-1));
    this.nextButton.addEventListener('click', () => this.go(1));
  }

  async prepare(context: ScreenContext): Promise<void> {
    this.screen = context;
    this.store = await LessonStore.open(this.order, this.options.storage ?? appLessonStorage(), { unlockAll: this.options.unlockAll });
    let last = this.store.state;
    this.unsubscribe = this.store.subscribe(() => {
      const state = this.store!.state;
      const id = this.current?.entry.id;
      if (id && state !== last && isCompleted(state, id) && !isCompleted(last, id)) {
        const lastStep = id === this.order[this.order.length - 1];
        if (lastStep) this.setStatus('lesson.lessonDone', { points: totalPoints(state) });
        else this.setStatus('lesson.stepDone', { points: state.points[id] ?? 0 });
      }
      const newBadge = state.badges.find((b) => !last.badges.includes(b));
      if (newBadge && state !== last) this.announceBadge(newBadge);
      last = state;
      this.earnMilestones();
      this.renderChrome();
    });
    this.unsubscribeLongRun = this.longRun.subscribe(() => this.onLongRun());
    this.unsubscribeClass = syncLesson(this.store); // steps and points to the class (classroom server only)
    addEventListener('pagehide', this.onPageHide);
    this.exposeDebug();
    await this.route(location.hash);
  }

  async show(): Promise<void> {
    this.shown = true;
    await this.showCurrent();
  }

  async hide(): Promise<void> {
    this.shown = false;
    await this.switching;
    await this.current?.step.hide?.();
  }

  update(deltaMs: number): void {
    this.sidebar.update(deltaMs);
    this.current?.step.update?.(deltaMs);
  }

  resize(width: number): number {
    const step = this.current?.step;
    return step?.view && step.resize ? step.resize(width) : 1;
  }

  translate(): void {
    this.sidebar.translate();
    this.endCard.translate();
    this.backButton.textContent = t('lesson.back');
    this.nextButton.textContent = t('lesson.next');
    this.status.textContent = this.statusMessage ? t(...this.statusMessage) : '';
    this.stepError.textContent = this.stepErrorDetail === null ? '' : t('lesson.stepFailed', { detail: this.stepErrorDetail });
    this.renderChrome();
    this.current?.step.translate?.();
  }

  destroy(): void {
    removeEventListener('pagehide', this.onPageHide);
    this.unsubscribe?.();
    this.unsubscribeLongRun?.();
    this.unsubscribeClass?.();
    // The long run ends with the lesson (the background worker stays for the page).
    this.longRun.cancel();
    void this.store?.flush();
    const open = this.current;
    this.current = undefined;
    if (open) this.destroyStep(open);
    this.view.destroy({ children: true });
    // Training started by a step ends with the lesson too (the next screen builds its own model).
    void this.options.training.stopAll();
  }

  /** Shows the step a lesson hash asks for (or the one the learner may see instead). */
  route(hash: string, options: { reopen?: boolean } = {}): Promise<void> {
    const requested = lessonStepFromHash(hash);
    this.switching = this.switching.then(() => this.open(requested ?? undefined, options.reopen ?? false)).catch((error) => this.showStepError(error));
    return this.switching;
  }

  private async open(requested: string | undefined, reopen: boolean): Promise<void> {
    const store = this.store!;
    const id = routeStep(this.order, store.state, requested, store.unlockAll);
    if (location.hash !== lessonHash(id)) history.replaceState(history.state, '', lessonHash(id));
    if (this.current?.entry.id === id && !reopen) return;
    await this.leaveCurrent();
    store.dispatch({ type: 'open', step: id });
    this.setStatus(null);
    this.setStepError(null);
    const entry = this.steps.find((s) => s.id === id)!;
    const step = entry.create();
    const context = createStepContext(id, {
      store,
      data: this.options.data,
      trainer: this.options.training.bridge,
      training: this.options.training,
      longRun: this.longRun,
      reducedMotion: this.screen!.reducedMotion,
      requestRender: () => this.screen?.requestRender(),
      relayout: () => this.screen?.relayout(),
      useModel: (preset) => useModel(this.options.training, store.trained(preset), preset),
    });
    this.current = { entry, step, context, shown: false };
    this.element.dataset.step = id;
    this.element.dataset.stepState = 'preparing';
    this.renderChrome();
    await step.prepare?.(context);
    if (this.current?.step !== step) return;
    this.stepBody.replaceChildren(step.element);
    if (step.view) {
      if (!step.canvasHost) throw new Error(`step "${id}" has a view but no canvasHost`);
      this.view.addChild(step.view);
      step.canvasHost.prepend(this.canvasHost);
      this.canvasHost.hidden = false;
    }
    step.translate?.();
    this.renderChrome();
    if (this.shown) await this.showCurrent();
  }

  /** Lays the step out on the canvas, shows it and puts the focus on its heading. */
  private async showCurrent(): Promise<void> {
    const open = this.current;
    if (!open || open.shown) return;
    open.shown = true;
    this.screen?.relayout();
    await open.step.show?.();
    this.element.dataset.stepState = 'shown';
    this.heading.focus({ preventScroll: false });
  }

  private async leaveCurrent(): Promise<void> {
    const open = this.current;
    if (!open) return;
    this.current = undefined;
    if (open.shown) await open.step.hide?.();
    // A step's training ends with the step: the next one builds its own model in the worker.
    await this.options.training.stopAll();
    this.destroyStep(open);
  }

  private destroyStep({ step }: OpenStep): void {
    if (step.view) this.view.removeChild(step.view);
    const canvas = this.canvasHost.querySelector('canvas');
    for (const name of ['role', 'aria-label', 'aria-describedby', 'aria-labelledby', 'tabindex']) canvas?.removeAttribute(name);
    this.canvasHost.hidden = true;
    this.parking.append(this.canvasHost);
    step.element.remove();
    step.destroy?.();
    // A step that forgot its view must not keep it alive on our stage.
    if (step.view && !step.view.destroyed) step.view.destroy({ children: true });
  }

  private go(direction: 1 | -1): void {
    const id = this.current?.entry.id;
    if (!id || !this.store) return;
    const target = this.order[this.order.indexOf(id) + direction];
    if (!target || (direction === 1 && !canGoNext(this.order, this.store.state, id, this.store.unlockAll))) return;
    location.hash = lessonHash(target);
  }

  private async reset(): Promise<void> {
    this.longRun.cancel();
    await this.store!.reset();
    this.setStatus('lesson.resetDone');
    const first = this.order[0];
    if (location.hash !== lessonHash(first)) history.replaceState(history.state, '', lessonHash(first));
    await this.route(lessonHash(first), { reopen: true });
    this.setStatus('lesson.resetDone');
  }

  private renderChrome(): void {
    const store = this.store;
    if (!store) return;
    const state = store.state;
    const open = this.current;
    this.sidebar.render(state, store.unlockAll, open?.entry.id);
    if (open) {
      const index = this.order.indexOf(open.entry.id);
      this.heading.textContent = t('lesson.stepHeading', { n: index + 1, total: this.order.length, title: t(open.step.titleKey) });
      this.backButton.disabled = index === 0;
      const last = index === this.order.length - 1;
      const next = canGoNext(this.order, state, open.entry.id, store.unlockAll);
      this.nextButton.disabled = !next;
      this.nextButton.hidden = last;
      this.nextHint.textContent = last ? t('lesson.lastStep') : next ? '' : t('lesson.nextLocked');
      this.nextHint.hidden = this.nextHint.textContent === '';
      if (this.nextHint.hidden) this.nextButton.removeAttribute('aria-describedby');
      else this.nextButton.setAttribute('aria-describedby', 'lesson-next-hint');
      this.renderEndCard(last && state.completed.length === this.order.length);
    }
    this.element.dataset.saved = String(!store.pending);
  }

  /** The end-of-lesson card on the last step, once every step is done. */
  private renderEndCard(show: boolean): void {
    const store = this.store!;
    this.endCard.render(
      show
        ? { state: store.state, first: store.trained('seed-a'), notebook: store.trained('seed-notebook'), longRun: this.longRun.state, best: bestResult(store.state.answers['compare.results']) }
        : null,
    );
  }

  /** The epoch the notebook model's validation accuracy first passes the first network's: said once per run. */
  private announcePass(run: LongRunState): void {
    if (run.epoch === 0) this.passAnnounced = false; // a new run
    const first = this.store?.trained('seed-a')?.history.val_acc.at(-1);
    const notebook = run.history.val_acc.at(-1);
    if (this.passAnnounced || run.preset !== 'seed-notebook' || first === undefined || notebook === undefined || notebook <= first) return;
    this.passAnnounced = true;
    this.setStatus('lessonGame.longRunPassed', { notebook: formatPercent(notebook, 1), first: formatPercent(first, 1), epoch: run.epoch });
  }

  /** Badges the progress alone earns (half the steps, 100 points, …), booked once. */
  private earnMilestones(): void {
    const state = this.store!.state;
    for (const id of milestoneBadges(this.order, state.completed, totalPoints(state))) {
      if (!state.badges.includes(id)) this.store!.dispatch({ type: 'badge', id });
    }
  }

  private announceBadge(id: BadgeId): void {
    const badge = BADGES[id];
    this.setStatus('lessonGame.badgeEarned', { name: t(badge.name), why: t(badge.why) });
  }

  /** The long run moved on: the sidebar shows it; its end is announced and earns a badge. */
  private onLongRun(): void {
    const run = this.longRun.state;
    this.sidebar.setLongRun(run);
    const finished = run.status === 'done' && this.longRunStatus !== 'done';
    this.longRunStatus = run.status;
    this.announcePass(run);
    if (finished && run.model && run.preset === 'seed-notebook' && this.store) {
      const step = this.steps.find((s) => s.id === 'channel-max');
      this.setStatus('lessonGame.longRunFinished', { acc: formatPercent(run.model.testAccuracy ?? 0, 1), step: step ? t(step.navTitleKey) : '' });
      this.store.dispatch({ type: 'badge', id: 'patient' });
    }
    this.renderChrome();
  }

  private setStatus(key: MessageKey | null, params?: MessageParams): void {
    this.statusMessage = key ? [key, params] : null;
    this.status.textContent = key ? t(key, params) : '';
  }

  private setStepError(detail: string | null): void {
    this.stepErrorDetail = detail;
    this.stepError.hidden = detail === null;
    this.stepError.textContent = detail === null ? '' : t('lesson.stepFailed', { detail });
  }

  private showStepError(error: unknown): void {
    console.warn('FilterFit lesson:', error);
    this.setStepError(String((error as Error)?.message ?? error));
    if (this.element.dataset.stepState === 'preparing') this.element.dataset.stepState = 'failed';
  }

  /** Test hooks: live Pixi objects under the lesson, and saving now (before a reload). */
  private exposeDebug(): void {
    const countLive = (container: Container): number => container.children.reduce((sum, child) => sum + countLive(child), 1);
    exposeDebugHook('lesson', {
      liveObjects: () => (this.view.destroyed ? 0 : countLive(this.view)),
      flush: () => this.store?.flush(),
    });
  }
}
