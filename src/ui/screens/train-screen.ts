// The training lab: a form for a preset network and its settings, live progress from the
// worker, a chart of the loss and the first layer's filters (Pixi), a per-epoch table (Keras'
// History), and the score on the official test set. Runs go through the training owner
// (src/ui/training/), checkpointed under 'lab': after a crash or a reload the lab offers to
// continue from the last epoch. Quick mode's size and the default thread count come from the
// device settings. Every failure path ends in a translated message and keeps the form: an invalid
// setting, a diverged run (weights restored by the engine), a crashed worker (restart button).
import { Container } from 'pixi.js';
import { planModel } from '../../shared/plan';
import { preset, presetNames } from '../../shared/presets';
import { summaryText } from '../../shared/summary';
import { ADAM_DEFAULTS, type EpochLogs, type OptimizerConfig } from '../../shared/training-types';
import type { WorkerCrashedError } from '../../worker/bridge';
import { formatNumber, t, type MessageParams } from '../i18n/i18n';
import type { MessageKey } from '../i18n/messages';
import { h } from '../framework/dom';
import type { AppScreen, ScreenContext } from '../framework/screen';
import { BoundTexts } from '../i18n/bound-texts';
import type { TrainingCheckpoint } from '../training/checkpoints';
import { MAX_THREADS } from '../training/quick-budget';
import { ResumeOffer } from '../training/resume-offer';
import { PHASE_MESSAGES, type TrainingRequest, type TrainingRun, type TrainingRunEvent, type WatchedLayer } from '../training/training-run';
import type { TrainingRunner } from '../training/training-runner';
import { networkName } from '../training/network-names';
import { TrainChart } from './train-chart';
import { fixed, historyRow, percent } from './train-history-row';

/** The lab's runs are checkpointed under this key. */
export const LAB_CHECKPOINT_KEY = 'lab';

interface NumberField {
  key: MessageKey;
  input: HTMLInputElement;
  min: number;
  max: number;
  integer: boolean;
}


export class TrainScreen implements AppScreen {
  readonly id = 'train';
  readonly element: HTMLElement;
  readonly view = new Container({ label: 'train' });
  readonly canvasHost = h('div', { class: 'train-chart-stage' });
  private readonly chart = new TrainChart();
  private readonly resumeOffer: ResumeOffer;
  private context?: ScreenContext;
  private readonly texts = new BoundTexts();
  private readonly modelSelect = h('select', { id: 'train-model', name: 'model' });
  private readonly fields: Record<'epochs' | 'seed' | 'batchSize' | 'learningRate' | 'threads', NumberField>;
  private readonly optimizerSelect = h('select', { id: 'train-optimizer', name: 'optimizer' });
  private readonly quick = h('input', { type: 'checkbox', id: 'train-quick', name: 'quick' });
  private readonly summary = h('pre', { class: 'model-summary', id: 'train-summary', tabindex: 0 });
  private readonly startButton = h('button', { type: 'submit', class: 'button button-primary', id: 'train-start' });
  private readonly pauseButton = h('button', { type: 'button', class: 'button', id: 'train-pause', disabled: true });
  private readonly stopButton = h('button', { type: 'button', class: 'button', id: 'train-stop', disabled: true });
  private readonly restartButton = h('button', { type: 'button', class: 'button', id: 'train-restart', hidden: true });
  private readonly epochProgress = h('progress', { id: 'train-epochs', max: 1, value: 0 });
  private readonly batchProgress = h('progress', { id: 'train-batches', max: 1, value: 0 });
  private readonly progressLine = h('p', { id: 'train-progress-line', 'aria-live': 'off' });
  private readonly status = h('p', { id: 'train-status', role: 'status', 'aria-live': 'polite' });
  private readonly alert = h('p', { id: 'train-alert', role: 'alert', class: 'alert', hidden: true });
  private readonly result = h('p', { id: 'train-result', class: 'train-result' });
  private readonly historyBody = h('tbody');
  private statusMessage: [MessageKey, MessageParams?] | null = null;
  private alertMessage: [MessageKey, MessageParams?] | null = null;
  private run: TrainingRun | null = null;
  private readonly unsubscribeCrash: () => void;
  private readonly unsubscribeDevice: () => void;
  private readonly quickLabel: HTMLLabelElement;

