// Elements whose text (or one attribute) is a message from the table: bind once, and apply()
// rewrites them all in the current language (screens call it from translate()).
import { t, type MessageParams } from './i18n';
import type { MessageKey } from './messages';

type Message = readonly [MessageKey, MessageParams?];

/** Elements (or one attribute of them) whose text is a message; `apply()` rewrites them all. */
export class BoundTexts {
  private readonly texts = new Map<HTMLElement, Message | null>();
  private readonly attributes = new Map<HTMLElement, Map<string, Message>>();

  /** Binds `element`'s text to a message (null clears it) and writes it now. */
  set<E extends HTMLElement>(element: E, key: MessageKey | null, params?: MessageParams): E {
    this.texts.set(element, key ? [key, params] : null);
    element.textContent = key ? t(key, params) : '';
    return element;
  }

  /** Binds an attribute (aria-label, aria-valuetext, …) to a message and writes it now. */
  attr<E extends HTMLElement>(element: E, name: string, key: MessageKey, params?: MessageParams): E {
    let map = this.attributes.get(element);
    if (!map) this.attributes.set(element, (map = new Map()));
    map.set(name, [key, params]);
    element.setAttribute(name, t(key, params));
    return element;
  }

  forget(element: HTMLElement): void {
    this.texts.delete(element);
    this.attributes.delete(element);
  }

  apply(): void {
    for (const [element, message] of this.texts) element.textContent = message ? t(...message) : '';
    for (const [element, map] of this.attributes) for (const [name, message] of map) element.setAttribute(name, t(...message));
  }
}
