// The device settings panel (in the page footer): says what the start-up probe measured and what
// it picked for quick mode, and lets the learner choose the quick-mode size and the thread count
// instead (remembered). A <details>, closed by default: the summary line is the short answer.
import { h } from '../framework/dom';
import { formatNumber, t, type MessageParams } from '../i18n/i18n';
import type { MessageKey } from '../i18n/messages';
import type { DeviceSettings } from './device-settings';
import { MAX_THREADS } from './quick-budget';

/** The sizes offered besides "automatic". */
const QUICK_CHOICES = [2000, 6000, 12_000, 30_000, 60_000];
const AUTO = 'auto';

export interface DevicePanel {
  element: HTMLElement;
  /** Rewrites its texts (language change). */
  render(): void;
}

export function createDevicePanel(device: DeviceSettings): DevicePanel {
  const summary = h('summary', { id: 'device-summary' });
  const probeLine = h('p', { id: 'device-probe' });
  const pickedLine = h('p', { id: 'device-picked' });
  const isolationLine = h('p', { id: 'device-isolation', hidden: true });
  const quickSelect = h('select', { id: 'device-quick', name: 'device-quick' });
  const threadsSelect = h('select', { id: 'device-threads', name: 'device-threads' });
  const quickLabel = h('label', { for: 'device-quick' });
  const threadsLabel = h('label', { for: 'device-threads' });
  const element = h(
    'details',
    { class: 'device-panel', id: 'device-settings' },
    summary,
    probeLine,
    pickedLine,
    isolationLine,
    h('div', { class: 'device-fields' }, h('div', { class: 'field' }, quickLabel, quickSelect), h('div', { class: 'field' }, threadsLabel, threadsSelect)),
  );
  const choose = () => {
    const images = quickSelect.value === AUTO ? undefined : Number(quickSelect.value);
    const threads = threadsSelect.value === AUTO ? undefined : Number(threadsSelect.value);
    void device.choose({ quickImages: images, threads });
  };
  quickSelect.addEventListener('change', choose);
  threadsSelect.addEventListener('change', choose);

  const options = (select: HTMLSelectElement, values: number[], auto: number, chosen: number | undefined) => {
    select.replaceChildren(
      h('option', { value: AUTO }, t('device.auto', { value: formatNumber(auto) })),
      ...values.map((value) => h('option', { value }, formatNumber(value))),
    );
    select.value = chosen === undefined ? AUTO : String(chosen);
  };

  const render = () => {
    const budget = device.quick();
    const automatic = device.automatic();
    const state = device.probe;
    summary.textContent = t('device.summary', { images: budget.trainImages, threads: budget.threads });
    const [probeKey, probeParams]: [MessageKey, MessageParams?] =
      state.status === 'measuring' ? ['device.measuring'] :
      state.status === 'failed' ? ['device.failed', { detail: state.detail }] :
      ['device.measured', { speedA: Math.round(state.probe.seedA), speedNotebook: Math.round(state.probe.notebook), cores: state.probe.cores }];
    probeLine.textContent = t(probeKey, probeParams);
    const seconds = budget.epochSeconds === null ? null : formatNumber(budget.epochSeconds, undefined, { maximumFractionDigits: 1 });
    pickedLine.textContent =
      budget.source === 'chosen' || device.choice.threads !== undefined ? t('device.chosen', { images: budget.trainImages, threads: budget.threads }) :
      seconds === null ? t('device.pickedDefault', { images: budget.trainImages, threads: budget.threads }) :
      t('device.picked', { images: budget.trainImages, seconds, threads: budget.threads });
    const isolated = state.status === 'done' ? state.probe.crossOriginIsolated : globalThis.crossOriginIsolated === true;
    isolationLine.hidden = isolated;
    isolationLine.textContent = isolated ? '' : t('device.oneThread');
    element.dataset.probe = state.status;
    element.dataset.quickImages = String(budget.trainImages);
    element.dataset.threads = String(budget.threads);
    quickLabel.textContent = t('device.quickLabel');
    threadsLabel.textContent = t('device.threadsLabel');
    const cores = state.status === 'done' ? state.probe.cores : navigator.hardwareConcurrency || 1;
    options(quickSelect, QUICK_CHOICES, automatic.trainImages, device.choice.quickImages);
    options(threadsSelect, Array.from({ length: Math.min(MAX_THREADS, Math.max(cores, 1)) }, (_, i) => i + 1), automatic.threads, device.choice.threads);
  };
  device.subscribe(render);
  render();
  return { element, render };
}