  constructor(private readonly training: TrainingRunner) {
    const number = (key: MessageKey, id: string, value: number, min: number, max: number, integer: boolean, step: string): NumberField => ({
      key,
      input: h('input', { type: 'number', id, name: id, value, min, max, step, required: true, inputmode: integer ? 'numeric' : 'decimal' }),
      min,
      max,
      integer,
    });
    this.fields = {
      epochs: number('train.epochs', 'train-epochs-input', 5, 1, 100, true, '1'),
      seed: number('train.seed', 'train-seed', 1, 1, 2 ** 31 - 1, true, '1'),
      batchSize: number('train.batchSize', 'train-batch', 128, 1, 1024, true, '1'),
      learningRate: number('train.learningRate', 'train-lr', 0.001, 1e-6, 1e30, false, 'any'),
      threads: number('train.threads', 'train-threads', training.device.quick().threads, 1, MAX_THREADS, true, '1'),
    };
    for (const name of presetNames()) this.modelSelect.append(h('option', { value: name }, networkName(name)));
    this.optimizerSelect.append(h('option', { value: 'adam' }, 'Adam'), h('option', { value: 'sgd' }, 'SGD'));
    this.quick.checked = true;

    const label = (forId: string, key: MessageKey, params?: MessageParams) => this.text(h('label', { for: forId }), key, params);
    this.quickLabel = label('train-quick', 'train.quick', { count: this.quickBudget().trainImages });
    this.resumeOffer = new ResumeOffer(training, LAB_CHECKPOINT_KEY, (checkpoint) => void this.resume(checkpoint));
    this.view.addChild(this.chart.view);
    const field = (forId: string, key: MessageKey, control: HTMLElement) => h('div', { class: 'field' }, label(forId, key), control);
    const th = (key: MessageKey) => this.text(h('th', { scope: 'col' }), key);
    const form = h(
      'form',
      { class: 'train-form', novalidate: true },
      h(
        'fieldset',
        {},
        this.text(h('legend'), 'train.settings'),
        field('train-model', 'train.model', this.modelSelect),
        field('train-epochs-input', 'train.epochs', this.fields.epochs.input),
        field('train-seed', 'train.seed', this.fields.seed.input),
        field('train-batch', 'train.batchSize', this.fields.batchSize.input),
        field('train-optimizer', 'train.optimizer', this.optimizerSelect),
        field('train-lr', 'train.learningRate', this.fields.learningRate.input),
        field('train-threads', 'train.threads', this.fields.threads.input),
        h('div', { class: 'field field-check' }, this.quick, this.quickLabel),
      ),
      h('div', { class: 'train-buttons' }, this.startButton, this.pauseButton, this.stopButton, this.restartButton),
    );
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      void this.train();
    });
    this.modelSelect.addEventListener('change', () => {
      this.showSummary();
      this.showDevice();
    });
    this.pauseButton.addEventListener('click', () => this.togglePause());
    this.stopButton.addEventListener('click', () => this.run?.stop());
    this.restartButton.addEventListener('click', () => this.restartWorker());
    this.unsubscribeCrash = training.bridge.onCrash((error) => this.onCrash(error));
    this.unsubscribeDevice = training.device.subscribe(() => this.showDevice());

    this.element = h(
      'section',
      { class: 'screen train-screen', 'aria-labelledby': 'train-heading' },
      this.text(h('h2', { id: 'train-heading' }), 'train.heading'),
      this.text(h('p'), 'train.intro'),
      this.resumeOffer.element,
      h('div', { class: 'train-layout' }, form, h('figure', { class: 'summary-figure' }, this.text(h('figcaption'), 'train.summary'), this.summary)),
      h(
        'div',
        { class: 'train-progress' },
        h('div', { class: 'progress-field' }, label('train-epochs', 'train.progressEpochs'), this.epochProgress),
        h('div', { class: 'progress-field' }, label('train-batches', 'train.progressBatches'), this.batchProgress),
        this.progressLine,
      ),
      this.status,
      this.alert,
      this.result,
      h('figure', { class: 'train-chart' }, this.canvasHost, this.text(h('figcaption'), 'train.chartCaption')),
      h(
        'div',
        { class: 'table-scroll', role: 'region', tabindex: 0, 'aria-labelledby': 'train-history-caption' },
        h(
          'table',
          { class: 'history-table', id: 'train-history' },
          this.text(h('caption', { id: 'train-history-caption' }), 'train.historyCaption'),
          h(
            'thead',
            {},
            h('tr', {}, th('train.columnEpoch'), th('train.columnLoss'), th('train.columnAcc'), th('train.columnValLoss'), th('train.columnValAcc'), th('train.columnTime'), th('train.columnSpeed')),
          ),
          this.historyBody,
        ),
      ),
    );
    this.showSummary();
  }

  private text<E extends HTMLElement>(element: E, key: MessageKey, params?: MessageParams): E {
    return this.texts.set(element, key, params);
  }

  prepare(context: ScreenContext): void {
    this.context = context;
  }

  async show(): Promise<void> {
    await this.resumeOffer.refresh();
  }

  resize(width: number): number {
    return this.chart.layout(width);
  }

  /** Leaving the lab ends its run (its checkpoint stays: the lab offers to continue on return). */
  destroy(): void {
    this.unsubscribeCrash();
    this.unsubscribeDevice();
    this.run?.cancel();
    this.chart.destroy();
    this.view.destroy({ children: true });
  }

  translate(): void {
    this.texts.apply();
    for (const option of this.modelSelect.options) option.textContent = networkName(option.value);
    this.startButton.textContent = t('training.start');
    this.pauseButton.textContent = t(this.run?.paused ? 'training.resume' : 'training.pause');
    this.stopButton.textContent = t('training.stop');
    this.restartButton.textContent = t('training.restartWorker');
    this.status.textContent = this.statusMessage ? t(...this.statusMessage) : '';
    this.alert.textContent = this.alertMessage ? t(...this.alertMessage) : '';
    this.alert.hidden = !this.alertMessage;
    this.resumeOffer.translate();
    this.canvasHost.querySelector('canvas')?.setAttribute('role', 'img');
    this.canvasHost.querySelector('canvas')?.setAttribute('aria-label', t('train.chartLabel'));
  }

  /** Quick mode's size for the selected network on this device (the device settings' rule). */
  private quickBudget() {
    return this.training.device.quick(preset(this.modelSelect.value));
  }

  private showDevice(): void {
    this.texts.set(this.quickLabel, 'train.quick', { count: this.quickBudget().trainImages });
    if (!this.run) this.fields.threads.input.value = String(this.quickBudget().threads);
  }

  private setStatus(key: MessageKey | null, params?: MessageParams): void {
    this.statusMessage = key ? [key, params] : null;
    this.status.textContent = key ? t(key, params) : '';
  }

  private setAlert(key: MessageKey | null, params?: MessageParams): void {
    this.alertMessage = key ? [key, params] : null;
    this.alert.textContent = key ? t(key, params) : '';
    this.alert.hidden = !key;
  }

  private showSummary(): void {
    this.summary.textContent = summaryText(planModel(preset(this.modelSelect.value)!));
  }

  /** Reads one number field; shows which field is wrong and why, or returns the value. */
  private read(field: NumberField): number | null {
    const value = field.input.valueAsNumber;
    const ok = Number.isFinite(value) && value >= field.min && value <= field.max && (!field.integer || Number.isInteger(value));
    field.input.setAttribute('aria-invalid', String(!ok));
    if (!ok) {
      this.setAlert('train.invalidNumber', { field: t(field.key), min: field.min, max: field.max });
      field.input.focus();
      return null;
    }
    return value;
  }

  private setRunning(running: boolean): void {
    this.startButton.disabled = running;
    this.pauseButton.disabled = !running;
    this.stopButton.disabled = !running;
    this.modelSelect.disabled = running;
    this.pauseButton.textContent = t('training.pause');
    this.element.dataset.training = String(running);
  }

  private async train(): Promise<void> {
    if (this.run) return;
    this.setAlert(null);
    const values = (['epochs', 'seed', 'batchSize', 'learningRate', 'threads'] as const).map((name) => this.read(this.fields[name]));
    if (values.some((v) => v === null)) return;
    const [epochs, seed, batchSize, learningRate, threads] = values as number[];
    const name = this.modelSelect.value;
    const optimizer: OptimizerConfig = this.optimizerSelect.value === 'sgd' ? { kind: 'sgd', learningRate } : { ...ADAM_DEFAULTS, learningRate };
    const quick = this.quick.checked;
    const trainLimit = quick ? this.quickBudget().trainImages : undefined;
    this.begin(epochs, []);
    this.resumeOffer.hide();
    await this.follow(
      this.training.start({
        spec: preset(name)!,
        preset: name,
        settings: { epochs, seed, batchSize, optimizer, threads, trainLimit, watchLayers: [0] },
        quick,
        checkpointKey: LAB_CHECKPOINT_KEY,
        ...this.runOptions(threads),
      }),
    );
  }

  /** Continues a run that was cut short: its settings back in the form, its epochs in the table. */
  private async resume(checkpoint: TrainingCheckpoint): Promise<void> {
    if (this.run) return;
    const { settings } = checkpoint;
    this.modelSelect.value = checkpoint.preset ?? this.modelSelect.value;
    this.showSummary();
    const values = { epochs: settings.epochs, seed: settings.seed ?? 1, batchSize: settings.batchSize ?? 128, threads: checkpoint.threads, learningRate: settings.optimizer?.learningRate ?? ADAM_DEFAULTS.learningRate };
    for (const [name, value] of Object.entries(values)) this.fields[name as keyof typeof values].input.value = String(value);
    this.optimizerSelect.value = settings.optimizer?.kind ?? 'adam';
    this.quick.checked = checkpoint.quick;
    this.restartButton.hidden = true;
    this.setAlert(null);
    this.begin(settings.epochs, checkpoint.epochs);
    await this.follow(this.training.resume(checkpoint, this.runOptions(checkpoint.threads)));
  }

  private runOptions(threads: number): Pick<TrainingRequest, 'score' | 'onEvent'> {
    // A diverged run is scored too: its last good weights were restored.
    return { score: 'always', onEvent: (event) => this.onEvent(event, threads) };
  }

  /** Clears the last run's results; a resumed run's earlier epochs go back into the table and chart. */
  private begin(epochs: number, prior: readonly EpochLogs[]): void {
    this.historyBody.replaceChildren();
    prior.forEach((logs, epoch) => this.historyBody.append(historyRow(epoch, logs)));
    this.result.textContent = '';
    delete this.result.dataset.testAccuracy;
    this.epochProgress.max = epochs;
    this.epochProgress.value = prior.length;
    this.batchProgress.value = 0;
    this.chart.start(epochs, prior);
    this.context?.requestRender();
    this.setRunning(true);
  }

  private async follow(run: TrainingRun): Promise<void> {
    this.run = run;
    const result = await run.result;
    this.run = null;
    if (result.cancelled) return;
    // A crash is told by onCrash (with the restart button); the other ends by their message.
    if (result.status === 'diverged' || result.status === 'failed') this.setAlert(result.message!.key, result.message!.params);
    if (result.test) {
      this.result.textContent = t('train.testResult', { acc: percent(result.test.acc), errors: result.test.errors, count: result.test.count });
      this.result.dataset.testAccuracy = String(result.test.acc);
      this.result.dataset.testErrors = String(result.test.errors);
    }
    this.setStatus(result.status === 'stopped' ? result.message!.key : null, result.message?.params);
    this.setRunning(false);
    await this.resumeOffer.refresh();
  }

  private onEvent(event: TrainingRunEvent, threads: number): void {
    if (event.type === 'phase') {
      this.setStatus(PHASE_MESSAGES[event.phase]);
    } else if (event.type === 'built') {
      this.element.dataset.threads = String(event.info.threads);
      if (event.info.threads < threads) this.setAlert('training.threadsFallback', { threads: event.info.threads });
    } else if (event.type === 'batch') {
      this.batchProgress.max = event.batches;
      this.batchProgress.value = event.batch;
      this.progressLine.textContent = t('train.progressLine', {
        epoch: event.epoch + 1,
        epochs: event.epochs,
        batch: event.batch,
        batches: event.batches,
        loss: fixed(event.loss),
        acc: percent(event.acc),
        speed: Math.round(event.samplesPerSec),
      });
    } else if (event.type === 'epochBegin' && event.epoch === 0) {
      this.showFilters(event.watched);
    } else if (event.type === 'epochEnd') {
      this.epochProgress.value = event.epoch + 1;
      this.historyBody.append(historyRow(event.epoch, event.logs));
      this.chart.addEpoch(event.logs);
      this.showFilters(event.watched);
    } else if (event.type === 'paused') {
      this.setStatus('training.statusPaused');
    } else if (event.type === 'resumed') {
      this.setStatus(PHASE_MESSAGES.training);
    }
  }

  /** The first layer's kernel, from an epoch event's watched layers; a new tile count changes the height. */
  private showFilters(watched: WatchedLayer[]): void {
    if (this.chart.showFilters(watched.find((w) => w.layer === 0)?.weights.find((w) => w.role === 'kernel'))) this.context?.relayout();
    this.context?.requestRender();
  }

  private togglePause(): void {
    if (!this.run) return;
    this.run.togglePause();
    this.pauseButton.textContent = t(this.run.paused ? 'training.resume' : 'training.pause');
  }

  private onCrash(error: WorkerCrashedError): void {
    this.setAlert('training.crashed', { detail: error.message });
    this.restartButton.hidden = false;
    this.setRunning(false);
  }

  private restartWorker(): void {
    this.training.bridge.restart();
    this.restartButton.hidden = true;
    this.setAlert(null);
    this.setStatus('training.workerRestarted');
    this.startButton.focus();
  }
}
