// The student's join form as a self-contained component: code + nickname → StudentClient.join.
// After joining it shows who you are, your share of the class experiment, and how many results
// are still waiting in the outbox. The app's #class screen (src/ui/classroom-sync) mounts it; join.html mounts it
// alone. Every student-supplied text is set with textContent.
import { ClassroomApiError } from '../../classroom/api';
import type { StudentMe } from '../../classroom/api-types';
import type { StudentClient } from '../../classroom/client';
import { NICKNAME_MAX } from '../../classroom/limits';
import { h } from '../framework/dom';
import { t } from '../i18n/i18n';
import type { MessageKey } from '../i18n/messages';
import { architectureName } from './dashboard-sections';

export interface JoinForm {
  element: HTMLElement;
  /** Rewrites the texts in the current language. */
  translate(): void;
  /** The outbox count changed (wire StudentClient's onPending here). */
  setPending(count: number): void;
}

const KNOWN_ERRORS = new Set(['session.notFound', 'session.ended', 'rate.limited', 'body.invalid']);

export function joinErrorText(error: unknown): string {
  if (error instanceof ClassroomApiError) {
    return KNOWN_ERRORS.has(error.code) ? t(`classroom.error.${error.code}` as MessageKey) : t('classroom.error.other', { detail: error.message });
  }
  return t('classroom.error.network');
}

export function createJoinForm(client: StudentClient, options: { initialCode?: string; onJoined?(me: StudentMe): void } = {}): JoinForm {
  let me: StudentMe | null = null;
  let pending = 0;
  const codeInput = h('input', { id: 'join-code', name: 'code', autocomplete: 'off', autocapitalize: 'characters', spellcheck: 'false', maxlength: 6, required: true, value: options.initialCode ?? client.joined?.joinCode ?? '' });
  const nicknameInput = h('input', { id: 'join-nickname', name: 'nickname', autocomplete: 'off', maxlength: NICKNAME_MAX, required: true, 'aria-describedby': 'join-nickname-hint', value: client.joined?.nickname ?? '' });
  const submit = h('button', { type: 'submit', class: 'primary' });
  const error = h('p', { class: 'form-error', role: 'alert' });
  const joinedLine = h('p', { role: 'status', class: 'joined' });
  const assignmentLine = h('p', {});
  const pendingLine = h('p', { class: 'pending', role: 'status' });
  const labels = { intro: h('p', {}), code: h('label', { for: 'join-code' }), nickname: h('label', { for: 'join-nickname' }), hint: h('p', { id: 'join-nickname-hint', class: 'hint' }) };
  const form = h('form', { class: 'join-form', novalidate: true }, labels.intro, h('div', { class: 'field' }, labels.code, codeInput), h('div', { class: 'field' }, labels.nickname, nicknameInput, labels.hint), error, submit);
  const element = h('section', { class: 'join', 'aria-label': '' }, form, joinedLine, assignmentLine, pendingLine);

  function translate(): void {
    labels.intro.textContent = t('classroom.joinIntro');
    labels.code.textContent = t('classroom.codeLabel');
    labels.nickname.textContent = t('classroom.nicknameLabel', { max: NICKNAME_MAX });
    labels.hint.textContent = t('classroom.nicknameHint');
    submit.textContent = submit.disabled ? t('classroom.joining') : t('classroom.joinButton');
    element.setAttribute('aria-label', t('classroom.joinHeading'));
    joinedLine.textContent = me ? t('classroom.joined', { nickname: me.nickname }) : '';
    const a = me?.assignment;
    assignmentLine.textContent = a ? t('classroom.joinedAssignment', { arch: architectureName(a.architecture), seed: String(a.seed), epochs: a.epochs }) : '';
    pendingLine.textContent = me ? (pending > 0 ? t('classroom.pendingWrites', { count: pending }) : t('classroom.allSaved')) : '';
  }

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    error.textContent = '';
    submit.disabled = true;
    translate();
    client
      .join(codeInput.value, nicknameInput.value)
      .then((joined) => {
        me = joined;
        options.onJoined?.(joined);
      })
      .catch((failure: unknown) => (error.textContent = joinErrorText(failure)))
      .finally(() => {
        submit.disabled = false;
        translate();
      });
  });

  translate();
  return {
    element,
    translate,
    setPending(count) {
      pending = count;
      translate();
    },
  };
}
