// A language picker for the classroom pages (the app shell has its own): a labelled <select>.
import { h } from '../framework/dom';
import { getLanguage, LANGUAGE_NAMES, LANGUAGES, setLanguage, t, type Language } from '../i18n/i18n';

export function languageSelect(): HTMLElement {
  const select = h('select', { id: 'language' }, ...LANGUAGES.map((language) => h('option', { value: language, lang: language, selected: language === getLanguage() }, LANGUAGE_NAMES[language].full)));
  select.addEventListener('change', () => setLanguage(select.value as Language));
  return h('div', { class: 'language' }, h('label', { for: 'language' }, t('app.languageSwitch')), select);
}
