// The "Share & export" section: the link to this network and its settings (the address itself,
// with a copy button), tfjs-layers export (model.json + weights .bin as download links) and import
// (the two files; any problem is said clearly and nothing in the sandbox changes), and the Python
// that builds and trains the same network in Keras (copied, and always shown in a code block).
import { ImportError } from '../../../formats/import-error';
import { exportLayersModel } from '../../../formats/tfjs-layers-export';
import { importLayersModel, type ImportedLayersModel } from '../../../formats/tfjs-layers-import';
import { kerasCode } from '../../../shared/keras-code';
import { h } from '../../framework/dom';
import { BoundTexts } from '../../i18n/bound-texts';
import { t, type MessageParams } from '../../i18n/i18n';
import type { MessageKey } from '../../i18n/messages';
import { importErrorMessage } from '../error-messages';
import { formatBytes } from '../format';
import type { SandboxPanel } from '../panel';
import type { SandboxState } from '../sandbox-state';
import { FilePair } from './file-pair';

export class SharePanel implements SandboxPanel {
  readonly element: HTMLElement;
  private readonly texts = new BoundTexts();
  private readonly url = h('input', { type: 'text', id: 'sb-share-url', readonly: true, spellcheck: 'false' });
  private readonly copyLink = h('button', { type: 'button', class: 'button', id: 'sb-copy-link' });
  private readonly linkStatus = h('p', { class: 'lv-hint', id: 'sb-link-status', 'aria-live': 'polite' });
  private readonly exportButton = h('button', { type: 'button', class: 'button', id: 'sb-export', 'aria-describedby': 'sb-export-status' });
  private readonly exportStatus = h('p', { class: 'lv-hint', id: 'sb-export-status', 'aria-live': 'polite' });
  private readonly downloads = h('ul', { class: 'sb-downloads', id: 'sb-downloads' });
  private readonly files = new FilePair(this.texts, () => void this.import());
  private readonly kerasButton = h('button', { type: 'button', class: 'button', id: 'sb-keras' });
  private readonly kerasStatus = h('p', { class: 'lv-hint', id: 'sb-keras-status', 'aria-live': 'polite' });
  private readonly code = h('code', { id: 'sb-keras-code' });
  private readonly codeBlock = h('pre', { class: 'model-summary sb-code', tabindex: 0, hidden: true, 'aria-labelledby': 'sb-keras-heading' }, this.code);
  private readonly messages = new Map<HTMLElement, [MessageKey, MessageParams?] | null>();
  private objectUrls: string[] = [];
  private readonly unsubscribe: () => void;

  constructor(
    private readonly state: SandboxState,
    private readonly onImported: (imported: ImportedLayersModel) => void,
  ) {
    this.element = h(
      'div',
      { class: 'sb-share' },
      h(
        'section',
        { class: 'sb-panel', 'aria-labelledby': 'sb-link-heading' },
        this.texts.set(h('h3', { id: 'sb-link-heading' }), 'sandbox.linkHeading'),
        this.texts.set(h('p', { class: 'lv-hint' }), 'sandbox.linkIntro'),
        h('div', { class: 'sb-row sb-link-row' }, h('div', { class: 'lv-field sb-grow' }, this.texts.set(h('label', { for: 'sb-share-url' }), 'sandbox.linkLabel'), this.url), this.copyLink),
        this.linkStatus,
      ),
      h(
        'section',
        { class: 'sb-panel', 'aria-labelledby': 'sb-export-heading' },
        this.texts.set(h('h3', { id: 'sb-export-heading' }), 'sandbox.exportHeading'),
        this.texts.set(h('p', { class: 'lv-hint' }), 'sandbox.exportIntro'),
        h('div', { class: 'sb-row' }, this.exportButton),
        this.exportStatus,
        this.downloads,
        this.files.element,
      ),
      h(
        'section',
        { class: 'sb-panel', 'aria-labelledby': 'sb-keras-heading' },
        this.texts.set(h('h3', { id: 'sb-keras-heading' }), 'sandbox.kerasHeading'),
        this.texts.set(h('p', { class: 'lv-hint' }), 'sandbox.kerasIntro'),
        h('div', { class: 'sb-row' }, this.kerasButton),
        this.kerasStatus,
        this.codeBlock,
      ),
    );
    this.copyLink.addEventListener('click', () => void this.copy(this.url.value, this.linkStatus, 'sandbox.linkCopied', 'sandbox.linkCopyFailed'));
    this.exportButton.addEventListener('click', () => this.export());
    this.kerasButton.addEventListener('click', () => void this.keras());
    this.unsubscribe = state.on(() => this.render());
  }

