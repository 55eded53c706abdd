// The teacher's page: finds the classroom server, then shows either the "new session" form or,
// when the URL fragment holds a session and its key (#session=…&key=…), the live dashboard. The
// key lives only in the fragment — never sent in a URL to the server, never logged.
import { ClassroomApiError, detectClassroom, type ApiOptions } from '../../classroom/api';
import type { Dashboard } from '../../classroom/api-types';
import { createClassSession, TeacherApi } from '../../classroom/teacher-api';
import { h } from '../framework/dom';
import { applyDocumentLanguage, subscribeLanguage, t } from '../i18n/i18n';
import type { MessageKey } from '../i18n/messages';
import { DEFAULT_FORM, type FormValues } from './activities-form';
import { renderDashboard } from './dashboard-sections';
import { languageSelect } from './language-select';
import { sessionForm } from './session-form';
import { sessionHeader } from './session-header';

type Status = 'checking' | 'noServer' | 'live' | 'reconnecting' | 'ended' | 'deleted' | 'unauthorized';
const STATUS_TEXT: Record<Status, MessageKey> = {
  checking: 'classroom.checking',
  noServer: 'classroom.noServer',
  live: 'classroom.statusLive',
  reconnecting: 'classroom.statusReconnecting',
  ended: 'classroom.statusEnded',
  deleted: 'classroom.statusDeleted',
  unauthorized: 'classroom.statusUnauthorized',
};

interface Credentials {
  sessionId: string;
  secret: string;
}

function credentialsFromHash(hash: string): Credentials | null {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const sessionId = params.get('session');
  const secret = params.get('key');
  return sessionId && secret ? { sessionId, secret } : null;
}

export function startTeacherPage(root: HTMLElement, api: ApiOptions = { baseUrl: '' }): void {
  const form: FormValues = structuredClone(DEFAULT_FORM);
  let credentials = credentialsFromHash(location.hash);
  let dashboard: Dashboard | null = null;
  let status: Status = 'checking';
  let watching: AbortController | undefined;

  const main = h('main', { id: 'main' });
  const statusLine = h('p', { class: 'status', role: 'status' });
  const sections = h('div', { class: 'dashboard' });

  const teacherApi = () => new TeacherApi(api, credentials!.sessionId, credentials!.secret);

  function setStatus(next: Status): void {
    status = next;
    statusLine.textContent = t(STATUS_TEXT[status]);
  }

  function render(): void {
    document.title = t('classroom.documentTitle');
    root.replaceChildren(h('header', { class: 'classroom-header' }, h('h1', {}, t('classroom.heading')), languageSelect()), main);
    setStatus(status);
    if (status === 'checking' || status === 'noServer') return main.replaceChildren(statusLine);
    if (!credentials || !dashboard) {
      const content: HTMLElement[] = [];
      if (credentials || status === 'deleted' || status === 'unauthorized') content.push(statusLine);
      if (!credentials) content.push(sessionForm(form, create));
      return main.replaceChildren(...content);
    }
    main.replaceChildren(sessionHeader(dashboard.session, location.href, { exportCsv, end, remove, newSession }, statusLine), sections);
    renderDashboard(sections, dashboard);
  }

  async function create(activities: Parameters<typeof createClassSession>[1]): Promise<void> {
    const created = await createClassSession(api, activities);
    credentials = { sessionId: created.sessionId, secret: created.teacherSecret };
    history.replaceState(null, '', `${location.pathname}#session=${created.sessionId}&key=${created.teacherSecret}`);
    watch();
  }

  function watch(): void {
    watching?.abort();
    const controller = (watching = new AbortController());
    void (async () => {
      for (let failures = 0; !controller.signal.aborted; ) {
        try {
          for await (const update of teacherApi().watch(controller.signal)) {
            failures = 0;
            if ('deleted' in update) return forget('deleted');
            const fullRender = !dashboard || dashboard.session.endedAt !== update.session.endedAt;
            dashboard = update;
            setStatus(update.session.endedAt ? 'ended' : 'live');
            if (fullRender) render();
            else renderDashboard(sections, update);
          }
        } catch (error) {
          if (controller.signal.aborted) return;
          if (error instanceof ClassroomApiError && error.status === 401) return forget('unauthorized');
        }
        if (controller.signal.aborted) return;
        setStatus('reconnecting');
        failures++;
        await new Promise((resolve) => setTimeout(resolve, Math.min(10_000, 500 * 2 ** failures)));
      }
    })();
  }

  function forget(reason: Status): void {
    watching?.abort();
    credentials = null;
    dashboard = null;
    history.replaceState(null, '', location.pathname);
    status = reason;
    render();
  }

  async function exportCsv(): Promise<void> {
    const csv = await teacherApi().exportCsv();
    const url = URL.createObjectURL(new Blob([csv], { type: 'text/csv' }));
    const link = h('a', { href: url, download: `filterfit-${dashboard?.session.joinCode ?? 'session'}.csv` });
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  }

  async function end(): Promise<void> {
    await teacherApi().end();
  }

  async function remove(): Promise<void> {
    await teacherApi().remove();
    forget('deleted');
  }

  function newSession(): void {
    watching?.abort();
    credentials = null;
    dashboard = null;
    history.replaceState(null, '', location.pathname);
    status = 'live';
    render();
  }

  subscribeLanguage(() => {
    applyDocumentLanguage();
    render();
  });
  applyDocumentLanguage();
  render();
  void detectClassroom(api).then((found) => {
    status = found ? 'live' : 'noServer';
    if (found && credentials) watch();
    render();
  });
}
