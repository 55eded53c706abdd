// The layer editor (DOM): where to start from (a preset or empty), the network's name, one card per
// layer in order (layer-card.ts), and the "add a layer" form (kind and place). Every edit goes
// through the pure draft functions (draft.ts) and is reported with the new draft; the owner
// analyses it and hands the analysis back (showAnalysis) so each card shows its shape and rule.
import { preset } from '../../../shared/presets';
import type { LayerKind, LayerSpec } from '../../../shared/spec';
import { h } from '../../framework/dom';
import { BoundTexts } from '../../i18n/bound-texts';
import { t, type MessageParams } from '../../i18n/i18n';
import type { MessageKey } from '../../i18n/messages';
import type { Analysis } from './analysis';
import { addLayer, draftFromSpec, emptyDraft, indexOfKey, LAYER_KINDS, moveLayer, removeLayer, renameDraft, updateLayer, type Draft } from './draft';
import { LayerCard } from './layer-card';
import { specErrorMessage } from '../error-messages';
import { KIND_NAMES, SANDBOX_PRESETS } from './presets';

const EMPTY = '';

export class LayerEditorView {
  readonly element: HTMLElement;
  private readonly texts = new BoundTexts();
  private readonly presetSelect = h('select', { id: 'sb-preset' });
  private readonly loadButton = h('button', { type: 'button', class: 'button', id: 'sb-load-preset' });
  private readonly nameInput = h('input', { type: 'text', id: 'sb-name', maxlength: 64, autocomplete: 'off', spellcheck: 'false' });
  private readonly list = h('ol', { class: 'sb-layers', id: 'sb-layers' });
  private readonly emptyNote = h('p', { class: 'lv-hint', id: 'sb-no-layers' });
  /** A rule about the network as a whole (no layer to show it at): the classifier, the caps. */
  private readonly networkProblem = h('p', { class: 'sb-problem', id: 'sb-network-problem', hidden: true });
  private readonly kindSelect = h('select', { id: 'sb-add-kind' });
  private readonly whereSelect = h('select', { id: 'sb-add-where' });
  private readonly addButton = h('button', { type: 'button', class: 'button', id: 'sb-add' });
  private readonly status = h('p', { class: 'visually-hidden', id: 'sb-editor-status', 'aria-live': 'polite' });
  private readonly cards = new Map<number, LayerCard>();
  private draft: Draft = emptyDraft();
  private analysis: Analysis | null = null;
  private statusMessage: [MessageKey, MessageParams?] | null = null;

  constructor(private readonly onChange: (draft: Draft) => void) {
    for (const p of SANDBOX_PRESETS) this.presetSelect.append(h('option', { value: p.name }));
    this.presetSelect.append(h('option', { value: EMPTY }));
    for (const kind of LAYER_KINDS) this.kindSelect.append(h('option', { value: kind }));
    const field = (control: HTMLElement, key: MessageKey) => h('div', { class: 'lv-field' }, this.texts.set(h('label', { for: control.id }), key), control);
    this.element = h(
      'section',
      { class: 'sb-panel sb-editor', 'aria-labelledby': 'sb-editor-heading' },
      this.texts.set(h('h3', { id: 'sb-editor-heading' }), 'sandbox.editorHeading'),
      this.texts.set(h('p', { class: 'lv-hint' }), 'sandbox.editorIntro'),
      h('div', { class: 'sb-row' }, field(this.presetSelect, 'sandbox.startFrom'), this.loadButton, field(this.nameInput, 'sandbox.modelName')),
      this.texts.set(h('p', { class: 'sb-input-line', id: 'sb-input-line' }), 'sandbox.inputLine', { shape: '28 × 28 × 1' }),
      this.emptyNote,
      this.texts.attr(this.list, 'aria-label', 'sandbox.layersLabel'),
      this.networkProblem,
      this.texts.set(h('p', { class: 'lv-hint' }), 'sandbox.reorderHint'),
      h(
        'fieldset',
        { class: 'sb-add' },
        this.texts.set(h('legend'), 'sandbox.addHeading'),
        h('div', { class: 'sb-row' }, field(this.kindSelect, 'sandbox.addKind'), field(this.whereSelect, 'sandbox.addWhere'), this.addButton),
      ),
      this.status,
    );
    this.loadButton.addEventListener('click', () => this.loadPreset());
    this.nameInput.addEventListener('input', () => this.change(renameDraft(this.draft, this.nameInput.value)));
    this.addButton.addEventListener('click', () => this.add());
  }

  get current(): Draft {
    return this.draft;
  }

  /** Shows `draft` (a new network: every card is rebuilt when its keys differ). */
  set(draft: Draft): void {
    this.draft = draft;
    this.nameInput.value = draft.name;
    if (SANDBOX_PRESETS.some((p) => p.name === draft.name)) this.presetSelect.value = draft.name;
    this.syncCards();
  }

  /** What the owner worked out for the current draft: shapes, costs and the rule broken. */
  showAnalysis(analysis: Analysis): void {
    this.analysis = analysis;
    this.renderCards();
  }

