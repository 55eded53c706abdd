// The class badge in the app header: who the student joined as (a link to #class), how many results
// wait in the outbox, whether the server is unreachable or the session ended. A polite status
// region, so a screen reader hears "offline" and "all saved" without focus moving.
import { h } from '../framework/dom';
import { t } from '../i18n/i18n';
import type { ClassroomSync } from './classroom-sync';

export const CLASS_ROUTE_HREF = '#class';

export function createClassBadge(sync: ClassroomSync): { element: HTMLElement; render(): void } {
  const link = h('a', { href: CLASS_ROUTE_HREF, class: 'class-badge-link' });
  const detail = h('span', { class: 'class-badge-detail' });
  const element = h('div', { class: 'class-badge', role: 'status', 'aria-live': 'polite' }, link, detail);
  const render = () => {
    const { me, pending, failed, offline, view } = sync.state;
    element.setAttribute('aria-label', t('classSync.badgeLabel'));
    link.textContent = me ? t('classSync.badgeJoined', { nickname: me.nickname }) : t('classSync.badgeNotJoined');
    const parts: string[] = [];
    if (me) {
      if (me.ended || view?.ended) parts.push(t('classSync.badgeEnded'));
      if (offline) parts.push(t('classSync.badgeOffline'));
      parts.push(pending > 0 ? t('classSync.badgePending', { count: pending }) : t('classSync.badgeSaved'));
      if (failed > 0) parts.push(t('classSync.badgeFailed', { count: failed }));
    }
    detail.textContent = parts.join(' · ');
    element.dataset.pending = String(pending);
    element.dataset.offline = String(offline);
  };
  sync.subscribe(render);
  render();
  return { element, render };
}
