// The "Runs" section: every sandbox run in a table (sortable by its column buttons, aria-sort on
// the header), numbered as the points of the parameters-vs-accuracy scatter beside it; each row
// can be re-opened (network, settings and weights come back: the picture and the feature maps work
// without training again) or deleted. The runs live in the app's storage (run-store.ts).
import { h } from '../../framework/dom';
import { BoundTexts } from '../../i18n/bound-texts';
import { formatNumber, getLanguage, t, type MessageParams } from '../../i18n/i18n';
import type { MessageKey } from '../../i18n/messages';
import { ParamsScatter } from '../../views/charts/params-scatter';
import { formatPercent } from '../../views/format';
import { KIND_SHORT_NAMES } from '../editor/presets';
import { formatDuration } from '../format';
import type { SandboxPanel } from '../panel';
import { sortRuns, trainMsOf, type RunSortKey, type SandboxRun, type SortDirection } from './run-record';
import type { RunStore } from './run-store';

const COLUMNS: readonly { key: RunSortKey | null; label: MessageKey }[] = [
  { key: null, label: 'sandbox.runNumber' },
  { key: 'name', label: 'sandbox.runNetwork' },
  { key: 'params', label: 'sandbox.runParams' },
  { key: null, label: 'sandbox.runTraining' },
  { key: 'testAccuracy', label: 'sandbox.runAccuracy' },
  { key: 'trainMs', label: 'sandbox.runTime' },
  { key: 'createdAt', label: 'sandbox.runWhen' },
  { key: null, label: 'sandbox.runActions' },
];

export interface HistoryEvents {
  reopen(run: SandboxRun): void;
}

export class HistoryPanel implements SandboxPanel {
  readonly element: HTMLElement;
  private readonly texts = new BoundTexts();
  private readonly status = h('p', { id: 'sb-runs-status', role: 'status', 'aria-live': 'polite' });
  private readonly head = h('tr');
  private readonly body = h('tbody');
  private readonly table = h('table', { class: 'history-table sb-runs', id: 'sb-runs' });
  private readonly chartHost = h('div', { class: 'sb-chart', id: 'sb-runs-scatter' });
  private readonly chartCaption = h('figcaption', { class: 'lv-hint', id: 'sb-runs-scatter-caption' });
  private readonly scatter = new ParamsScatter(this.chartHost);
  private runs: SandboxRun[] = [];
  private sort: { key: RunSortKey; direction: SortDirection } = { key: 'createdAt', direction: 'descending' };
  private statusMessage: [MessageKey, MessageParams?] = ['sandbox.runsLoading'];

  constructor(
    private readonly store: RunStore,
    private readonly events: HistoryEvents,
  ) {
    this.table.append(this.texts.set(h('caption'), 'sandbox.runsCaption'), h('thead', {}, this.head), this.body);
    this.element = h(
      'section',
      { class: 'sb-panel sb-history', 'aria-labelledby': 'sb-runs-heading' },
      this.texts.set(h('h3', { id: 'sb-runs-heading' }), 'sandbox.runsHeading'),
      this.status,
      h('div', { class: 'sb-table-scroll' }, this.table),
      h('figure', { class: 'sb-figure' }, this.chartHost, this.chartCaption),
    );
    void this.load();
  }

  /** A run that just ended: saved, then listed. */
  async add(run: SandboxRun): Promise<void> {
    const saved = await this.store.put(run).catch(() => false);
    this.runs = [...this.runs.filter((r) => r.id !== run.id), run];
    this.say(saved ? 'sandbox.runSaved' : 'sandbox.runKeptForPage', { n: this.runs.length });
    this.render();
  }

  translate(): void {
    this.texts.apply();
    this.render();
  }

  destroy(): void {
    this.scatter.destroy();
  }

  private async load(): Promise<void> {
    try {
      this.runs = await this.store.list();
      this.say(this.runs.length ? 'sandbox.runsCount' : 'sandbox.runsEmpty', { count: this.runs.length });
    } catch (error) {
      this.say('sandbox.runsFailed', { detail: String((error as Error)?.message ?? error) });
    }
    this.render();
  }

  private say(key: MessageKey, params?: MessageParams): void {
    this.statusMessage = [key, params];
    this.status.textContent = t(key, params);
  }

