// "Train it": the learner guesses the test accuracy, then trains the first network (seed-a) in the
// worker and watches Keras' fit happen: a progress bar, train vs validation accuracy and loss per
// epoch (chart + table), the tutorial's "print layer 0's bias every epoch" callback as a log, and a
// scrubber that replays the 1×3 kernels as they were after each epoch. Afterwards: test accuracy
// and errors on the 10,000 test images, the guess scored by closeness, and the trained network
// saved for the steps that follow.
import { preset } from '../../../../shared/presets';
import { h } from '../../../framework/dom';
import { BoundTexts } from '../../../i18n/bound-texts';
import type { MessageParams } from '../../../i18n/i18n';
import type { MessageKey } from '../../../i18n/messages';
import type { TrainingCheckpoint } from '../../../training/checkpoints';
import { ResumeOffer } from '../../../training/resume-offer';
import { PHASE_MESSAGES, type TrainingResult, type TrainingRun, type TrainingRunEvent } from '../../../training/training-run';
import type { EpochHistory } from '../../../views/charts/history-chart';
import { formatFixed, formatPercent } from '../../../views/format';
import type { LessonContext, LessonStep, TrainedModel } from '../../step';
import { LESSON_SEED } from '../../trained-models';
import { BiasLog } from './bias-log';
import { HistoryPanel } from './history-panel';
import { KernelReplay } from './kernel-replay';
import { FULL_BUDGET, guessPoints, layer0Of, PRESET, quickBudget, STEP_POINTS, type Budget, type Layer0Snapshot } from './model';
import { ResultView } from './result-view';
import { firstNetworkRecord, firstNetworkRequest, initialLayer0, TRAIN_CHECKPOINT_KEY } from './run';
import { TrainForm } from './train-form';
import '../shared.css';
import './step.css';

const KEYS = {
  guess: 'train.guess',
  guessAwarded: 'train.guessAwarded',
  initialLayer0: 'train.initialLayer0',
} as const;

const emptyHistory = (): EpochHistory => ({ loss: [], acc: [], val_loss: [], val_acc: [] });

class TrainStep implements LessonStep {
  readonly id = 'train';
  readonly titleKey = 'stepTrain.title';
  readonly element: HTMLElement;
  private readonly texts = new BoundTexts();
  private context!: LessonContext;
  private readonly form = new TrainForm(this.texts, {
    train: () => void this.train(),
    pause: () => this.togglePause(),
    stop: () => this.run?.stop(),
    retry: () => {
      if (!this.context.trainer.isAlive) this.context.trainer.restart();
      void this.train();
    },
  });
  private readonly progress = h('progress', { id: 'train-progress', max: 1, value: 0 });
  private readonly progressLine = h('p', { class: 'lt-progress-line', id: 'train-progress-line' });
  private readonly status = h('p', { role: 'status', class: 'lt-status', id: 'train-status' });
  private readonly alert = h('p', { role: 'alert', class: 'alert', id: 'train-alert', hidden: true });
  private readonly result = new ResultView(this.texts);
  private readonly historyPanel = new HistoryPanel(this.texts);
  private readonly biasLog = new BiasLog(this.texts);
  private readonly replay = new KernelReplay(this.texts);

  private history: EpochHistory = emptyHistory();
  private budget: Budget = FULL_BUDGET;
  private quick: Budget = FULL_BUDGET;
  private run: TrainingRun | null = null;
  private resumeOffer!: ResumeOffer;
  /** Layer 0 by epoch: before training (index 0, unknown for an old record) and after each epoch. */
  private snapshots: (Layer0Snapshot | undefined)[] = [];
  /** Wall time of each epoch (ms), this visit only (not part of Keras' History). */
  private historyTimes: number[] = [];
  /** Runs that diverged: the next one starts from another seed. */
  private attempt = 0;

  constructor() {
    const texts = this.texts;
    this.element = h(
      'div',
      { class: 'lt-step lt-train' },
      texts.set(h('p', { class: 'lt-intro' }), 'stepTrain.intro'),
      this.form.element,
      h('div', { class: 'progress-field lt-progress' }, texts.set(h('label', { for: 'train-progress' }), 'stepTrain.progressLabel'), this.progress, this.progressLine),
      this.status,
      this.alert,
      this.result.element,
      h('div', { class: 'lt-columns' }, this.historyPanel.element, this.biasLog.element),
      this.replay.element,
    );
  }

