// The current language (a small store remembered in localStorage, mirrored in <html lang>) and
// `t(key, params)`, which looks a key up in the message table and fills in `{param}`s.
import type { ClassId } from '../../data/classes';
import { CLASS_IDS } from '../../data/classes';
import { entryOf, type Entry, type MessageKey } from './messages';

export type Language = 'en' | 'zh-CN';
export const LANGUAGES: readonly Language[] = ['en', 'zh-CN'];

/** Endonyms for the language switch: each language named in itself, the same in every UI language. */
export const LANGUAGE_NAMES: Readonly<Record<Language, { short: string; full: string }>> = {
  en: { short: 'EN', full: 'English' },
  'zh-CN': { short: '中文', full: '简体中文' },
};

const FIELD: Readonly<Record<Language, keyof Entry>> = { en: 'en', 'zh-CN': 'zh' };
export const LANGUAGE_STORAGE_KEY = 'filterfit.language';

export type MessageParams = Readonly<Record<string, string | number>>;

function storage(): Storage | undefined {
  try {
    return globalThis.localStorage ?? undefined;
  } catch {
    return undefined; // access denied (privacy settings, sandboxed frames)
  }
}

const isLanguage = (value: unknown): value is Language => LANGUAGES.includes(value as Language);

/** Stored choice, else the browser's preference (any zh → 简体中文), else English. */
function initialLanguage(): Language {
  const stored = storage()?.getItem(LANGUAGE_STORAGE_KEY);
  if (isLanguage(stored)) return stored;
  const preferred = globalThis.navigator?.languages ?? [];
  return preferred.some((tag) => tag.toLowerCase().startsWith('zh')) ? 'zh-CN' : 'en';
}

let current: Language = initialLanguage();
const listeners = new Set<(language: Language) => void>();

export function getLanguage(): Language {
  return current;
}

/** Switches language, remembers it, updates <html lang> and notifies subscribers. */
export function setLanguage(language: Language): void {
  storage()?.setItem(LANGUAGE_STORAGE_KEY, language);
  if (language === current) return;
  current = language;
  applyDocumentLanguage();
  for (const listener of listeners) listener(language);
}

/** Calls `listener` on every change; returns the unsubscribe function. */
export function subscribeLanguage(listener: (language: Language) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function applyDocumentLanguage(): void {
  if (typeof document !== 'undefined') document.documentElement.lang = current;
}

const numberFormats = new Map<string, Intl.NumberFormat>();

export function formatNumber(value: number, language: Language = current, options?: Intl.NumberFormatOptions): string {
  const cacheKey = `${language} ${JSON.stringify(options ?? {})}`;
  let format = numberFormats.get(cacheKey);
  if (!format) numberFormats.set(cacheKey, (format = new Intl.NumberFormat(language, options)));
  return format.format(value);
}

/** The message `key` in `language` (default: the current one), `{name}` replaced by params[name]. */
export function t(key: MessageKey, params?: MessageParams, language: Language = current): string {
  const entry = entryOf(key);
  if (!entry) return key; // only reachable through casts: MessageKey is checked at compile time
  const text = entry[FIELD[language]];
  if (!params) return text;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    if (value === undefined) return whole;
    return typeof value === 'number' ? formatNumber(value, language) : value;
  });
}

/** The translated name of class `label` (0..9). */
export function className(label: number, language: Language = current): string {
  const id: ClassId = CLASS_IDS[label];
  return t(`classes.${id}`, undefined, language);
}
