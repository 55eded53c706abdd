// Step 5 "Train it": the learner guesses the test accuracy, then trains the first network (seed-a)
// in the worker and watches Keras' fit happen: a progress bar, train vs validation accuracy and
// loss per epoch (chart + table), the tutorial's "print layer 0's bias every epoch" callback as a
// log, and a scrubber that replays the 1×3 kernels as they were after each epoch. Afterwards:
// test accuracy and errors on the 10,000 test images, the guess scored by closeness, and the
// trained network saved for the steps that follow.
import { preset } from '../../../shared/presets';
import type { TrainingEvent } from '../../../shared/worker-protocol';
import { WorkerCrashedError } from '../../../worker/bridge';
import { h } from '../../framework/dom';
import { formatNumber, t } from '../../i18n/i18n';
import type { MessageKey } from '../../i18n/messages';
import { HistoryChart, type EpochHistory } from '../charts/history-chart';
import { weightShade } from '../logic/heat';
import { guessPoints } from '../logic/scoring';
import { formatVector, generalisationGap, kernelRows, largestMagnitude, NOTABLE_GAP_POINTS, type Layer0Snapshot } from '../logic/training';
import type { LessonContext, LessonStep, TrainedModel } from '../step';
import { BoundTexts, formatFixed, formatPercent } from './training-dom';
import '../training.css';

const PRESET = 'seed-a';
const BATCH_SIZE = 128;
const FILTERS = 5;
/** Quick: ~1 s an epoch at 25k img/s; > 80 % test accuracy (measured 82.8 %, seed 1). */
export const QUICK_BUDGET = { epochs: 3, trainImages: 12_000 } as const;
/** Full: all 60,000 (54,000 + 6,000 validation), as the tutorial; ~88 % on the test set. */
export const FULL_BUDGET = { epochs: 5, trainImages: 60_000 } as const;
/** Points for finishing the step (the guess earns up to 10 more). */
const STEP_POINTS = 20;

const KEYS = {
  guess: 'train.guess',
  guessAwarded: 'train.guessAwarded',
  initialLayer0: 'train.initialLayer0',
} as const;

/** The notebook's callback, shown as code (not translated). */
const CALLBACK_CODE = `print_weights = LambdaCallback(
  on_epoch_begin=lambda epoch, logs:
    print(model.layers[0].get_weights()[1]),
  on_epoch_end=lambda epoch, logs:
    print('-----'))
model.fit(..., callbacks=[print_weights])`;

type Budget = { epochs: number; trainImages: number };

class TrainStep implements LessonStep {
  readonly id = 'train';
  readonly titleKey: MessageKey = 'lessonTraining.trainTitle';
  readonly element: HTMLElement;
  private readonly texts = new BoundTexts();
  private context!: LessonContext;

  private readonly guessInput = h('input', { type: 'number', id: 'train-guess', name: 'guess', min: 10, max: 100, step: 'any', inputmode: 'decimal', required: true, 'aria-describedby': 'train-guess-hint' });
  private readonly budgetFieldset = h('fieldset', { class: 'lt-budget' });
  private readonly budgetQuick = h('input', { type: 'radio', name: 'train-budget', id: 'train-budget-quick', value: 'quick' });
  private readonly budgetFull = h('input', { type: 'radio', name: 'train-budget', id: 'train-budget-full', value: 'full' });
  private readonly startButton = h('button', { type: 'submit', class: 'button button-primary', id: 'train-start' });
  private readonly pauseButton = h('button', { type: 'button', class: 'button', id: 'train-pause', disabled: true });
  private readonly stopButton = h('button', { type: 'button', class: 'button', id: 'train-stop', disabled: true });
  private readonly retryButton = h('button', { type: 'button', class: 'button', id: 'train-retry', hidden: true });
  private readonly progress = h('progress', { id: 'train-progress', max: 1, value: 0 });
  private readonly progressLine = h('p', { class: 'lt-progress-line', id: 'train-progress-line' });
  private readonly status = h('p', { role: 'status', class: 'lt-status', id: 'train-status' });
  private readonly alert = h('p', { role: 'alert', class: 'alert', id: 'train-alert', hidden: true });
  private readonly result = h('div', { class: 'lt-result', id: 'train-result', tabindex: -1, hidden: true });
  private readonly chartHost = h('div', { class: 'lt-chart-host' });
  private readonly historyBody = h('tbody');
  private readonly biasLog = h('ol', { class: 'lt-bias-log', id: 'train-bias-log', tabindex: 0 });
  private readonly scrubber = h('input', { type: 'range', id: 'train-kernel-epoch', min: 0, max: 0, step: 1, value: 0, disabled: true });
  private readonly scrubberOutput = h('output', { for: 'train-kernel-epoch', class: 'lt-scrubber-output' });
  private readonly kernelCaption = h('caption');
  private readonly kernelBody = h('tbody');
  private readonly replay = h('section', { class: 'lt-panel lt-replay', 'aria-labelledby': 'train-replay-heading', hidden: true });