  translate(): void {
    this.texts.apply();
    SANDBOX_PRESETS.forEach((p, i) => (this.presetSelect.options[i].textContent = t(p.label)));
    this.presetSelect.options[SANDBOX_PRESETS.length].textContent = t('sandbox.startEmpty');
    this.loadButton.textContent = t('sandbox.startLoad');
    LAYER_KINDS.forEach((kind, i) => (this.kindSelect.options[i].textContent = t(KIND_NAMES[kind])));
    this.addButton.textContent = t('sandbox.addButton');
    this.emptyNote.textContent = t('sandbox.noLayers');
    this.status.textContent = this.statusMessage ? t(...this.statusMessage) : '';
    this.renderCards();
  }

  private change(draft: Draft, announce?: [MessageKey, MessageParams?]): void {
    this.draft = draft;
    this.syncCards();
    if (announce) this.announce(...announce);
    this.onChange(draft);
  }

  private announce(key: MessageKey, params?: MessageParams): void {
    this.statusMessage = [key, params];
    this.status.textContent = t(key, params);
  }

  private loadPreset(): void {
    const name = this.presetSelect.value;
    const spec = name === EMPTY ? undefined : preset(name);
    const label = SANDBOX_PRESETS.find((p) => p.name === name)?.label ?? 'sandbox.startEmpty';
    const draft = spec ? draftFromSpec(spec) : emptyDraft();
    this.nameInput.value = draft.name;
    this.change(draft, ['sandbox.presetLoaded', { name: t(label) }]);
  }

  private add(): void {
    const kind = this.kindSelect.value as LayerKind;
    const at = this.whereSelect.value === EMPTY ? this.draft.layers.length : Number(this.whereSelect.value);
    const next = addLayer(this.draft, kind, at);
    const index = Math.min(at, this.draft.layers.length);
    this.change(next, ['sandbox.layerAdded', { n: index + 1, kind: t(KIND_NAMES[kind]) }]);
  }

  private edit(key: number, spec: LayerSpec): void {
    const index = indexOfKey(this.draft, key);
    if (index >= 0) this.change(updateLayer(this.draft, index, spec));
  }

  private move(key: number, delta: number): void {
    const index = indexOfKey(this.draft, key);
    const next = moveLayer(this.draft, index, delta);
    if (next === this.draft) return;
    const focused = document.activeElement as HTMLElement | null;
    this.change(next, ['sandbox.layerMoved', { n: indexOfKey(next, key) + 1 }]);
    if (focused && this.cards.get(key)?.contains(focused)) focused.focus();
  }

  private remove(key: number): void {
    const index = indexOfKey(this.draft, key);
    if (index < 0) return;
    const next = removeLayer(this.draft, index);
    this.change(next, ['sandbox.layerRemoved', { n: index + 1 }]);
    const neighbour = next.layers[Math.min(index, next.layers.length - 1)];
    (neighbour ? this.cards.get(neighbour.key)!.focusTarget() : this.kindSelect).focus();
  }

  /**
   * Cards for the draft's layers, in order: new keys get a card, gone ones lose theirs, and a key
   * whose spec is not the one its card last reported (a newly loaded network) gets a fresh card.
   */
  private syncCards(): void {
    const current = new Map(this.draft.layers.map((l) => [l.key, l.spec]));
    for (const [key, card] of this.cards) {
      if (current.get(key) === card.spec) continue;
      card.element.remove();
      this.cards.delete(key);
    }
    const events = { edit: (k: number, s: LayerSpec) => this.edit(k, s), move: (k: number, d: number) => this.move(k, d), remove: (k: number) => this.remove(k) };
    this.draft.layers.forEach((layer, i) => {
      let card = this.cards.get(layer.key);
      if (!card) this.cards.set(layer.key, (card = new LayerCard(layer.key, layer.spec, events)));
      if (this.list.children[i] !== card.element) this.list.insertBefore(card.element, this.list.children[i] ?? null);
      card.setPosition(i, this.draft.layers.length);
    });
    this.emptyNote.hidden = this.draft.layers.length > 0;
    this.renderWhere();
    this.renderCards();
  }

  private renderWhere(): void {
    const chosen = this.whereSelect.value;
    const options = [h('option', { value: EMPTY }, t('sandbox.addAtEnd'))];
    this.draft.layers.forEach((layer, i) => options.push(h('option', { value: i }, t('sandbox.addBefore', { n: i + 1, kind: t(KIND_NAMES[layer.spec.kind]) }))));
    this.whereSelect.replaceChildren(...options);
    this.whereSelect.value = Number(chosen) < this.draft.layers.length ? chosen : EMPTY;
  }

  private renderCards(): void {
    const analysis = this.analysis;
    const wide = analysis?.problem && analysis.problem.layerIndex < 0 ? analysis.problem : null;
    this.networkProblem.hidden = !wide;
    this.networkProblem.textContent = wide ? specErrorMessage(wide) : '';
    this.draft.layers.forEach((layer, i) => {
      const problem = analysis?.problem && analysis.problem.layerIndex === i ? analysis.problem : null;
      this.cards.get(layer.key)?.render(analysis?.rows[i], problem);
    });
  }
}
