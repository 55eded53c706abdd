// The lesson's sidebar: progress and points (sticky, so they stay in sight; the points count up
// and pop "+N" when earned, instantly with reduced motion), the step list (locked steps marked),
// the badges, the long run going on in the background, quick mode and "Reset lesson" (with its
// confirmation dialog). LessonScreen owns it and renders it from the lesson state.
import { h } from '../framework/dom';
import { Fold } from '../framework/fold';
import { BoundTexts } from '../i18n/bound-texts';
import { t } from '../i18n/i18n';
import type { MessageKey } from '../i18n/messages';
import { networkShortName } from '../training/network-names';
import { formatPercent } from '../views/format';
import { BADGE_IDS, BADGES } from './game/badges';
import { pointsShown, retarget, tweenDone, type PointsTween } from './game/points-tween';
import { isCompleted, isUnlocked, lessonHash, totalPoints, type LessonSnapshot } from './lesson-state';
import type { LongRunState } from './long-run';
import type { StepEntry } from './steps';

interface StepLink {
  entry: StepEntry;
  item: HTMLLIElement;
  link: HTMLAnchorElement;
  title: HTMLSpanElement;
  state: HTMLSpanElement;
}

/** How long a "+N" stays on screen (its CSS animation is as long). */
const POP_MS = 1200;

export class LessonSidebar {
  readonly element: HTMLElement;
  readonly dialog = h('dialog', { class: 'lesson-dialog', id: 'lesson-reset-dialog', 'aria-labelledby': 'lesson-reset-title', 'aria-describedby': 'lesson-reset-body' });
  private readonly texts = new BoundTexts();
  private readonly stepsNav = h('nav', { class: 'lesson-steps-nav' });
  private readonly stepLinks: StepLink[];
  private readonly progressBar = h('progress', { id: 'lesson-progress', class: 'lesson-progress', max: 1, value: 0 });
  private readonly progressText = h('span', { class: 'lesson-progress-text' });
  private readonly points = h('p', { class: 'lesson-points', id: 'lesson-points' });
  private readonly pointsValue = h('span', { class: 'lesson-points-value' });
  private readonly pops = h('span', { class: 'lesson-points-pops', 'aria-hidden': 'true' });
  private readonly badgesHeading = h('h2', { class: 'lesson-badges-heading', id: 'lesson-badges-heading' });
  private readonly badgeList = h('ul', { class: 'lesson-badges', id: 'lesson-badges', 'aria-labelledby': 'lesson-badges-heading' });
  private readonly longRun = h('p', { class: 'lesson-long-run', id: 'lesson-long-run', hidden: true });
  private readonly quick = h('input', { type: 'checkbox', id: 'lesson-quick' });
  private readonly resetButton = h('button', { type: 'button', class: 'button', id: 'lesson-reset' });
  private readonly confirmReset = h('button', { type: 'button', class: 'button button-primary lesson-danger', id: 'lesson-reset-confirm' });
  private readonly cancelReset = h('button', { type: 'button', class: 'button', id: 'lesson-reset-cancel', autofocus: true });
  private readonly teacher = h('p', { class: 'lesson-teacher', hidden: true });
  /** Tablets and phones: the step list, badges and options fold behind a "Steps: 2 of 11" button. */
  private readonly fold: Fold;
  private tween: PointsTween | null = null;
  private target = 0;
  /** The first render shows the saved total at once; later changes count up. */
  private started = false;
  private snapshot: { state: LessonSnapshot; unlockAll: boolean; current?: string } | null = null;
  private longRunState: LongRunState | null = null;

