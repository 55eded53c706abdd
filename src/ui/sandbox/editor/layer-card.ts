// One layer in the editor: a fieldset with its options (labelled inputs), its output shape and
// costs, the rule it breaks (right under it: the inputs concerned get aria-invalid, and every input
// of the layer is described by the message), and buttons to move or remove it. Alt + ↑ / ↓ inside
// the card moves the layer. The card reports edits; the editor owns the draft.
import type { LayerSpec } from '../../../shared/spec';
import type { SpecError } from '../../../shared/spec-error';
import { h } from '../../framework/dom';
import { t } from '../../i18n/i18n';
import { specErrorMessage } from '../error-messages';
import { formatBytes, formatCount, formatShape } from '../format';
import type { LayerRow } from './analysis';
import { fieldsOf, fieldsOfProblem, type FieldId, type LayerField } from './layer-fields';
import { KIND_NAMES } from './presets';

export interface LayerCardEvents {
  edit(key: number, spec: LayerSpec): void;
  move(key: number, delta: number): void;
  remove(key: number): void;
}

interface FieldControl {
  field: LayerField;
  input: HTMLInputElement | HTMLSelectElement;
  label: HTMLLabelElement;
}

export class LayerCard {
  readonly element: HTMLLIElement;
  private readonly legend = h('legend');
  private readonly stats: HTMLParagraphElement;
  private readonly problem: HTMLParagraphElement;
  private readonly controls: FieldControl[];
  private readonly up = h('button', { type: 'button', class: 'button button-quiet sb-small' });
  private readonly down = h('button', { type: 'button', class: 'button button-quiet sb-small' });
  private readonly removeButton = h('button', { type: 'button', class: 'button button-quiet sb-small sb-remove' });
  private readonly fieldset: HTMLFieldSetElement;
  private currentSpec: LayerSpec;
  private index = 0;
  private shownProblem: SpecError | null = null;

  constructor(
    readonly key: number,
    spec: LayerSpec,
    private readonly events: LayerCardEvents,
  ) {
    this.currentSpec = spec;
    const id = (name: string) => `sb-layer-${key}-${name}`;
    this.stats = h('p', { class: 'sb-layer-stats', id: id('stats') });
    this.problem = h('p', { class: 'sb-problem', id: id('problem'), hidden: true });
    this.controls = fieldsOf(spec.kind).map((field) => this.control(field, id(field.id)));
    this.up.id = id('up');
    this.down.id = id('down');
    this.removeButton.id = id('remove');
    this.fieldset = h(
      'fieldset',
      { class: 'sb-layer-fields' },
      this.legend,
      h('div', { class: 'sb-field-grid' }, ...this.controls.map((c) => h('div', { class: 'sb-field' }, c.label, c.input))),
      this.stats,
      this.problem,
      h('div', { class: 'sb-layer-buttons' }, this.up, this.down, this.removeButton),
    );
    this.element = h('li', { class: 'sb-layer', 'data-key': key, 'data-kind': spec.kind }, this.fieldset);
    this.up.addEventListener('click', () => events.move(key, -1));
    this.down.addEventListener('click', () => events.move(key, 1));
    this.removeButton.addEventListener('click', () => events.remove(key));
    this.element.addEventListener('keydown', (event) => {
      if (!event.altKey || (event.key !== 'ArrowUp' && event.key !== 'ArrowDown')) return;
      event.preventDefault();
      events.move(key, event.key === 'ArrowUp' ? -1 : 1);
    });
  }

  private control(field: LayerField, id: string): FieldControl {
    const label = h('label', { for: id });
    let input: HTMLInputElement | HTMLSelectElement;
    if (field.type === 'number') {
      const integer = field.step !== 'any';
      input = h('input', { type: 'number', id, min: field.min, max: field.max, step: field.step, inputmode: integer ? 'numeric' : 'decimal', value: String(field.read(this.currentSpec)) });
      input.addEventListener('input', () => this.changed(field.write(this.currentSpec, (input as HTMLInputElement).valueAsNumber)));
    } else {
      input = h('select', { id });
      for (const option of field.options) input.append(h('option', { value: option }, option));
      input.value = field.read(this.currentSpec);
      input.addEventListener('change', () => this.changed(field.write(this.currentSpec, input.value)));
    }
    return { field, input, label };
  }

  /** The spec this card shows and last reported (a draft holding another object for its key needs a new card). */
  get spec(): LayerSpec {
    return this.currentSpec;
  }

  private changed(spec: LayerSpec): void {
    this.currentSpec = spec;
    this.events.edit(this.key, spec);
  }

  /** Its place in the network (0-based) and how many layers there are. */
  setPosition(index: number, count: number): void {
    this.index = index;
    this.up.disabled = index === 0;
    this.down.disabled = index === count - 1;
    this.element.dataset.index = String(index);
  }

  /** Shows the layer's shape and costs, and the rule it breaks (or none). */
  render(row: LayerRow | undefined, problem: SpecError | null): void {
    const n = this.index + 1;
    this.legend.textContent = t('sandbox.layerLegend', { n, kind: t(KIND_NAMES[this.currentSpec.kind]) });
    for (const { field, label } of this.controls) label.textContent = t(field.label);
    this.up.textContent = t('sandbox.moveUp');
    this.down.textContent = t('sandbox.moveDown');
    this.removeButton.textContent = t('sandbox.remove');
    this.up.setAttribute('aria-label', t('sandbox.moveUpLabel', { n }));
    this.down.setAttribute('aria-label', t('sandbox.moveDownLabel', { n }));
    this.removeButton.setAttribute('aria-label', t('sandbox.removeLabel', { n }));
    this.stats.textContent =
      row?.outputShape && row.params !== null
        ? t('sandbox.layerStats', { shape: formatShape(row.outputShape), params: formatCount(row.params), flops: formatCount(row.flops ?? 0), memory: formatBytes(row.activationBytes ?? 0) })
        : t('sandbox.layerStatsUnknown');
    this.showProblem(problem);
  }

  private showProblem(problem: SpecError | null): void {
    this.shownProblem = problem;
    this.problem.hidden = !problem;
    this.problem.textContent = problem ? specErrorMessage(problem) : '';
    this.element.dataset.invalid = String(!!problem);
    const pointed = new Set<FieldId>(problem ? fieldsOfProblem(problem, this.currentSpec.kind) : []);
    for (const { field, input } of this.controls) {
      input.setAttribute('aria-invalid', String(pointed.has(field.id)));
      input.setAttribute('aria-describedby', problem ? `${this.problem.id} ${this.stats.id}` : this.stats.id);
    }
    if (problem && this.controls.length === 0) this.fieldset.setAttribute('aria-describedby', this.problem.id);
    else this.fieldset.removeAttribute('aria-describedby');
  }

  get hasProblem(): boolean {
    return this.shownProblem !== null;
  }

  /** The first input the current problem points at, else the first input, else the remove button. */
  focusTarget(): HTMLElement {
    const invalid = this.controls.find((c) => c.input.getAttribute('aria-invalid') === 'true');
    return (invalid ?? this.controls[0])?.input ?? this.removeButton;
  }

  contains(element: Element | null): boolean {
    return element !== null && this.element.contains(element);
  }
}
