// The "Train" section: the settings, Train / Pause / Stop, live progress and curves, then the test
// accuracy, the measured time against the estimate, the confusion matrix and the mistakes. Runs go
// through the training owner (src/ui/training); the trained network becomes the kept one and the
// run is handed to the history. Train stays disabled, with the reason beside it, while the network
// or a setting is invalid. A crashed worker gets a restart button; nothing typed is lost.
import type { FashionMnist } from '../../../data/dataset';
import { optimizerConfig } from '../../../shared/sandbox-settings';
import type { WorkerCrashedError } from '../../../worker/bridge';
import { h } from '../../framework/dom';
import { BoundTexts } from '../../i18n/bound-texts';
import { formatNumber, t, type MessageParams } from '../../i18n/i18n';
import type { MessageKey } from '../../i18n/messages';
import { PHASE_MESSAGES, type TrainingResult, type TrainingRun, type TrainingRunEvent } from '../../training/training-run';
import type { TrainingRunner } from '../../training/training-runner';
import { HistoryChart } from '../../views/charts/history-chart';
import { formatPercent } from '../../views/format';
import type { EpochEstimator } from '../editor/epoch-estimator';
import { specErrorMessage } from '../error-messages';
import { formatDuration } from '../format';
import type { SandboxPanel } from '../panel';
import type { KeptModel, SandboxState } from '../sandbox-state';
import type { WorkerModel } from '../worker-model';
import { ChallengeOffer } from '../../classroom-sync/challenge-offer';
import { ResultsView } from './results-view';
import { SettingsForm } from './settings-form';

export interface FinishedRun {
  result: TrainingResult;
  model: KeptModel;
  /** The estimate shown when the run started (seconds per epoch), if there was one. */
  estimatedSecondsPerEpoch: number | null;
}

export interface TrainPanelDeps {
  state: SandboxState;
  runner: TrainingRunner;
  worker: WorkerModel;
  estimator: EpochEstimator;
  data: FashionMnist;
  requestRender(): void;
  relayout(): void;
  /** A run ended with a trained network (the history keeps it). */
  onTrained(run: FinishedRun): void;
}

type Message = [MessageKey, MessageParams?];

export class TrainPanel implements SandboxPanel {
  readonly element: HTMLElement;
  readonly settings: SettingsForm;
  private readonly texts = new BoundTexts();
  private readonly startButton = h('button', { type: 'button', class: 'button button-primary', id: 'sb-train', 'aria-describedby': 'sb-train-hint' });
  private readonly pauseButton = h('button', { type: 'button', class: 'button', id: 'sb-pause', disabled: true });
  private readonly stopButton = h('button', { type: 'button', class: 'button', id: 'sb-stop', disabled: true });
  private readonly restartButton = h('button', { type: 'button', class: 'button', id: 'sb-restart', hidden: true });
  private readonly hint = h('p', { class: 'lv-hint', id: 'sb-train-hint' });
  private readonly epochBar = h('progress', { id: 'sb-epochs', max: 1, value: 0 });
  private readonly batchBar = h('progress', { id: 'sb-batches', max: 1, value: 0 });
  private readonly progressLine = h('p', { id: 'sb-progress-line', 'aria-live': 'off' });
  private readonly status = h('p', { id: 'sb-train-status', role: 'status', 'aria-live': 'polite' });
  private readonly alert = h('p', { id: 'sb-train-alert', role: 'alert', class: 'alert', hidden: true });
  private readonly result = h('p', { id: 'sb-train-result', class: 'train-result' });
  private readonly timing = h('p', { id: 'sb-train-timing', class: 'lv-hint' });
  private readonly chartHost = h('div', { class: 'sb-chart', id: 'sb-history-chart' });
  private readonly chart = new HistoryChart(this.chartHost);
  private readonly results: ResultsView;
  /** "Submit to the class challenge" (hidden outside a class session with a challenge). */
  private readonly challenge = new ChallengeOffer();
  private readonly unsubscribe: (() => void)[] = [];
  private run: TrainingRun | null = null;
  /** From Train until the results are shown (the run itself ends earlier). */
  private busy = false;
  private statusMessage: Message | null = null;
  private alertMessage: Message | null = null;
  private resultMessage: Message | null = null;
  private timingMessage: Message | null = null;