  constructor(
    private readonly steps: readonly StepEntry[],
    private readonly reducedMotion: () => boolean,
    on: { quickMode(on: boolean): void; reset(): void },
  ) {
    this.stepLinks = steps.map((entry, i) => {
      const title = h('span', { class: 'lesson-step-title' });
      const state = h('span', { class: 'lesson-step-state' });
      const link = h('a', { class: 'lesson-step-link', 'data-step': entry.id }, h('span', { class: 'lesson-step-number', 'aria-hidden': 'true' }, String(i + 1)), title, state);
      return { entry, item: h('li', {}, link), link, title, state };
    });
    this.stepsNav.append(h('ol', { class: 'lesson-steps' }, ...this.stepLinks.map((s) => s.item)));
    const texts = this.texts;
    this.dialog.append(
      texts.set(h('h2', { id: 'lesson-reset-title' }), 'lesson.resetTitle'),
      texts.set(h('p', { id: 'lesson-reset-body' }), 'lesson.resetBody'),
      h('div', { class: 'lesson-dialog-buttons' }, this.cancelReset, this.confirmReset),
    );
    this.points.append(this.pointsValue, this.pops);
    this.element = h(
      'aside',
      { class: 'lesson-sidebar' },
      h('div', { class: 'lesson-score' }, h('div', { class: 'progress-field' }, h('label', { for: 'lesson-progress' }, this.progressText), this.progressBar), this.points, this.longRun),
    );
    const foldPanel = h(
      'div',
      { class: 'lesson-fold', id: 'lesson-fold' },
      this.stepsNav,
      h('section', { class: 'lesson-badges-panel', 'aria-labelledby': 'lesson-badges-heading' }, this.badgesHeading, this.badgeList),
      h(
        'div',
        { class: 'lesson-options' },
        h('div', { class: 'field-check lesson-quick' }, this.quick, texts.set(h('label', { for: 'lesson-quick' }), 'lesson.quickMode')),
        texts.set(h('p', { class: 'lesson-quick-hint', id: 'lesson-quick-hint' }), 'lesson.quickModeHint'),
        this.resetButton,
        this.teacher,
      ),
    );
    this.fold = new Fold(this.element, foldPanel, 'steps');
    this.element.append(this.fold.button, foldPanel);
    this.quick.setAttribute('aria-describedby', 'lesson-quick-hint');
    this.quick.addEventListener('change', () => on.quickMode(this.quick.checked));
    this.resetButton.addEventListener('click', () => this.dialog.showModal());
    this.cancelReset.addEventListener('click', () => this.dialog.close());
    this.confirmReset.addEventListener('click', () => {
      this.dialog.close();
      on.reset();
    });
  }

  /** The lesson as it stands: progress, points (counting up to a new total), steps, badges. */
  render(state: LessonSnapshot, unlockAll: boolean, current?: string): void {
    this.snapshot = { state, unlockAll, current };
    const done = state.completed.length;
    this.progressBar.max = this.steps.length;
    this.progressBar.value = done;
    this.progressText.textContent = t('lesson.progress', { done, total: this.steps.length });
    this.setPoints(totalPoints(state));
    this.quick.checked = state.quickMode;
    this.teacher.hidden = !unlockAll;
    for (const { entry, link, title, state: stateText, item } of this.stepLinks) {
      const unlocked = isUnlocked(state, entry.id, unlockAll);
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
      if (entry.id === current) link.setAttribute('aria-current', 'step');
      else link.removeAttribute('aria-current');
    }
    this.renderBadges(state);
    const index = this.steps.findIndex((entry) => entry.id === current);
    this.fold.setLabel(index < 0 ? t('menus.stepsNone') : t('menus.steps', { step: index + 1, total: this.steps.length, title: t(this.steps[index].navTitleKey) }));
  }

  /** The long run in the background (hidden while there is none). */
  setLongRun(state: LongRunState): void {
    this.longRunState = state;
    this.renderLongRun();
  }

  /** Per frame: the points count-up. */
  update(deltaMs: number): void {
    if (!this.tween) return;
    this.tween = { ...this.tween, elapsed: this.tween.elapsed + deltaMs };
    this.showPoints();
  }