  private chart!: HistoryChart;
  private history: EpochHistory = { loss: [], acc: [], val_loss: [], val_acc: [] };
  private budget: Budget = QUICK_BUDGET;
  /** Layer 0 by epoch: before training (index 0, unknown for an old record) and after each epoch. */
  private snapshots: (Layer0Snapshot | undefined)[] = [];
  /** Wall time of each epoch (ms), this visit only (not part of Keras' History). */
  private historyTimes: number[] = [];
  private running = false;
  private paused = false;
  /** Hidden or destroyed: late worker answers are ignored. */
  private disposed = false;
  private attempt = 0;

  constructor() {
    const texts = this.texts;
    const th = (key: MessageKey, scope = 'col') => texts.set(h('th', { scope }), key);
    const form = h(
      'form',
      { class: 'lt-form', novalidate: true },
      h(
        'div',
        { class: 'lt-guess' },
        texts.set(h('label', { for: 'train-guess' }), 'lessonTraining.guessLabel'),
        h('span', { class: 'lt-guess-input' }, this.guessInput, h('span', { 'aria-hidden': 'true' }, '%')),
        texts.set(h('p', { id: 'train-guess-hint', class: 'lt-hint' }), 'lessonTraining.guessHint'),
      ),
      this.budgetFieldset,
      h('div', { class: 'lt-buttons' }, this.startButton, this.pauseButton, this.stopButton, this.retryButton),
    );
    this.budgetFieldset.append(
      texts.set(h('legend'), 'lessonTraining.budgetLegend'),
      h('div', { class: 'lt-radio' }, this.budgetQuick, texts.set(h('label', { for: 'train-budget-quick' }), 'lessonTraining.budgetQuick', { ...QUICK_BUDGET })),
      h('div', { class: 'lt-radio' }, this.budgetFull, texts.set(h('label', { for: 'train-budget-full' }), 'lessonTraining.budgetFull', { ...FULL_BUDGET })),
    );
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      void this.train();
    });
    this.pauseButton.addEventListener('click', () => this.togglePause());
    this.stopButton.addEventListener('click', () => void this.stop());
    this.retryButton.addEventListener('click', () => {
      if (!this.context.trainer.isAlive) this.context.trainer.restart();
      void this.train();
    });
    this.scrubber.addEventListener('input', () => this.showKernels(this.scrubber.valueAsNumber));

    const historyTable = h(
      'table',
      { class: 'lt-table', id: 'train-history' },
      texts.set(h('caption'), 'lessonTraining.historyCaption'),
      h('thead', {}, h('tr', {}, th('lessonTraining.columnEpoch'), th('lessonTraining.columnAcc'), th('lessonTraining.columnValAcc'), th('lessonTraining.columnLoss'), th('lessonTraining.columnValLoss'), th('lessonTraining.columnTime'))),
      this.historyBody,
    );
    const kernelHead = h('tr', {}, th('lessonTraining.columnFilter'));
    for (let i = 1; i <= 3; i++) kernelHead.append(texts.set(h('th', { scope: 'col' }), 'lessonTraining.columnWeight', { n: i }));
    kernelHead.append(th('lessonTraining.columnBias'));
    this.replay.append(
      texts.set(h('h3', { id: 'train-replay-heading' }), 'lessonTraining.replayHeading'),
      texts.set(h('p', { class: 'lt-hint' }), 'lessonTraining.replayIntro'),
      h('div', { class: 'lt-scrubber' }, texts.set(h('label', { for: 'train-kernel-epoch' }), 'lessonTraining.scrubberLabel'), this.scrubber, this.scrubberOutput),
      h('table', { class: 'lt-table lt-kernels', id: 'train-kernels' }, this.kernelCaption, h('thead', {}, kernelHead), this.kernelBody),
    );

    this.element = h(
      'div',
      { class: 'lt-step lt-train' },
      texts.set(h('p', { class: 'lt-intro' }), 'lessonTraining.trainIntro'),
      form,
      h('div', { class: 'progress-field lt-progress' }, texts.set(h('label', { for: 'train-progress' }), 'lessonTraining.progressLabel'), this.progress, this.progressLine),
      this.status,
      this.alert,
      this.result,
      h(
        'div',
        { class: 'lt-columns' },
        h(
          'figure',
          { class: 'lt-panel lt-figure', 'aria-labelledby': 'train-chart-caption' },
          texts.set(h('figcaption', { id: 'train-chart-caption' }), 'lessonTraining.chartCaption'),
          this.chartHost,
          historyTable,
        ),
        h(
          'section',
          { class: 'lt-panel', 'aria-labelledby': 'train-log-heading' },
          texts.set(h('h3', { id: 'train-log-heading' }), 'lessonTraining.logHeading'),
          texts.set(h('p', { class: 'lt-hint' }), 'lessonTraining.logIntro'),
          h('pre', { class: 'lt-code', lang: 'en', translate: 'no', tabindex: 0 }, h('code', {}, CALLBACK_CODE)),
          this.biasLog,
        ),
      ),
      this.replay,
    );
    this.texts.attr(this.biasLog, 'aria-label', 'lessonTraining.logHeading');
  }

  prepare(context: LessonContext): void {
    this.context = context;
    this.chart = new HistoryChart(this.chartHost);
    this.budgetFieldset.hidden = context.quickMode;
    this.budgetQuick.checked = true;
    const guess = context.progress.get<number>(KEYS.guess);
    if (typeof guess === 'number') this.guessInput.value = String(guess);
    const saved = context.trained(PRESET);
    if (saved) this.restore(saved);
    else this.chart.show(this.history, QUICK_BUDGET.epochs);
    this.setButtons();
  }

  translate(): void {
    this.texts.apply();
    this.setButtons();
    this.chart.show(this.history, this.budget.epochs);
    this.renderLog();
    this.renderHistory();
    this.showKernels(this.scrubber.valueAsNumber);
  }

  /** Leaving stops training; the run then ends without testing or saving (another step may own the worker by then). */
  hide(): void {
    this.disposed = true;
    if (this.running) void this.stop();
  }

  destroy(): void {
    this.disposed = true;
    if (this.running) void this.stop();
    this.chart.destroy();
  }

  // ——— training ———

  private readGuess(): number | null {
    const value = this.guessInput.valueAsNumber;
    const ok = Number.isFinite(value) && value >= 10 && value <= 100;
    this.guessInput.setAttribute('aria-invalid', String(!ok));
    if (!ok) {
      this.setAlert('lessonTraining.guessInvalid');
      this.guessInput.focus();
      return null;
    }
    return value;
  }

  private async train(): Promise<void> {
    if (this.running) return;
    this.setAlert(null);
    const guess = this.readGuess();
    if (guess === null) return;
    this.context.progress.set(KEYS.guess, guess);
    this.budget = this.context.quickMode || !this.budgetFull.checked ? QUICK_BUDGET : FULL_BUDGET;
    const { epochs, trainImages } = this.budget;
    const seed = 1 + this.attempt;
    this.history = { loss: [], acc: [], val_loss: [], val_acc: [] };
    this.snapshots = [];
    this.historyTimes = [];
    this.renderHistory();
    this.renderLog();
    this.chart.show(this.history, epochs);
    this.result.hidden = true;
    this.replay.hidden = true;
    this.progress.max = 1;
    this.progress.value = 0;
    this.progressLine.textContent = '';
    this.setRunning(true);
    const { trainer } = this.context;
    try {
      this.setStatus('lessonTraining.statusBuilding');
      await trainer.call((r) => r.stop());
      await trainer.call((r) => r.build(preset(PRESET)!, { seed, batchSize: BATCH_SIZE }));
      if (this.disposed) return;
      this.setStatus('lessonTraining.statusTraining', { epochs, images: trainImages });
      const outcome = await trainer.train(
        { epochs, batchSize: BATCH_SIZE, validationSplit: 0.1, trainLimit: trainImages, watchLayers: [0] },
        (event) => this.onEvent(event),
      );
      if (this.disposed) return;
      if (outcome.status === 'diverged') {
        this.attempt++;
        this.setStatus(null);
        this.setAlert('lessonTraining.diverged', { detail: outcome.message ?? '' });
        this.retryButton.hidden = false;
        return;
      }
      if (outcome.history.loss.length === 0) {
        this.setStatus('lessonTraining.statusStoppedEarly');
        return;
      }
      this.setStatus('lessonTraining.statusTesting');
      const report = await trainer.call((r) => r.evaluateTest());
      const weights = await trainer.call((r) => r.exportWeights());
      if (this.disposed) return;
      const model: TrainedModel = {
        preset: PRESET,
        seed,
        weights,
        history: { ...this.history },
        testAccuracy: report.acc,
        testErrors: report.errors,
        layer0ByEpoch: this.snapshots.slice(1).filter((x): x is Layer0Snapshot => x !== undefined),
        quick: this.budget === QUICK_BUDGET,
      };
      this.context.saveTrained(model);
      this.context.progress.set(KEYS.initialLayer0, this.snapshots[0]);
      this.setStatus(outcome.status === 'stopped' ? 'lessonTraining.statusStopped' : 'lessonTraining.statusDone', { epochs: outcome.history.loss.length });
      this.showResult(model, guess, true);
      this.context.complete(STEP_POINTS);
      this.result.focus();
    } catch (error) {
      if (this.disposed) return;
      this.setStatus(null);
      if (error instanceof WorkerCrashedError) this.setAlert('lessonTraining.crashed', { detail: error.message });
      else this.setAlert('lessonTraining.failed', { detail: String((error as Error)?.message ?? error) });
      this.retryButton.hidden = false;
    } finally {
      this.setRunning(false);
    }
  }

  private onEvent(event: TrainingEvent): void {
    if (this.disposed) return;
    if (event.type === 'batch') {
      this.progress.max = event.epochs * event.batches;
      this.progress.value = event.epoch * event.batches + event.batch;
      this.texts.set(this.progressLine, 'lessonTraining.progressLine', {
        epoch: event.epoch + 1,
        epochs: event.epochs,
        batch: event.batch,
        batches: event.batches,
        loss: formatFixed(event.loss, 4),
        acc: formatPercent(event.acc),
        speed: Math.round(event.samplesPerSec),
      });
    } else if (event.type === 'epochBegin') {
      const layer0 = this.layer0(event.watched);
      if (event.epoch === 0 && layer0) this.snapshots = [layer0];
      this.renderLog();
    } else if (event.type === 'epochEnd') {
      const { logs } = event;
      this.history.loss.push(logs.loss);
      this.history.acc.push(logs.acc);
      if (logs.val_loss !== undefined) this.history.val_loss.push(logs.val_loss);
      if (logs.val_acc !== undefined) this.history.val_acc.push(logs.val_acc);
      this.historyTimes.push(logs.timeMs);
      const layer0 = this.layer0(event.watched);
      if (layer0) this.snapshots.push(layer0);
      this.chart.show(this.history, event.epochs);
      this.renderHistory();
      this.renderLog();
      this.showReplay(this.snapshots.length - 1);
    } else if (event.type === 'paused') {
      this.setStatus('lessonTraining.statusPaused');
    } else if (event.type === 'resumed') {
      this.setStatus('lessonTraining.statusTraining', { ...this.budget, images: this.budget.trainImages });
    }
  }

  private layer0(watched: { layer: number; weights: { role: string; values: Float32Array }[] }[]): Layer0Snapshot | null {
    const weights = watched.find((w) => w.layer === 0)?.weights;
    const kernel = weights?.find((w) => w.role === 'kernel')?.values;
    const bias = weights?.find((w) => w.role === 'bias')?.values;
    return kernel && bias ? { kernel, bias } : null;
  }

  private togglePause(): void {
    this.paused = !this.paused;
    this.setButtons();
    void this.context.trainer.call((r) => (this.paused ? r.pause() : r.resume())).catch(() => {});
  }

  private async stop(): Promise<void> {
    await this.context.trainer.call((r) => r.stop()).catch(() => {});
  }

  // ——— views ———

  private setRunning(running: boolean): void {
    this.running = running;
    this.paused = false;
    this.element.dataset.training = String(running);
    if (running) this.retryButton.hidden = true;
    this.setButtons();
  }

  private setButtons(): void {
    const trained = this.history.loss.length > 0 && !this.running;
    this.startButton.disabled = this.running;
    this.guessInput.disabled = this.running;
    this.budgetQuick.disabled = this.budgetFull.disabled = this.running;
    this.pauseButton.disabled = !this.running;
    this.stopButton.disabled = !this.running;
    this.texts.set(this.startButton, trained ? 'lessonTraining.trainAgain' : 'lessonTraining.start');
    this.texts.set(this.pauseButton, this.paused ? 'lessonTraining.resume' : 'lessonTraining.pause');
    this.texts.set(this.stopButton, 'lessonTraining.stop');
    this.texts.set(this.retryButton, this.context?.trainer.isAlive === false ? 'lessonTraining.restartAndRetry' : 'lessonTraining.retry');
  }

  private setStatus(key: MessageKey | null, params?: Record<string, string | number>): void {
    this.texts.set(this.status, key, params);
  }

  private setAlert(key: MessageKey | null, params?: Record<string, string | number>): void {
    this.texts.set(this.alert, key, params);
    this.alert.hidden = !key;
    this.setButtons();
  }

  private renderHistory(): void {
    const rows = this.history.loss.map((loss, i) => {
      const td = (text: string) => h('td', {}, text);
      const opt = (v: number | undefined, f: (x: number) => string) => (v === undefined ? '–' : f(v));
      return h(
        'tr',
        { 'data-epoch': i + 1 },
        h('th', { scope: 'row' }, String(i + 1)),
        td(formatPercent(this.history.acc[i])),
        td(opt(this.history.val_acc[i], formatPercent)),
        td(formatFixed(loss, 4)),
        td(opt(this.history.val_loss[i], (x) => formatFixed(x, 4))),
        td(this.historyTimes[i] === undefined ? '–' : formatFixed(this.historyTimes[i] / 1000, 1)),
      );
    });
    this.historyBody.replaceChildren(...rows);
  }

  /** The callback's printout: layer 0's bias before training and after every epoch. */
  private renderLog(): void {
    const lines = this.snapshots.flatMap((snapshot, epoch) =>
      snapshot
        ? [
            h(
              'li',
              { 'data-epoch': epoch },
              h('span', { class: 'lt-log-label' }, epoch === 0 ? t('lessonTraining.logStart') : t('lessonTraining.logEpoch', { epoch })),
              ' ',
              h('code', {}, formatVector(snapshot.bias, 3)),
            ),
          ]
        : [],
    );
    this.biasLog.replaceChildren(...lines);
    this.biasLog.hidden = lines.length === 0;
  }

  /** "Before training" for epoch 0, else "After epoch n of N". */
  private epochLabel(epoch: number): [MessageKey, Record<string, number>] {
    return epoch === 0 ? ['lessonTraining.kernelsInitial', {}] : ['lessonTraining.kernelsAfterEpoch', { epoch, epochs: this.budget.epochs }];
  }

  private showReplay(epoch: number): void {
    const first = this.snapshots.findIndex((x) => x !== undefined);
    if (first < 0) return;
    this.replay.hidden = false;
    this.scrubber.min = String(first);
    this.scrubber.max = String(this.snapshots.length - 1);
    this.scrubber.disabled = this.snapshots.length - first < 2;
    this.scrubber.value = String(epoch);
    this.showKernels(epoch);
  }

  private showKernels(epoch: number): void {
    const snapshot = this.snapshots[epoch];
    if (!snapshot) return;
    const [key, params] = this.epochLabel(epoch);
    this.texts.set(this.scrubberOutput, key, params);
    this.texts.attr(this.scrubber, 'aria-valuetext', key, params);
    this.kernelCaption.textContent = t('lessonTraining.kernelsCaption', { when: t(key, params) });
    const scale = largestMagnitude(this.snapshots.filter((x): x is Layer0Snapshot => x !== undefined));
    const cell = (value: number) => {
      const shade = weightShade(value, scale);
      return h('td', { style: `background:${shade.background};color:${shade.ink}` }, formatFixed(value, 3));
    };
    const rows = kernelRows(snapshot.kernel, FILTERS).map((weights, f) =>
      h('tr', {}, h('th', { scope: 'row' }, String(f + 1)), ...weights.map(cell), cell(snapshot.bias[f])),
    );
    this.kernelBody.replaceChildren(...rows);
  }

  private showResult(model: TrainedModel, guess: number | undefined, fresh: boolean): void {
    const accuracy = model.testAccuracy ?? 0;
    const parts: HTMLElement[] = [
      this.texts.set(h('p', { class: 'lt-result-main' }), 'lessonTraining.testResult', {
        acc: formatPercent(accuracy, 2),
        errors: model.testErrors ?? 0,
        count: 10_000,
      }),
      this.texts.set(h('p'), 'lessonTraining.tutorialResult'),
    ];
    const gap = generalisationGap(model.history);
    if (gap !== null) {
      parts.push(this.texts.set(h('p'), gap > NOTABLE_GAP_POINTS ? 'lessonTraining.gapNotable' : 'lessonTraining.gapSmall', { gap: formatFixed(gap, 1) }));
    }
    if (typeof guess === 'number') {
      const points = guessPoints(guess, accuracy);
      parts.push(
        this.texts.set(h('p', { class: 'lt-score' }), 'lessonTraining.guessResult', {
          guess: formatNumber(guess, undefined, { maximumFractionDigits: 1 }),
          off: formatFixed(Math.abs(guess - accuracy * 100), 1),
          points,
        }),
      );
      if (fresh && !this.context.progress.get<boolean>(KEYS.guessAwarded)) {
        this.context.progress.set(KEYS.guessAwarded, true);
        if (points > 0) this.context.award(points);
      }
    }
    if (model.quick) parts.push(this.texts.set(h('p', { class: 'lt-hint' }), 'lessonTraining.quickNote', { ...QUICK_BUDGET }));
    for (const child of [...this.result.children]) this.texts.forget(child as HTMLElement);
    this.result.replaceChildren(...parts);
    this.result.dataset.testAccuracy = String(accuracy);
    this.result.dataset.testErrors = String(model.testErrors ?? '');
    this.result.hidden = false;
  }

  /** A network trained earlier (this visit or a previous one): show it as it ended. */
  private restore(model: TrainedModel): void {
    this.history = { loss: [...model.history.loss], acc: [...model.history.acc], val_loss: [...model.history.val_loss], val_acc: [...model.history.val_acc] };
    this.budget = model.quick ? QUICK_BUDGET : FULL_BUDGET;
    if (!model.quick) this.budgetFull.checked = true;
    const after = model.layer0ByEpoch ?? [];
    this.snapshots = after.length > 0 ? [this.context.progress.get<Layer0Snapshot>(KEYS.initialLayer0), ...after] : [];
    this.chart.show(this.history, this.history.loss.length);
    this.renderHistory();
    this.renderLog();
    if (after.length > 0) this.showReplay(after.length);
    this.setStatus('lessonTraining.statusRestored');
    this.showResult(model, this.context.progress.get<number>(KEYS.guess), false);
  }
}

export function createTrainStep(): LessonStep {
  return new TrainStep();
}
