// The guided lesson: a step list (locked steps marked), a progress bar and points, the current
// step under its heading, Back/Next, quick mode and "Reset lesson". It hosts one step at a time:
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
import {
  canGoNext,
  createStepContext,
  appLessonStorage,
  isCompleted,
  isUnlocked,
  lessonHash,
  lessonStepFromHash,
  LessonStore,
  routeStep,
  totalPoints,
  type LessonStorage,
} from './lesson-state';
import type { LessonContext, LessonStep } from './step';
import { LESSON_STEPS, type StepEntry } from './steps';
import { useModel } from './trained-models';
import type { TrainingRunner } from '../training/training-runner';
import { BoundTexts } from '../i18n/bound-texts';

export interface LessonScreenOptions {
  data: FashionMnist;
  training: TrainingRunner;
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

interface StepLink {
  entry: StepEntry;
  item: HTMLLIElement;
  link: HTMLAnchorElement;
  title: HTMLSpanElement;
  state: HTMLSpanElement;
}

export class LessonScreen implements AppScreen {
  readonly id = 'lesson';
  readonly element: HTMLElement;
  readonly view = new Container({ label: 'lesson' });
  /** Holds the shared canvas; moved into the current step's canvasHost, parked when it has none. */
  readonly canvasHost = h('div', { class: 'lesson-stage', hidden: true });

  private readonly steps: readonly StepEntry[];
  private readonly order: string[];
  private readonly texts = new BoundTexts();
  private readonly stepsNav = h('nav', { class: 'lesson-steps-nav' });
  private readonly stepLinks: StepLink[];
  private readonly progressBar = h('progress', { id: 'lesson-progress', class: 'lesson-progress', max: 1, value: 0 });
  private readonly progressText = h('span', { class: 'lesson-progress-text' });
  private readonly points = h('p', { class: 'lesson-points', id: 'lesson-points' });
  private readonly quick = h('input', { type: 'checkbox', id: 'lesson-quick' });
  private readonly resetButton = h('button', { type: 'button', class: 'button', id: 'lesson-reset' });
  private readonly dialog = h('dialog', { class: 'lesson-dialog', id: 'lesson-reset-dialog', 'aria-labelledby': 'lesson-reset-title', 'aria-describedby': 'lesson-reset-body' });
  private readonly confirmReset = h('button', { type: 'button', class: 'button button-primary lesson-danger', id: 'lesson-reset-confirm' });
  private readonly cancelReset = h('button', { type: 'button', class: 'button', id: 'lesson-reset-cancel', autofocus: true });
  private readonly teacher = h('p', { class: 'lesson-teacher', hidden: true });
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
  private readonly onPageHide = () => void this.store?.flush();