  constructor(private readonly deps: TrainPanelDeps) {
    this.settings = new SettingsForm((settings) => deps.state.setSettings(settings));
    this.settings.set(deps.state.settings);
    this.results = new ResultsView(deps.data.test, deps.requestRender);
    this.element = h(
      'div',
      { class: 'sb-train' },
      h(
        'section',
        { class: 'sb-panel', 'aria-labelledby': 'sb-train-heading' },
        this.texts.set(h('h3', { id: 'sb-train-heading' }), 'sandbox.trainHeading'),
        this.settings.element,
        h('div', { class: 'train-buttons' }, this.startButton, this.pauseButton, this.stopButton, this.restartButton),
        this.hint,
        h(
          'div',
          { class: 'train-progress' },
          h('div', { class: 'progress-field' }, this.texts.set(h('label', { for: 'sb-epochs' }), 'sandbox.progressEpochs'), this.epochBar),
          h('div', { class: 'progress-field' }, this.texts.set(h('label', { for: 'sb-batches' }), 'sandbox.progressBatches'), this.batchBar),
          this.progressLine,
        ),
        this.status,
        this.alert,
        this.result,
        this.timing,
        h('figure', { class: 'sb-figure' }, this.chartHost, this.texts.set(h('figcaption', { class: 'lv-hint' }), 'sandbox.chartCaption')),
      ),
      this.challenge.element,
      this.results.element,
    );
    this.startButton.addEventListener('click', () => void this.train());
    this.pauseButton.addEventListener('click', () => this.togglePause());
    this.stopButton.addEventListener('click', () => this.run?.stop());
    this.restartButton.addEventListener('click', () => this.restartWorker());
    this.unsubscribe.push(deps.state.on(() => this.renderReady()), deps.runner.bridge.onCrash((error) => this.onCrash(error)));
  }

  get view() {
    return this.results.view;
  }

  get canvasHost(): HTMLElement {
    return this.results.canvasHost;
  }

  resize(width: number): number {
    return this.results.resize(width);
  }

  translate(): void {
    this.texts.apply();
    this.settings.translate();
    this.results.translate();
    this.challenge.translate();
    this.startButton.textContent = t('training.start');
    this.pauseButton.textContent = t(this.run?.paused ? 'training.resume' : 'training.pause');
    this.stopButton.textContent = t('training.stop');
    this.restartButton.textContent = t('training.restartWorker');
    for (const [element, message] of [[this.status, this.statusMessage], [this.result, this.resultMessage], [this.timing, this.timingMessage]] as const) element.textContent = message ? t(...message) : '';
    this.setAlert(this.alertMessage);
    this.chart.show(this.chart.current, this.deps.state.settings.epochs);
    this.renderReady();
  }

  destroy(): void {
    for (const unsubscribe of this.unsubscribe) unsubscribe();
    this.run?.cancel();
    this.challenge.destroy();
    this.chart.destroy();
    this.results.destroy();
  }

  /** Whether Train can start, and if not, why (beside the button). */
  private renderReady(): void {
    const { state } = this.deps;
    const problem = state.analysis.problem;
    this.startButton.disabled = this.busy || !state.trainable;
    this.challenge.setNetwork(state.trainable ? (state.analysis.totals?.params ?? null) : null, state.settings.epochs);
    this.hint.textContent = problem ? t('sandbox.trainBlockedNetwork', { problem: specErrorMessage(problem) }) : !state.settingsValid ? t('sandbox.trainBlockedSettings') : '';
  }

  private setAlert(message: Message | null): void {
    this.alertMessage = message;
    this.alert.textContent = message ? t(...message) : '';
    this.alert.hidden = !message;
  }

  private setStatus(message: Message | null): void {
    this.statusMessage = message;
    this.status.textContent = message ? t(...message) : '';
  }

  private setRunning(running: boolean): void {
    this.pauseButton.disabled = this.stopButton.disabled = !running;
    this.pauseButton.textContent = t('training.pause');
    this.settings.setDisabled(running);
    this.element.dataset.training = String(running);
    this.renderReady();
  }