  translate(): void {
    this.texts.apply();
    this.stepsNav.setAttribute('aria-label', t('lesson.stepsLabel'));
    this.resetButton.textContent = t('lesson.reset');
    this.confirmReset.textContent = t('lesson.resetConfirm');
    this.cancelReset.textContent = t('lesson.resetCancel');
    this.teacher.textContent = t('lesson.teacherMode');
    this.badgesHeading.textContent = t('lessonGame.badgesHeading');
    if (this.snapshot) this.render(this.snapshot.state, this.snapshot.unlockAll, this.snapshot.current);
    this.showPoints();
    this.renderLongRun();
  }

  private setPoints(total: number): void {
    this.points.dataset.points = String(total);
    if (total !== this.target) {
      const gained = total - this.target;
      this.tween = !this.started || this.reducedMotion() ? null : retarget(this.tween ?? { from: this.target, to: this.target, elapsed: 0 }, total);
      if (gained > 0 && this.started) this.pop(gained);
      this.target = total;
    }
    this.started = true;
    this.showPoints();
  }

  private showPoints(): void {
    const shown = this.tween ? pointsShown(this.tween) : this.target;
    if (this.tween && tweenDone(this.tween)) this.tween = null;
    this.pointsValue.textContent = t('lesson.points', { points: shown });
    this.points.dataset.counting = String(this.tween !== null);
  }

  /**
   * A "+N" that rises and fades beside the points (CSS; with reduced motion it just stays, then
   * goes). Decoration: drawn by CSS from an attribute, so no text node is half-faded (the points
   * themselves are text).
   */
  private pop(points: number): void {
    const pop = h('span', { class: 'lesson-points-pop', 'data-text': t('lessonGame.pointsGained', { points }) });
    this.pops.append(pop);
    setTimeout(() => pop.remove(), POP_MS);
  }

  private renderBadges(state: LessonSnapshot): void {
    const items = BADGE_IDS.map((id) => {
      const badge = BADGES[id];
      const earned = state.badges.includes(id);
      const label = earned ? `${t(badge.name)}: ${t(badge.why)}` : t('lessonGame.badgeLocked', { name: t(badge.name) });
      return h('li', { class: 'lesson-badge', 'data-badge': id, 'data-earned': String(earned), title: label }, h('span', { class: 'lesson-badge-symbol', 'aria-hidden': 'true' }, badge.symbol), h('span', { class: 'visually-hidden' }, label));
    });
    this.badgeList.replaceChildren(...items);
    this.badgesHeading.textContent = `${t('lessonGame.badgesHeading')} (${t('lessonGame.badgesCount', { earned: state.badges.length, total: BADGE_IDS.length })})`;
  }

  private renderLongRun(): void {
    const run = this.longRunState;
    this.longRun.hidden = !run || run.status === 'idle';
    if (!run || run.status === 'idle') return;
    const name = run.preset ? networkShortName(run.preset) : '';
    const left = run.secondsLeft === null ? t('stepChannelMax.timeUnknown') : t('lessonGame.minutesLeft', { minutes: Math.max(1, Math.round(run.secondsLeft / 60)) });
    const [key, params]: [MessageKey, Record<string, string | number>] =
      run.status === 'done'
        ? ['lessonGame.longRunDone', { name, acc: formatPercent(run.model?.testAccuracy ?? 0, 1) }]
        : run.status === 'ended'
          ? ['lessonGame.longRunEnded', { name }]
          : run.status === 'waiting'
            ? ['lessonGame.longRunWaiting', { name, epoch: run.epoch, epochs: run.epochs }]
            : run.status === 'building'
              ? ['lessonGame.longRunStarting', { name }]
              : ['lessonGame.longRunTraining', { name, epoch: run.epoch, epochs: run.epochs, left }];
    this.longRun.textContent = t(key, params);
    this.longRun.dataset.status = run.status;
  }
}