  private async remove(run: SandboxRun): Promise<void> {
    await this.store.delete(run.id).catch(() => {});
    this.runs = this.runs.filter((r) => r.id !== run.id);
    this.say('sandbox.runDeleted', { name: run.spec.name });
    this.render();
    (this.body.querySelector<HTMLButtonElement>('button') ?? this.status).focus?.();
  }

  private setSort(key: RunSortKey): void {
    const direction = this.sort.key === key && this.sort.direction === 'descending' ? 'ascending' : 'descending';
    this.sort = { key, direction };
    this.render();
    this.head.querySelector<HTMLButtonElement>(`button[data-sort="${key}"]`)?.focus();
  }

  private render(): void {
    this.status.textContent = t(...this.statusMessage);
    this.head.replaceChildren(
      ...COLUMNS.map(({ key, label }) => {
        if (!key) return h('th', { scope: 'col' }, t(label));
        const sorted = this.sort.key === key;
        const button = h('button', { type: 'button', class: 'sb-sort', 'data-sort': key }, t(label), h('span', { 'aria-hidden': 'true' }, sorted ? (this.sort.direction === 'ascending' ? ' ▲' : ' ▼') : ''));
        button.addEventListener('click', () => this.setSort(key));
        return h('th', { scope: 'col', 'aria-sort': sorted ? this.sort.direction : 'none' }, button);
      }),
    );
    const rows = sortRuns(this.runs, this.sort.key, this.sort.direction);
    this.body.replaceChildren(...rows.map((run, i) => this.row(run, i + 1)));
    this.table.hidden = rows.length === 0;
    this.chartHost.parentElement!.hidden = rows.length === 0;
    if (rows.length) {
      this.scatter.show(rows.map((run, i) => ({ number: i + 1, label: run.spec.name, params: run.params, accuracy: run.testAccuracy })));
      const best = [...rows].sort((a, b) => b.testAccuracy - a.testAccuracy)[0];
      this.chartCaption.textContent = t('sandbox.runsScatterCaption', { count: rows.length, best: best.spec.name, acc: formatPercent(best.testAccuracy) });
    }
  }

  private row(run: SandboxRun, n: number): HTMLTableRowElement {
    const layers = run.spec.layers.map((l) => t(KIND_SHORT_NAMES[l.kind])).join(' → ');
    const reopen = h('button', { type: 'button', class: 'button button-quiet sb-small', 'data-action': 'reopen', 'aria-label': t('sandbox.runReopenLabel', { n, name: run.spec.name }) }, t('sandbox.runReopen'));
    const remove = h('button', { type: 'button', class: 'button button-quiet sb-small sb-remove', 'data-action': 'delete', 'aria-label': t('sandbox.runDeleteLabel', { n, name: run.spec.name }) }, t('sandbox.runDelete'));
    reopen.addEventListener('click', () => this.events.reopen(run));
    remove.addEventListener('click', () => void this.remove(run));
    const epochs = run.history.loss.length;
    const data = run.settings.trainLimit === null ? t('sandbox.runAllImages') : formatNumber(run.settings.trainLimit);
    const perEpoch = trainMsOf(run) / 1000 / Math.max(1, epochs);
    const when = new Intl.DateTimeFormat(getLanguage(), { dateStyle: 'short', timeStyle: 'short' }).format(run.createdAt);
    return h(
      'tr',
      { 'data-run': run.id },
      h('td', {}, String(n)),
      h('th', { scope: 'row', class: 'sb-run-name' }, h('span', {}, run.spec.name), h('span', { class: 'lv-hint sb-run-layers' }, layers)),
      h('td', {}, formatNumber(run.params)),
      h('td', {}, t('sandbox.runTrainingValue', { epochs, data, optimizer: run.settings.optimizer === 'adam' ? 'Adam' : 'SGD' })),
      h('td', { 'data-accuracy': run.testAccuracy }, formatPercent(run.testAccuracy, 2)),
      h('td', {}, run.estimatedSecondsPerEpoch === null ? formatDuration(perEpoch) : t('sandbox.runTimeValue', { actual: formatDuration(perEpoch), estimate: formatDuration(run.estimatedSecondsPerEpoch) })),
      h('td', {}, when),
      h('td', { class: 'sb-run-actions' }, reopen, remove),
    );
  }
}