  private async train(): Promise<void> {
    const { state, runner, worker, estimator } = this.deps;
    if (this.busy || !state.trainable) return;
    this.busy = true;
    const spec = state.spec;
    const settings = state.settings;
    const estimate = estimator.state.kind === 'done' ? estimator.state.secondsPerEpoch : null;
    this.setAlert(null);
    this.resultMessage = this.timingMessage = null;
    this.result.textContent = this.timing.textContent = '';
    this.results.clear();
    this.epochBar.max = settings.epochs;
    this.epochBar.value = this.batchBar.value = 0;
    this.chart.show({ loss: [], acc: [], val_loss: [], val_acc: [] }, settings.epochs);
    estimator.hold(true);
    worker.training = true;
    worker.setHeld(null);
    this.element.dataset.training = 'true';
    await estimator.idle();
    const run = runner.start({
      spec,
      settings: { epochs: settings.epochs, batchSize: settings.batchSize, seed: settings.seed, threads: settings.threads, optimizer: optimizerConfig(settings), trainLimit: settings.trainLimit ?? undefined },
      quick: settings.trainLimit !== null,
      score: 'trained',
      onEvent: (event) => this.onEvent(event),
    });
    this.run = run;
    this.setRunning(true);
    const result = await run.result;
    this.run = null;
    worker.training = false;
    if (result.cancelled) return void (this.busy = false);
    if (result.status === 'diverged' || result.status === 'failed') this.setAlert([result.message!.key, result.message!.params]);
    this.setStatus(result.status === 'stopped' ? [result.message!.key, result.message!.params] : null);
    if (result.model && result.test) {
      const kept: KeptModel = { spec, seed: result.model.seed, weights: result.model.weights, source: 'trained' };
      worker.setHeld(kept);
      state.setModel(kept);
      this.showScore(result, estimate);
      this.deps.onTrained({ result, model: kept, estimatedSecondsPerEpoch: estimate });
      this.challenge.offer({ spec, weights: kept.weights, testAccuracy: result.test.acc, epochs: result.epochs.length, params: state.analysis.totals?.params ?? kept.weights.length });
      await this.showResults(kept);
    }
    this.busy = false;
    this.setRunning(false);
    estimator.hold(false);
  }

  private showScore(result: TrainingResult, estimate: number | null): void {
    const test = result.test!;
    this.resultMessage = ['sandbox.testResult', { acc: formatPercent(test.acc, 2), errors: formatNumber(test.errors), count: formatNumber(test.count) }];
    this.result.textContent = t(...this.resultMessage);
    this.result.dataset.testAccuracy = String(test.acc);
    const perEpoch = result.timing.trainMs / 1000 / Math.max(1, result.epochs.length);
    this.timingMessage = estimate === null ? ['sandbox.timingOnly', { actual: formatDuration(perEpoch) }] : ['sandbox.timingVsEstimate', { actual: formatDuration(perEpoch), estimate: formatDuration(estimate) }];
    this.timing.textContent = t(...this.timingMessage);
    this.timing.dataset.actualSeconds = String(perEpoch);
    if (estimate !== null) this.timing.dataset.estimatedSeconds = String(estimate);
  }

  private async showResults(kept: KeptModel): Promise<void> {
    try {
      this.results.show(await this.deps.worker.predictions(kept, this.deps.data.test.count));
    } catch (error) {
      this.setAlert(['training.failed', { detail: String((error as Error)?.message ?? error) }]);
    }
    this.deps.relayout();
  }

  private onEvent(event: TrainingRunEvent): void {
    if (event.type === 'phase') this.setStatus([PHASE_MESSAGES[event.phase]]);
    else if (event.type === 'built' && event.info.threads < this.deps.state.settings.threads) this.setAlert(['training.threadsFallback', { threads: event.info.threads }]);
    else if (event.type === 'batch') {
      this.batchBar.max = event.batches;
      this.batchBar.value = event.batch;
      const loss = formatNumber(event.loss, undefined, { maximumFractionDigits: 4 });
      this.progressLine.textContent = t('sandbox.progressLine', { epoch: event.epoch + 1, epochs: event.epochs, batch: event.batch, batches: event.batches, loss, acc: formatPercent(event.acc) });
    } else if (event.type === 'epochEnd') {
      this.epochBar.value = event.epoch + 1;
      const history = this.run ? this.chart.current : null;
      if (history) {
        const { logs } = event;
        const next = { loss: [...history.loss, logs.loss], acc: [...history.acc, logs.acc], val_loss: [...history.val_loss], val_acc: [...history.val_acc] };
        if (logs.val_loss !== undefined) next.val_loss.push(logs.val_loss);
        if (logs.val_acc !== undefined) next.val_acc.push(logs.val_acc);
        this.chart.show(next, event.epochs);
        this.chartHost.dataset.epochs = String(next.loss.length);
      }
    } else if (event.type === 'paused') this.setStatus(['training.statusPaused']);
    else if (event.type === 'resumed') this.setStatus([PHASE_MESSAGES.training]);
  }

  private togglePause(): void {
    if (!this.run) return;
    this.run.togglePause();
    this.pauseButton.textContent = t(this.run.paused ? 'training.resume' : 'training.pause');
  }

  private onCrash(error: WorkerCrashedError): void {
    this.setAlert(['training.crashed', { detail: error.message }]);
    this.restartButton.hidden = false;
    this.deps.worker.setHeld(null);
  }

  private restartWorker(): void {
    this.deps.runner.bridge.restart();
    this.restartButton.hidden = true;
    this.setAlert(null);
    this.setStatus(['training.workerRestarted']);
    this.deps.estimator.hold(false);
    this.startButton.focus();
  }
}
