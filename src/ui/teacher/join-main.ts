// Entry of join.html (served at /join by the classroom server): a minimal page around the join
// form until phase 2 puts it into the app's routes.
import './teacher.css';
import { StudentClient } from '../../classroom/client';
import { h } from '../framework/dom';
import { applyDocumentLanguage, subscribeLanguage, t } from '../i18n/i18n';
import { createJoinForm } from './join-form';
import { languageSelect } from './language-select';

async function start(root: HTMLElement): Promise<void> {
  applyDocumentLanguage();
  const heading = h('h1', {});
  const main = h('main', { id: 'main' }, h('p', { role: 'status' }, t('classroom.checking')));
  const header = h('header', { class: 'classroom-header' }, heading, languageSelect());
  root.replaceChildren(header, main);
  const translateFrame = () => {
    heading.textContent = t('classroom.joinHeading');
    document.title = `${t('classroom.joinHeading')} — FilterFit`;
    header.replaceChild(languageSelect(), header.lastChild!);
  };
  translateFrame();

  if (!(await StudentClient.detect())) {
    main.replaceChildren(h('p', { role: 'status' }, t('classroom.noServer')));
    return;
  }
  let form: ReturnType<typeof createJoinForm> | undefined;
  const client = await StudentClient.open({ onPending: (count) => form?.setPending(count) });
  // After joining, the app itself (same origin, same outbox) carries on at #class.
  const openApp = h('a', { href: './#class', class: 'button button-primary', hidden: true });
  form = createJoinForm(client, { initialCode: new URLSearchParams(location.search).get('code') ?? undefined, onJoined: () => (openApp.hidden = false) });
  const translateLink = () => (openApp.textContent = t('classSync.openApp'));
  translateLink();
  main.replaceChildren(form.element, h('p', {}, openApp));
  subscribeLanguage(() => {
    applyDocumentLanguage();
    translateFrame();
    form?.translate();
    translateLink();
  });
}

void start(document.getElementById('classroom')!);