  constructor(private readonly options: LessonScreenOptions) {
    this.steps = options.steps ?? LESSON_STEPS;
    this.order = this.steps.map((step) => step.id);
    this.stepLinks = this.steps.map((entry, i) => {
      const title = h('span', { class: 'lesson-step-title' });
      const state = h('span', { class: 'lesson-step-state' });
      const link = h('a', { class: 'lesson-step-link', 'data-step': entry.id }, h('span', { class: 'lesson-step-number', 'aria-hidden': 'true' }, String(i + 1)), title, state);
      return { entry, item: h('li', {}, link), link, title, state };
    });
    this.stepsNav.append(h('ol', { class: 'lesson-steps' }, ...this.stepLinks.map((s) => s.item)));

    const text = <E extends HTMLElement>(element: E, key: MessageKey, params?: MessageParams): E => {
      return this.texts.set(element, key, params);
    };
    this.dialog.append(
      text(h('h2', { id: 'lesson-reset-title' }), 'lesson.resetTitle'),
      text(h('p', { id: 'lesson-reset-body' }), 'lesson.resetBody'),
      h('div', { class: 'lesson-dialog-buttons' }, this.cancelReset, this.confirmReset),
    );
    const sidebar = h(
      'aside',
      { class: 'lesson-sidebar' },
      h(
        'div',
        { class: 'lesson-score' },
        h('div', { class: 'progress-field' }, h('label', { for: 'lesson-progress' }, this.progressText), this.progressBar),
        this.points,
      ),
      this.stepsNav,
      h(
        'div',
        { class: 'lesson-options' },
        h('div', { class: 'field-check lesson-quick' }, this.quick, text(h('label', { for: 'lesson-quick' }), 'lesson.quickMode')),
        text(h('p', { class: 'lesson-quick-hint', id: 'lesson-quick-hint' }), 'lesson.quickModeHint'),
        this.resetButton,
        this.teacher,
      ),
    );
    this.quick.setAttribute('aria-describedby', 'lesson-quick-hint');
    const article = h(
      'article',
      { class: 'lesson-step', 'aria-labelledby': 'lesson-step-heading' },
      this.heading,
      this.stepError,
      this.stepBody,
      h('div', { class: 'lesson-pager' }, this.backButton, this.nextButton, this.nextHint),
      this.status,
    );
    this.element = h('section', { class: 'screen lesson-screen', 'data-saved': 'true' }, sidebar, article, this.dialog, this.parking);
    this.parking.append(this.canvasHost);

    this.backButton.addEventListener('click', () => this.go(-1));
    this.nextButton.addEventListener('click', () => this.go(1));
    this.quick.addEventListener('change', () => this.store?.dispatch({ type: 'quickMode', on: this.quick.checked }));
    this.resetButton.addEventListener('click', () => this.dialog.showModal());
    this.cancelReset.addEventListener('click', () => this.dialog.close());
    this.confirmReset.addEventListener('click', () => {
      this.dialog.close();
      void this.reset();
    });
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
      last = state;
      this.renderChrome();
    });
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
    this.current?.step.update?.(deltaMs);
  }

  resize(width: number): number {
    const step = this.current?.step;
    return step?.view && step.resize ? step.resize(width) : 1;
  }

  translate(): void {
    this.texts.apply();
    this.stepsNav.setAttribute('aria-label', t('lesson.stepsLabel'));
    this.backButton.textContent = t('lesson.back');
    this.nextButton.textContent = t('lesson.next');
    this.resetButton.textContent = t('lesson.reset');
    this.confirmReset.textContent = t('lesson.resetConfirm');
    this.cancelReset.textContent = t('lesson.resetCancel');
    this.teacher.textContent = t('lesson.teacherMode');
    this.status.textContent = this.statusMessage ? t(...this.statusMessage) : '';
    this.stepError.textContent = this.stepErrorDetail === null ? '' : t('lesson.stepFailed', { detail: this.stepErrorDetail });
    this.renderChrome();
    this.current?.step.translate?.();
  }

  destroy(): void {
    removeEventListener('pagehide', this.onPageHide);
    this.unsubscribe?.();
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
      reducedMotion: this.screen!.reducedMotion,
      requestRender: () => this.screen?.requestRender(),
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
    const currentId = this.current?.entry.id;
    const done = state.completed.length;
    this.progressBar.max = this.order.length;
    this.progressBar.value = done;
    this.progressText.textContent = t('lesson.progress', { done, total: this.order.length });
    this.points.textContent = t('lesson.points', { points: totalPoints(state) });
    this.points.dataset.points = String(totalPoints(state));
    this.quick.checked = state.quickMode;
    this.teacher.hidden = !store.unlockAll;
    for (const { entry, link, title, state: stateText, item } of this.stepLinks) {
      const unlocked = isUnlocked(state, entry.id, store.unlockAll);
      const completed = isCompleted(state, entry.id);
      title.textContent = t(entry.navTitleKey);
      stateText.textContent = completed ? t('lesson.stepStateDone') : unlocked ? '' : t('lesson.stepStateLocked');
      stateText.className = `lesson-step-state${completed || !unlocked ? ' visually-hidden' : ''}`;
      item.dataset.state = completed ? 'done' : unlocked ? 'open' : 'locked';
      if (unlocked) {
        link.href = lessonHash(entry.id);
        link.removeAttribute('role');
        link.removeAttribute('aria-disabled');
      } else {
        link.removeAttribute('href');
        link.setAttribute('role', 'link');
        link.setAttribute('aria-disabled', 'true');
      }
      if (entry.id === currentId) link.setAttribute('aria-current', 'step');
      else link.removeAttribute('aria-current');
    }
    const open = this.current;
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
    }
    this.element.dataset.saved = String(!store.pending);
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