  prepare(context: LessonContext): void {
    this.context = context;
    this.resumeOffer = new ResumeOffer(context.training, TRAIN_CHECKPOINT_KEY, (checkpoint) => void this.resume(checkpoint));
    this.form.element.before(this.resumeOffer.element);
    this.historyPanel.prepare();
    this.quick = quickBudget(context.budget(preset(PRESET)!).quickImages);
    this.budget = this.quick;
    this.form.quickBudget = this.quick;
    this.form.quickMode = context.quickMode;
    const guess = context.progress.get<number>(KEYS.guess);
    if (typeof guess === 'number') this.form.guessInput.value = String(guess);
    const saved = context.trained(PRESET);
    if (saved) this.restore(saved);
    else this.historyPanel.show(this.history, this.historyTimes, this.quick.epochs);
    this.renderForm();
  }

  show(): Promise<void> {
    return this.resumeOffer.refresh();
  }

  translate(): void {
    this.texts.apply();
    this.resumeOffer.translate();
    this.renderForm();
    this.historyPanel.show(this.history, this.historyTimes, this.budget.epochs);
    this.biasLog.render(this.snapshots);
    this.replay.render();
  }

  /** Leaving cancels the run: it ends without testing or saving (another step may own the worker by then). */
  hide(): void {
    this.run?.cancel();
  }

  destroy(): void {
    this.run?.cancel();
    this.historyPanel.destroy();
  }

  private async train(): Promise<void> {
    if (this.run) return;
    this.setAlert(null);
    const guess = this.form.guess();
    if (guess === null) {
      this.setAlert('stepTrain.guessInvalid');
      this.form.guessInput.focus();
      return;
    }
    this.context.progress.set(KEYS.guess, guess);
    this.budget = this.form.budget(this.context.quickMode);
    this.history = emptyHistory();
    this.historyTimes = [];
    const { threads } = this.context.budget(preset(PRESET)!);
    await this.follow(this.context.training.start(firstNetworkRequest(this.budget, LESSON_SEED + this.attempt, threads, (event) => this.onEvent(event))), guess);
  }

  /** "Continue from epoch N": the run a reload (or a crash, or leaving the step) cut short goes on where it stopped. */
  private async resume(checkpoint: TrainingCheckpoint): Promise<void> {
    if (this.run) return;
    this.setAlert(null);
    const { settings, history } = checkpoint;
    this.budget = { epochs: settings.epochs, trainImages: settings.trainLimit ?? FULL_BUDGET.trainImages, quick: checkpoint.quick };
    this.form.chosen = this.budget;
    this.history = { loss: [...history.loss], acc: [...history.acc], val_loss: [...history.val_loss], val_acc: [...history.val_acc] };
    this.historyTimes = checkpoint.epochs.map((logs) => logs.timeMs);
    await this.follow(this.context.training.resume(checkpoint, { onEvent: (event) => this.onEvent(event) }), this.context.progress.get<number>(KEYS.guess));
  }

  /** Follows a started (or resumed) run to its end. */
  private async follow(run: TrainingRun, guess: number | undefined): Promise<void> {
    this.resumeOffer.hide();
    this.snapshots = [];
    this.historyPanel.show(this.history, this.historyTimes, this.budget.epochs);
    this.biasLog.render(this.snapshots);
    this.result.shown = false;
    this.replay.clear();
    this.progress.max = 1;
    this.progress.value = 0;
    this.progressLine.textContent = '';
    this.run = run;
    this.setRunning(true);
    const result = await run.result;
    if (this.run === run) this.run = null;
    if (result.cancelled) return;
    this.setRunning(false);
    this.finish(result, guess);
  }

  /** What the learner sees of how the run ended. */
  private finish(result: TrainingResult, guess: number | undefined): void {
    const model = firstNetworkRecord(result);
    if (!model) {
      if (result.status === 'diverged') this.attempt++; // the next run starts from seed + 1
      const stoppedEarly = result.status === 'stopped';
      this.setStatus(stoppedEarly ? 'training.stoppedBeforeEpoch' : null);
      if (result.status === 'diverged') this.setAlert('training.divergedNewSeed', result.message?.params);
      else if (!stoppedEarly && result.message) this.setAlert(result.message.key, result.message.params);
      this.form.retryButton.hidden = stoppedEarly;
      return;
    }
    this.context.saveTrained(model);
    this.context.progress.set(KEYS.initialLayer0, initialLayer0(result));
    this.setStatus(result.status === 'stopped' ? 'stepTrain.statusStopped' : 'stepTrain.statusDone', { epochs: result.epochs.length });
    this.showResult(model, guess, true);
    this.context.complete(STEP_POINTS);
    this.result.element.focus();
  }

