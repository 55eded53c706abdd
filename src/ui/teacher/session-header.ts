// The top of a running session: the join code (large, for the projector), the QR code of the
// join link, the private teacher link, and the session's actions (CSV export, end, delete).
import type { SessionInfo } from '../../classroom/api-types';
import { h } from '../framework/dom';
import { t } from '../i18n/i18n';
import { qrSvg } from './qr-svg';

export interface SessionActions {
  exportCsv(): Promise<void>;
  end(): Promise<void>;
  remove(): Promise<void>;
  newSession(): void;
}

export const joinUrl = (origin: string, joinCode: string) => `${origin}/join?code=${joinCode}`;

function copyButton(text: () => string, status: HTMLElement): HTMLButtonElement {
  const button = h('button', { type: 'button' }, t('classroom.copy'));
  button.addEventListener('click', () => {
    void navigator.clipboard?.writeText(text()).then(() => (status.textContent = t('classroom.copied')), () => {});
  });
  return button;
}

export function sessionHeader(session: SessionInfo, teacherLink: string, actions: SessionActions, status: HTMLElement): HTMLElement {
  const url = joinUrl(location.origin, session.joinCode);
  const copyStatus = h('span', { class: 'copy-status', role: 'status' });
  const linkInput = h('input', { type: 'text', readonly: true, value: teacherLink, id: 'teacher-link', class: 'teacher-link' });
  const action = (labelKey: Parameters<typeof t>[0], run: () => Promise<void> | void, confirmKey?: Parameters<typeof t>[0]) => {
    const button = h('button', { type: 'button' }, t(labelKey));
    button.addEventListener('click', () => {
      if (confirmKey && !confirm(t(confirmKey))) return;
      button.disabled = true;
      Promise.resolve(run()).finally(() => (button.disabled = false));
    });
    return button;
  };
  const ended = session.endedAt !== null;
  return h(
    'section',
    { class: 'session-header', 'aria-labelledby': 'join-heading' },
    h(
      'div',
      { class: 'join-panel' },
      h('h2', { id: 'join-heading' }, t('classroom.joinHeading')),
      h('p', { class: 'join-code-line' }, h('span', {}, `${t('classroom.joinCodeLabel')}: `), h('strong', { class: 'join-code', 'data-testid': 'join-code' }, session.joinCode)),
      h('p', {}, t('classroom.joinAt', { url: `${location.origin}/join` })),
      qrSvg(url, t('classroom.qrLabel', { url })),
    ),
    h(
      'div',
      { class: 'teacher-panel' },
      h('h3', {}, h('label', { for: 'teacher-link' }, t('classroom.teacherLinkHeading'))),
      h('p', { class: 'hint' }, t('classroom.teacherLinkHint')),
      h('div', { class: 'link-row' }, linkInput, copyButton(() => teacherLink, copyStatus), copyStatus),
      status,
      h(
        'div',
        { class: 'actions' },
        action('classroom.exportCsv', actions.exportCsv),
        ...(ended ? [] : [action('classroom.end', actions.end, 'classroom.endConfirm')]),
        action('classroom.remove', actions.remove, 'classroom.removeConfirm'),
        action('classroom.newSession', actions.newSession),
      ),
    ),
  );
}