  translate(): void {
    this.texts.apply();
    this.files.translate();
    this.copyLink.textContent = t('sandbox.linkCopy');
    this.exportButton.textContent = t('sandbox.exportButton');
    this.kerasButton.textContent = t('sandbox.kerasButton');
    for (const [element, message] of this.messages) element.textContent = message ? t(...message) : '';
    this.render();
  }

  shown(): void {
    this.render();
  }

  destroy(): void {
    this.unsubscribe();
    this.releaseDownloads();
  }

  private say(element: HTMLElement, key: MessageKey | null, params?: MessageParams): void {
    this.messages.set(element, key ? [key, params] : null);
    element.textContent = key ? t(key, params) : '';
  }

  private render(): void {
    const hash = this.state.shareHash();
    this.url.value = hash ? `${location.origin}${location.pathname}${location.search}${hash}` : '';
    this.copyLink.disabled = !hash;
    if (!hash) this.say(this.linkStatus, 'sandbox.linkInvalid');
    else if (this.messages.get(this.linkStatus)?.[0] === 'sandbox.linkInvalid') this.say(this.linkStatus, null);
    this.exportButton.disabled = !this.state.fittingModel;
    if (!this.state.fittingModel) this.say(this.exportStatus, 'sandbox.exportNeedsWeights');
    else if (this.messages.get(this.exportStatus)?.[0] === 'sandbox.exportNeedsWeights') this.say(this.exportStatus, null);
    this.kerasButton.disabled = this.state.analysis.problem !== null;
  }

  private async copy(text: string, status: HTMLElement, done: MessageKey, failed: MessageKey): Promise<void> {
    try {
      await navigator.clipboard.writeText(text);
      this.say(status, done);
    } catch {
      this.say(status, failed); // no clipboard permission: the text is on the page to copy by hand
    }
  }

  private export(): void {
    const model = this.state.fittingModel;
    if (!model) return;
    const exported = exportLayersModel(this.state.spec, model.weights, this.state.settings);
    const json = new Blob([JSON.stringify(exported.modelJson)], { type: 'application/json' });
    const weights = new Blob([exported.weightData], { type: 'application/octet-stream' });
    this.releaseDownloads();
    const link = (blob: Blob, name: string, id: string) => {
      const url = URL.createObjectURL(blob);
      this.objectUrls.push(url);
      return h('li', {}, h('a', { href: url, download: name, id, class: 'sb-download' }, `${name} (${formatBytes(blob.size)})`));
    };
    this.downloads.replaceChildren(link(json, exported.modelFileName, 'sb-download-json'), link(weights, exported.weightsFileName, 'sb-download-weights'));
    this.say(this.exportStatus, 'sandbox.exportReady');
    this.downloads.querySelector('a')?.focus();
  }

  private releaseDownloads(): void {
    for (const url of this.objectUrls) URL.revokeObjectURL(url);
    this.objectUrls = [];
    this.downloads.replaceChildren();
  }

  private async import(): Promise<void> {
    const files = await this.files.read();
    if (!files) return;
    try {
      const imported = importLayersModel(files.json, files.weights);
      this.onImported(imported);
      this.files.say('sandbox.importDone', { name: imported.spec.name });
    } catch (error) {
      this.files.fail(() => (error instanceof ImportError ? importErrorMessage(error) : t('sandbox.importFailed', { detail: String((error as Error)?.message ?? error) })));
    }
  }

  private async keras(): Promise<void> {
    let code: string;
    try {
      code = kerasCode(this.state.spec, this.state.settings);
    } catch {
      return; // the button is disabled while the network is invalid
    }
    this.code.textContent = code;
    this.codeBlock.hidden = false;
    await this.copy(code, this.kerasStatus, 'sandbox.kerasCopied', 'sandbox.kerasCopyFailed');
  }
}