  private onEvent(event: TrainingRunEvent): void {
    if (event.type === 'phase') {
      this.setStatus(PHASE_MESSAGES[event.phase]);
    } else if (event.type === 'batch') {
      this.progress.max = event.epochs * event.batches;
      this.progress.value = event.epoch * event.batches + event.batch;
      this.texts.set(this.progressLine, 'stepTrain.progressLine', {
        epoch: event.epoch + 1,
        epochs: event.epochs,
        batch: event.batch,
        batches: event.batches,
        loss: formatFixed(event.loss, 4),
        acc: formatPercent(event.acc),
        speed: Math.round(event.samplesPerSec),
      });
    } else if (event.type === 'epochBegin') {
      const layer0 = layer0Of(event.watched);
      if (event.epoch === 0 && layer0) this.snapshots = [layer0];
      this.biasLog.render(this.snapshots);
    } else if (event.type === 'epochEnd') {
      const { logs } = event;
      this.history.loss.push(logs.loss);
      this.history.acc.push(logs.acc);
      if (logs.val_loss !== undefined) this.history.val_loss.push(logs.val_loss);
      if (logs.val_acc !== undefined) this.history.val_acc.push(logs.val_acc);
      this.historyTimes.push(logs.timeMs);
      const layer0 = layer0Of(event.watched);
      if (layer0) this.snapshots.push(layer0);
      this.historyPanel.show(this.history, this.historyTimes, event.epochs);
      this.biasLog.render(this.snapshots);
      this.replay.show(this.snapshots, this.budget.epochs, this.snapshots.length - 1);
    } else if (event.type === 'paused') {
      this.setStatus('training.statusPaused');
    } else if (event.type === 'resumed') {
      this.setStatus(PHASE_MESSAGES.training);
    }
  }

  private togglePause(): void {
    if (!this.run) return;
    this.run.togglePause();
    this.renderForm();
  }

  private setRunning(running: boolean): void {
    this.element.dataset.training = String(running);
    if (running) this.form.retryButton.hidden = true;
    this.renderForm();
  }

  private renderForm(): void {
    const running = this.run !== null;
    this.form.render({ running, paused: this.run?.paused ?? false, trained: this.history.loss.length > 0 && !running, crashed: this.context?.trainer.isAlive === false });
  }

  private setStatus(key: MessageKey | null, params?: MessageParams): void {
    this.texts.set(this.status, key, params);
  }

  private setAlert(key: MessageKey | null, params?: MessageParams): void {
    this.texts.set(this.alert, key, params);
    this.alert.hidden = !key;
    this.renderForm();
  }

  /** The result of `model`; a `fresh` run's guess earns its points (once). */
  private showResult(model: TrainedModel, guess: number | undefined, fresh: boolean): void {
    const points = typeof guess === 'number' ? guessPoints(guess, model.testAccuracy ?? 0) : 0;
    this.result.show(model, this.quick, typeof guess === 'number' ? { value: guess, points } : undefined);
    if (typeof guess === 'number' && fresh && !this.context.progress.get<boolean>(KEYS.guessAwarded)) {
      this.context.progress.set(KEYS.guessAwarded, true);
      if (points > 0) this.context.award(points);
    }
  }

  /** A network trained earlier (this visit or a previous one): show it as it ended. */
  private restore(model: TrainedModel): void {
    this.history = { loss: [...model.history.loss], acc: [...model.history.acc], val_loss: [...model.history.val_loss], val_acc: [...model.history.val_acc] };
    this.budget = model.quick ? this.quick : FULL_BUDGET;
    this.form.chosen = this.budget;
    const after = model.layer0ByEpoch ?? [];
    this.snapshots = after.length > 0 ? [this.context.progress.get<Layer0Snapshot>(KEYS.initialLayer0), ...after] : [];
    this.historyPanel.show(this.history, this.historyTimes, this.history.loss.length);
    this.biasLog.render(this.snapshots);
    if (after.length > 0) this.replay.show(this.snapshots, this.budget.epochs, after.length);
    this.setStatus('stepTrain.statusRestored');
    this.showResult(model, this.context.progress.get<number>(KEYS.guess), false);
  }
}

export function createTrainStep(): LessonStep {
  return new TrainStep();
}
