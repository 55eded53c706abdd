// `#class` (only when the page is served by the classroom server): the join form, then the
// session's activities with links into the app (the lesson, the class's play game, the sandbox
// challenge), the student's class-experiment card and the class's comparison table, live.
import { formatNumber } from '../i18n/i18n';
import { h } from '../framework/dom';
import type { AppScreen } from '../framework/screen';
import { BoundTexts } from '../i18n/bound-texts';
import { t } from '../i18n/i18n';
import type { MessageKey } from '../i18n/messages';
import { LESSON_ROUTE } from '../lesson/lesson-state';
import { playHash } from '../play/play-hash';
import { createJoinForm, type JoinForm } from '../teacher/join-form';
import type { TrainingRunner } from '../training/training-runner';
import type { ClassroomSync } from './classroom-sync';
import { ExperimentCard } from './experiment-card';
import { experimentTable } from './experiment-table';
import { classPlay } from './hooks';

export class ClassScreen implements AppScreen {
  readonly id = 'class';
  readonly element: HTMLElement;
  private readonly texts = new BoundTexts();
  private readonly joinForm: JoinForm;
  private readonly joined = h('div', { class: 'class-joined' });
  private readonly activities = h('ul', { class: 'class-activities' });
  private readonly tableHost = h('div', {});
  private readonly endedLine = h('p', { role: 'status' });
  private readonly leaveButton = h('button', { type: 'button', class: 'button' });
  private readonly card: ExperimentCard;
  private readonly unsubscribe: () => void;

  constructor(
    private readonly sync: ClassroomSync,
    training: () => TrainingRunner,
  ) {
    const code = new URLSearchParams(location.search).get('code') ?? undefined;
    this.joinForm = createJoinForm(sync.studentClient, { initialCode: code, onJoined: (me) => sync.joined(me) });
    this.card = new ExperimentCard(sync, training);
    this.joined.append(
      this.endedLine,
      this.texts.set(h('h3', { id: 'class-activities-heading' }), 'classSync.activitiesHeading'),
      this.activities,
      this.card.element,
      h('section', { 'aria-labelledby': 'class-table-heading' }, this.texts.set(h('h3', { id: 'class-table-heading' }), 'classSync.tableHeading'), this.tableHost),
      this.leaveButton,
    );
    this.element = h(
      'section',
      { class: 'screen class-screen', 'aria-labelledby': 'class-heading' },
      this.texts.set(h('h2', { id: 'class-heading' }), 'classSync.heading'),
      this.texts.set(h('p', {}), 'classSync.intro'),
      this.joinForm.element,
      this.joined,
    );
    this.texts.set(this.leaveButton, 'classSync.leave');
    this.leaveButton.addEventListener('click', () => {
      if (confirm(t('classSync.leaveConfirm'))) void sync.leave();
    });
    this.unsubscribe = sync.subscribe(() => this.render());
    this.render();
  }

  translate(): void {
    this.texts.apply();
    this.joinForm.translate();
    this.card.translate();
    this.render();
  }

  destroy(): void {
    this.unsubscribe();
    this.card.destroy();
  }

  private render(): void {
    const { me, view, pending } = this.sync.state;
    this.joinForm.setPending(pending);
    this.joined.hidden = !me;
    if (!me) return;
    const ended = me.ended || view?.ended === true;
    this.texts.set(this.endedLine, ended ? 'classSync.ended' : null);
    const a = me.activities;
    const play = classPlay();
    const items: [MessageKey, Record<string, string | number>, string | null][] = [];
    if (a.lesson) items.push(['classSync.activityLesson', { mode: t(a.lesson.mode === 'quick' ? 'classSync.lessonQuick' : 'classSync.lessonFull') }, LESSON_ROUTE]);
    if (a.play) items.push(['classSync.activityPlay', { level: a.play.level, seed: String(a.play.seed) }, play ? playHash({ seed: play.seed, level: play.level }) : null]);
    if (a.challenge) items.push(['classSync.activityChallenge', { params: formatNumber(a.challenge.maxParams), epochs: a.challenge.maxEpochs }, '#sandbox']);
    if (a.experiment) items.push(['classSync.activityExperiment', {}, null]);
    this.activities.replaceChildren(
      ...(items.length
        ? items.map(([key, params, href]) => h('li', {}, t(key, params), ...(href && !ended ? [' ', h('a', { href }, t('classSync.open'))] : [])))
        : [h('li', {}, t('classSync.noActivities'))]),
    );
    this.card.render();
    this.tableHost.replaceChildren(experimentTable(view?.experiment ?? [], t('classSync.tableHeading')));
  }
}
