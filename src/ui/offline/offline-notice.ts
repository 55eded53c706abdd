// The footer line about offline use: "saving…", "ready offline", or "update available" with a
// Reload button. Polite: a status region, nothing modal.
import { h } from '../framework/dom';
import { t } from '../i18n/i18n';
import type { MessageKey } from '../i18n/messages';
import type { OfflineController } from './offline';

export interface OfflineNotice {
  element: HTMLElement;
  render(): void;
}

export function createOfflineNotice(offline: OfflineController): OfflineNotice {
  const text = h('span', { id: 'offline-text' });
  const update = h('span', { id: 'offline-update', hidden: true });
  const reload = h('button', { type: 'button', class: 'button button-small', id: 'offline-reload', hidden: true });
  reload.addEventListener('click', () => {
    reload.disabled = true;
    offline.applyUpdate();
  });
  // A polite live region (not role=status: the shell's status line is the page's one status).
  const element = h('p', { class: 'offline-notice', id: 'offline-status', 'aria-live': 'polite' }, text, update, reload);
  const render = () => {
    const state = offline.state;
    const key: MessageKey | null = state.status === 'saving' ? 'offline.saving' : state.status === 'ready' ? 'offline.ready' : state.status === 'failed' ? 'offline.failed' : null;
    text.textContent = key ? t(key, state.status === 'failed' ? { detail: state.detail } : undefined) : '';
    update.hidden = reload.hidden = !offline.updateWaiting;
    update.textContent = t('offline.updateAvailable');
    reload.textContent = t('offline.reload');
    element.hidden = !key && !offline.updateWaiting;
    element.dataset.offline = state.status;
    element.dataset.update = String(offline.updateWaiting);
  };
  offline.subscribe(render);
  render();
  return { element, render };
}
