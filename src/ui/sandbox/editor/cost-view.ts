// The network's totals beside the editor (DOM): whether it is valid (announced politely, with the
// rule it breaks), parameters, FLOPs per image, activation and training memory, the measured
// seconds per epoch on this device, and the sandbox's caps.
import { SANDBOX_LIMITS } from '../../../shared/sandbox-rules';
import type { SandboxSettings } from '../../../shared/sandbox-settings';
import { h } from '../../framework/dom';
import { BoundTexts } from '../../i18n/bound-texts';
import { formatNumber, t } from '../../i18n/i18n';
import type { MessageKey } from '../../i18n/messages';
import { specErrorMessage } from '../error-messages';
import { formatBytes, formatCount, formatDuration } from '../format';
import type { Analysis } from './analysis';
import type { EstimateState } from './epoch-estimator';

type Row = 'params' | 'flops' | 'trainFlops' | 'activations' | 'memory' | 'epoch';
const ROWS: readonly Row[] = ['params', 'flops', 'trainFlops', 'activations', 'memory', 'epoch'];
const TERMS: Record<Exclude<Row, 'memory'>, MessageKey> = {
  params: 'sandbox.costParams',
  flops: 'sandbox.costFlops',
  trainFlops: 'sandbox.costTrainFlops',
  activations: 'sandbox.costActivations',
  epoch: 'sandbox.costEpoch',
};

export class CostView {
  readonly element: HTMLElement;
  private readonly texts = new BoundTexts();
  private readonly status = h('p', { class: 'sb-network-status', id: 'sb-network-status', role: 'status', 'aria-live': 'polite' });
  private readonly terms = new Map<Row, HTMLElement>();
  private readonly values = new Map<Row, HTMLElement>();
  private readonly caps = h('p', { class: 'lv-hint', id: 'sb-caps' });
  private analysis: Analysis | null = null;
  private settings: SandboxSettings | null = null;
  private estimate: EstimateState = { kind: 'invalid' };

  constructor() {
    const list = h('dl', { class: 'sb-costs', id: 'sb-costs' });
    for (const row of ROWS) {
      const term = h('dt');
      const value = h('dd', { id: `sb-cost-${row}` });
      this.terms.set(row, term);
      this.values.set(row, value);
      list.append(term, value);
    }
    this.element = h(
      'section',
      { class: 'sb-panel sb-cost', 'aria-labelledby': 'sb-costs-heading' },
      this.texts.set(h('h3', { id: 'sb-costs-heading' }), 'sandbox.costsHeading'),
      this.status,
      list,
      this.caps,
    );
  }

  show(analysis: Analysis, settings: SandboxSettings): void {
    this.analysis = analysis;
    this.settings = settings;
    this.render();
  }

  showEstimate(estimate: EstimateState): void {
    this.estimate = estimate;
    this.renderEstimate();
  }

  translate(): void {
    this.texts.apply();
    const { maxLayers, maxKernel, maxStride, maxParams, maxTrainingBytes } = SANDBOX_LIMITS;
    this.caps.textContent = t('sandbox.costsCaps', { layers: maxLayers, kernel: maxKernel, stride: maxStride, params: formatNumber(maxParams), memory: formatBytes(maxTrainingBytes) });
    this.render();
  }

  private render(): void {
    const analysis = this.analysis;
    if (!analysis || !this.settings) return;
    for (const row of ROWS) this.terms.get(row)!.textContent = row === 'memory' ? t('sandbox.costTrainingMemory', { batchSize: this.settings.batchSize }) : t(TERMS[row]);
    const { totals, problem } = analysis;
    this.status.textContent = problem ? t('sandbox.networkInvalid', { problem: specErrorMessage(problem) }) : t('sandbox.networkValid', { params: formatNumber(totals!.params) });
    this.status.dataset.valid = String(!problem);
    const value = (row: Row, text: string) => (this.values.get(row)!.textContent = text);
    value('params', totals ? formatNumber(totals.params) : '–');
    value('flops', totals ? formatCount(totals.inferFlops) : '–');
    value('trainFlops', totals ? formatCount(totals.trainFlops) : '–');
    value('activations', totals ? formatBytes(totals.activationBytes) : '–');
    value('memory', totals ? formatBytes(totals.trainingBytes) : '–');
    this.renderEstimate();
  }

  private renderEstimate(): void {
    const cell = this.values.get('epoch')!;
    const e = this.estimate;
    cell.dataset.state = e.kind;
    if (e.kind === 'done') {
      cell.dataset.seconds = String(e.secondsPerEpoch);
      cell.textContent = t('sandbox.costEpochValue', {
        time: formatDuration(e.secondsPerEpoch),
        images: formatNumber(e.images),
        speed: formatNumber(Math.round(e.measurement.trainImagesPerSecond)),
        threads: e.measurement.threads,
      });
    } else {
      delete cell.dataset.seconds;
      const key = { invalid: 'sandbox.costEpochWaiting', measuring: 'sandbox.costEpochMeasuring', busy: 'sandbox.costEpochBusy', failed: 'sandbox.costEpochFailed' } as const;
      cell.textContent = t(key[e.kind], e.kind === 'failed' ? { detail: e.detail } : undefined);
    }
  }
}
