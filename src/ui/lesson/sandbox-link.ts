// The lesson frame's "Open in the sandbox" links: under every step that trains or looks into a
// network, one link per network the step uses, to `#sandbox?m=<the network and default settings>`,
// plus `&w=lesson:<preset>` when the learner trained it (the sandbox loads those weights from the
// app's storage; weights never travel in the address). The steps declare nothing: the frame knows
// which networks they use (STEP_NETWORKS). Re-renders when the step changes (the step body's
// content), the language changes or the learner reaches for a link; goes quiet once the lesson is left.
import { COMPARISON_PRESETS, preset } from '../../shared/presets';
import { DEFAULT_SANDBOX_SETTINGS } from '../../shared/sandbox-settings';
import { encodeShare, shareHash } from '../../shared/share-link';
import { h } from '../framework/dom';
import { subscribeLanguage, t } from '../i18n/i18n';
import { SANDBOX_PRESETS } from '../sandbox/editor/presets';
import { WEIGHTS_PARAM } from '../sandbox/sandbox-state';
import { lessonStepFromHash } from './lesson-state';
import './sandbox-link.css';

/** The networks each step trains or looks into (steps without one get no link). */
export const STEP_NETWORKS: Readonly<Record<string, readonly string[]>> = {
  'first-network': ['seed-a'],
  train: ['seed-a'],
  errors: ['seed-a'],
  inside: ['seed-a'],
  weights: ['seed-a'],
  'channel-max': ['seed-notebook', 'seed-a'],
  compare: COMPARISON_PRESETS,
  quiz: ['seed-a'],
};

/** The sandbox address of a preset, with the learner's trained weights when `trained`. */
export function sandboxHref(name: string, trained: boolean): string {
  const hash = shareHash(encodeShare(preset(name)!, DEFAULT_SANDBOX_SETTINGS));
  return trained ? `${hash}&${WEIGHTS_PARAM}=${encodeURIComponent(`lesson:${name}`)}` : hash;
}

export class SandboxLink {
  readonly element = h('nav', { class: 'lesson-sandbox-links', hidden: true });
  private readonly observer = new MutationObserver(() => this.render());
  private readonly unsubscribeLanguage: () => void;
  private readonly onHash = () => (lessonStepFromHash(location.hash) === null ? this.dispose() : this.render());

  /** `stepBody` holds the open step's DOM; `step()` names it; `trained(preset)` says whether the learner trained it. */
  constructor(
    stepBody: HTMLElement,
    private readonly step: () => string | undefined,
    private readonly store: () => { trained(preset: string): unknown } | undefined,
  ) {
    this.observer.observe(stepBody, { childList: true });
    this.unsubscribeLanguage = subscribeLanguage(() => this.render());
    addEventListener('hashchange', this.onHash);
    this.element.addEventListener('focusin', () => this.refreshLinks());
    this.element.addEventListener('pointerover', () => this.refreshLinks());
  }

  private render(): void {
    const networks = STEP_NETWORKS[this.step() ?? ''] ?? [];
    this.element.hidden = networks.length === 0;
    this.element.setAttribute('aria-label', t('sandbox.openInSandboxLabel'));
    const links = networks.map((name) => h('a', { href: '#sandbox', class: 'lesson-sandbox-link', 'data-network': name }));
    this.element.replaceChildren(h('span', {}, t('sandbox.openInSandbox')), ...links.map((a) => h('span', {}, ' ', a)));
    this.refreshLinks();
  }

  /** The links' addresses and texts, with the weights the learner has trained by now. */
  private refreshLinks(): void {
    for (const a of this.element.querySelectorAll<HTMLAnchorElement>('a[data-network]')) {
      const name = a.dataset.network!;
      const trained = this.store()?.trained(name) !== undefined;
      const label = SANDBOX_PRESETS.find((p) => p.name === name)?.label;
      a.href = sandboxHref(name, trained);
      a.textContent = t(trained ? 'sandbox.openTrained' : 'sandbox.openUntrained', { name: label ? t(label) : name });
    }
  }

  private dispose(): void {
    this.observer.disconnect();
    this.unsubscribeLanguage();
    removeEventListener('hashchange', this.onHash);
  }
}
