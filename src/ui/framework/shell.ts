// The page chrome: header (app name, tagline, language switch), <main> (where screens go) and a
// polite live region for status messages. Every text is re-rendered when the language changes.
import { getLanguage, LANGUAGE_NAMES, LANGUAGES, setLanguage, subscribeLanguage, t, type Language, type MessageParams } from '../i18n/i18n';
import type { MessageKey } from '../i18n/messages';
import { h } from './dom';

export interface Shell {
  main: HTMLElement;
  /** Slot between header and main for the section navigation (filled once data is ready). */
  nav: HTMLElement;
  /** Slot in the footer for the page's own notices and settings (offline, storage, device). */
  tools: HTMLElement;
  /** Shows (and announces) a status message; kept translated on language changes. */
  setStatus(key: MessageKey | null, params?: MessageParams): void;
  /** Calls `listener` after the shell has re-rendered for a new language. */
  onLanguageChange(listener: () => void): void;
}

function languageSwitch(): { element: HTMLElement; update(): void } {
  const buttons = LANGUAGES.map((language: Language) => {
    const button = h('button', { type: 'button', lang: language, title: LANGUAGE_NAMES[language].full, class: 'language-button' }, LANGUAGE_NAMES[language].short);
    button.addEventListener('click', () => setLanguage(language));
    return { language, button };
  });
  const element = h('div', { role: 'group', class: 'language-switch' }, ...buttons.map((b) => b.button));
  return {
    element,
    update() {
      element.setAttribute('aria-label', t('app.languageSwitch'));
      for (const { language, button } of buttons) button.setAttribute('aria-pressed', String(language === getLanguage()));
    },
  };
}

export function createShell(root: HTMLElement): Shell {
  const name = h('h1', { class: 'app-name' });
  const tagline = h('p', { class: 'app-tagline' });
  const switcher = languageSwitch();
  const header = h('header', { class: 'app-header' }, h('div', { class: 'app-brand' }, name, tagline), switcher.element);
  const nav = h('nav', { class: 'app-nav', hidden: true });
  const main = h('main', { id: 'main', class: 'app-main' });
  const status = h('p', { role: 'status', 'aria-live': 'polite', class: 'app-status' });
  const tools = h('div', { class: 'app-tools' });
  const footer = h('footer', { class: 'app-footer' }, status, tools);
  root.replaceChildren(header, nav, main, footer);

  let statusMessage: { key: MessageKey; params?: MessageParams } | null = null;
  const listeners: (() => void)[] = [];
  const render = () => {
    document.title = t('app.documentTitle');
    name.textContent = t('app.name');
    tagline.textContent = t('app.tagline');
    switcher.update();
    status.textContent = statusMessage ? t(statusMessage.key, statusMessage.params) : '';
  };
  render();
  subscribeLanguage(() => {
    render();
    for (const listener of listeners) listener();
  });

  return {
    main,
    nav,
    tools,
    setStatus(key, params) {
      statusMessage = key ? { key, params } : null;
      render();
    },
    onLanguageChange(listener) {
      listeners.push(listener);
    },
  };
}
