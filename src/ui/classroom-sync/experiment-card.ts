// A student's share of the class experiment: the architecture and seed the server assigned,
// trained at full size (all 60,000 training images, the tutorial's protocol: its last 10 %
// validate) through the app's training owner, then the per-epoch curves and the final test
// accuracy go to the class. A test may shrink the run with the debug flag and
// `?classImages=N` (images, not the protocol, change).
import type { ExperimentAssignment } from '../../classroom/api-types';
import { planModel } from '../../shared/plan';
import { preset } from '../../shared/presets';
import { debugNumber } from '../framework/debug';
import { h } from '../framework/dom';
import { formatPercent } from '../views/format';
import { BoundTexts } from '../i18n/bound-texts';
import { t } from '../i18n/i18n';
import type { TrainingResult, TrainingRun } from '../training/training-run';
import type { TrainingRunner } from '../training/training-runner';
import type { ClassroomSync } from './classroom-sync';
import { architectureName } from './experiment-table';

const percent = (fraction: number) => formatPercent(fraction, 2);
/** localStorage: assignments already trained and sent ("<session>:<arch>:<seed>" → accuracy). */
const SENT_KEY = 'filterfit.classroom.experimentSent';

/** The experiment record of a finished run (null when it did not complete with a test score). */
export function experimentRecord(assignment: ExperimentAssignment, result: Pick<TrainingResult, 'status' | 'history' | 'test'>, params: number) {
  if (result.status !== 'completed' || !result.test || result.history.loss.length === 0) return null;
  const { loss, acc, val_loss, val_acc } = result.history;
  return {
    architecture: assignment.architecture,
    seed: assignment.seed,
    history: loss.map((l, i) => ({ loss: l, acc: acc[i], ...(val_loss[i] === undefined ? {} : { valLoss: val_loss[i] }), ...(val_acc[i] === undefined ? {} : { valAcc: val_acc[i] }) })),
    testAccuracy: result.test.acc,
    params,
  };
}

export class ExperimentCard {
  readonly element: HTMLElement;
  private readonly texts = new BoundTexts();
  private readonly share = h('p', {});
  private readonly trainButton = h('button', { type: 'button', class: 'button button-primary', id: 'class-experiment-train' });
  private readonly stopButton = h('button', { type: 'button', class: 'button', hidden: true });
  private readonly progress = h('progress', { id: 'class-experiment-progress', max: 1, value: 0 });
  private readonly progressLabel = h('label', { for: 'class-experiment-progress' });
  private readonly status = h('p', { role: 'status', 'aria-live': 'polite', id: 'class-experiment-status' });
  private run: TrainingRun | null = null;

  constructor(
    private readonly sync: ClassroomSync,
    private readonly training: () => TrainingRunner,
  ) {
    this.element = h(
      'section',
      { class: 'class-experiment', 'aria-labelledby': 'class-experiment-heading' },
      this.texts.set(h('h3', { id: 'class-experiment-heading' }), 'classSync.experimentHeading'),
      this.texts.set(h('p', {}), 'classSync.experimentIntro'),
      this.share,
      h('div', { class: 'train-buttons' }, this.trainButton, this.stopButton),
      h('div', { class: 'progress-field' }, this.progressLabel, this.progress),
      this.status,
    );
    this.texts.set(this.trainButton, 'classSync.experimentTrain');
    this.texts.set(this.stopButton, 'classSync.experimentStop');
    this.texts.set(this.progressLabel, 'classSync.experimentProgress');
    this.trainButton.addEventListener('click', () => void this.train());
    this.stopButton.addEventListener('click', () => this.run?.stop());
    this.render();
  }

  translate(): void {
    this.texts.apply();
    this.render();
  }

  destroy(): void {
    this.run?.cancel();
  }

  private get assignment(): ExperimentAssignment | null {
    return this.sync.state.me?.assignment ?? null;
  }

  private sentKey(a: ExperimentAssignment): string {
    return `${this.sync.state.me?.sessionId}:${a.architecture}:${a.seed}`;
  }

  render(): void {
    const a = this.assignment;
    this.element.hidden = !this.sync.state.me?.activities.experiment;
    if (!a) {
      this.texts.set(this.share, 'classSync.experimentNoShare');
      this.trainButton.disabled = true;
      return;
    }
    const spec = preset(a.architecture);
    this.texts.set(this.share, 'classSync.experimentShare', { arch: architectureName(a.architecture), seed: String(a.seed), epochs: a.epochs, params: spec ? planModel(spec).totalParams : 0 });
    this.trainButton.disabled = this.run !== null || !this.sync.active;
    const sent = readSent()[this.sentKey(a)];
    if (this.run === null && sent !== undefined && !this.status.textContent) this.texts.set(this.status, 'classSync.experimentSent', { acc: percent(sent) });
  }

  private async train(): Promise<void> {
    const a = this.assignment;
    const spec = a && preset(a.architecture);
    if (!a || !spec || this.run) return;
    const trainLimit = debugNumber('classImages');
    this.progress.max = a.epochs;
    this.progress.value = 0;
    const run = (this.run = this.training().start({
      spec,
      preset: a.architecture,
      settings: { epochs: a.epochs, seed: a.seed, ...(trainLimit ? { trainLimit } : {}) },
      score: 'completed',
      onEvent: (event) => {
        if (event.type === 'epochEnd') {
          this.progress.value = event.epoch + 1;
          const acc = event.logs.val_acc ?? event.logs.acc;
          this.texts.set(this.status, 'classSync.experimentEpoch', { epoch: event.epoch + 1, epochs: a.epochs, acc: percent(acc) });
        }
      },
    }));
    this.stopButton.hidden = false;
    this.render();
    const result = await run.result;
    this.run = null;
    this.stopButton.hidden = true;
    if (result.cancelled) return;
    const record = experimentRecord(a, result, planModel(spec).totalParams);
    if (record) {
      this.sync.record('experiment', record);
      writeSent({ ...readSent(), [this.sentKey(a)]: record.testAccuracy });
      this.texts.set(this.status, 'classSync.experimentDone', { acc: percent(record.testAccuracy) });
    } else {
      const detail = result.message ? t(result.message.key, result.message.params) : result.status;
      this.texts.set(this.status, 'classSync.experimentFailed', { detail });
    }
    this.render();
  }
}

function readSent(): Record<string, number> {
  try {
    return JSON.parse(localStorage.getItem(SENT_KEY) ?? '{}') as Record<string, number>;
  } catch {
    return {};
  }
}

function writeSent(sent: Record<string, number>): void {
  try {
    localStorage.setItem(SENT_KEY, JSON.stringify(sent));
  } catch {
    // storage refused: the card just offers to train again
  }
}
