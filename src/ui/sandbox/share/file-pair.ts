// The import form: model.json and its weights file (two labelled file inputs) and an Import
// button. Reads both files, refusing a missing or oversized one at its input before anything is
// parsed; the panel says what the import found (done, or the reason, as an alert).
import { h } from '../../framework/dom';
import type { BoundTexts } from '../../i18n/bound-texts';
import { formatNumber, t, type MessageParams } from '../../i18n/i18n';
import type { MessageKey } from '../../i18n/messages';

/** Larger files are no model the sandbox could train (its caps: 1,000,000 parameters = 4 MB of weights). */
export const MAX_JSON_BYTES = 4 * 2 ** 20;
export const MAX_WEIGHT_BYTES = 8 * 2 ** 20;

export class FilePair {
  readonly element: HTMLFieldSetElement;
  private readonly json = h('input', { type: 'file', id: 'sb-import-json', accept: '.json,application/json' });
  private readonly weights = h('input', { type: 'file', id: 'sb-import-weights', accept: '.bin,application/octet-stream' });
  private readonly button = h('button', { type: 'button', class: 'button', id: 'sb-import' });
  private readonly status = h('p', { class: 'lv-hint', id: 'sb-import-status', role: 'status', 'aria-live': 'polite' });
  private readonly alert = h('p', { class: 'alert', id: 'sb-import-alert', role: 'alert', hidden: true });
  private message: [MessageKey, MessageParams?] | null = null;
  private failure: (() => string) | null = null;

  constructor(texts: BoundTexts, onImport: () => void) {
    const field = (input: HTMLInputElement, key: MessageKey) => h('div', { class: 'lv-field' }, texts.set(h('label', { for: input.id }), key), input);
    this.element = h(
      'fieldset',
      { class: 'sb-import' },
      texts.set(h('legend'), 'sandbox.importHeading'),
      h('div', { class: 'sb-row' }, field(this.json, 'sandbox.importJson'), field(this.weights, 'sandbox.importWeights'), this.button),
      this.status,
      this.alert,
    );
    this.button.addEventListener('click', onImport);
    for (const input of [this.json, this.weights]) input.addEventListener('change', () => input.setAttribute('aria-invalid', 'false'));
  }

  /** Both files' contents, or null (the reason is shown at the input concerned). */
  async read(): Promise<{ json: string; weights: ArrayBuffer } | null> {
    this.fail(null);
    this.say(null);
    const json = this.json.files?.[0];
    const weights = this.weights.files?.[0];
    for (const [input, file, max] of [[this.json, json, MAX_JSON_BYTES], [this.weights, weights, MAX_WEIGHT_BYTES]] as const) {
      const problem = !file ? () => t('sandbox.importMissing') : file.size > max ? () => t('sandbox.importTooLarge', { name: file.name, size: formatNumber(file.size), max: formatNumber(max) }) : null;
      input.setAttribute('aria-invalid', String(problem !== null));
      if (problem) {
        this.fail(problem, input);
        return null;
      }
    }
    try {
      return { json: await json!.text(), weights: await weights!.arrayBuffer() };
    } catch (error) {
      this.fail(() => t('sandbox.importFailed', { detail: String((error as Error)?.message ?? error) }));
      return null;
    }
  }

  say(key: MessageKey | null, params?: MessageParams): void {
    this.message = key ? [key, params] : null;
    this.status.textContent = key ? t(key, params) : '';
  }

  /** Shows why the import was refused (`text` makes it in the current language, again on a language change). */
  fail(text: (() => string) | null, at?: HTMLInputElement): void {
    this.alert.hidden = text === null;
    this.alert.textContent = text?.() ?? '';
    this.failure = text;
    if (at) {
      at.setAttribute('aria-describedby', this.alert.id);
      at.focus();
    }
  }

  translate(): void {
    this.button.textContent = t('sandbox.importButton');
    this.status.textContent = this.message ? t(...this.message) : '';
    if (this.failure) this.alert.textContent = this.failure();
  }
}
