// What "Build the first network" reveals after the check: Keras' model.summary(), where its
// numbers come from, term by term, and a plot_model-style diagram of boxes with their shapes.
import { sizeOf, type ModelPlan } from '../../../../shared/plan';
import { summaryText } from '../../../../shared/summary';
import { h } from '../../../framework/dom';
import type { BoundTexts } from '../../../i18n/bound-texts';
import { formatNumber, t } from '../../../i18n/i18n';
import { diagramBoxes } from './model';

export class RevealView {
  readonly element = h('div', { class: 'fn-reveal', id: 'fn-reveal', hidden: true });
  private readonly summary = h('pre', { class: 'model-summary', id: 'fn-summary', tabindex: 0, 'aria-labelledby': 'fn-summary-heading' });
  private readonly arithmetic = h('ul', { class: 'fn-arithmetic' });
  private readonly diagram = h('ol', { class: 'layer-diagram', id: 'fn-diagram', 'aria-labelledby': 'fn-diagram-heading' });

  constructor(
    texts: BoundTexts,
    private readonly plan: ModelPlan,
  ) {
    this.element.append(
      texts.set(h('h3', { id: 'fn-summary-heading' }), 'stepFirstNetwork.summaryHeading'),
      this.summary,
      texts.set(h('h3', { id: 'fn-arithmetic-heading' }), 'stepFirstNetwork.arithmeticHeading'),
      this.arithmetic,
      texts.set(h('h3', { id: 'fn-diagram-heading' }), 'stepFirstNetwork.diagramHeading'),
      texts.set(h('p'), 'stepFirstNetwork.diagramIntro'),
      this.diagram,
    );
    this.summary.textContent = summaryText(plan);
    this.summary.setAttribute('translate', 'no');
  }

  set shown(shown: boolean) {
    this.element.hidden = !shown;
  }

  translate(): void {
    this.renderArithmetic();
    this.renderDiagram();
  }

  /** Keras' counts, term by term: conv = filters × (kh·kw·in) + biases; dense = inputs × units + units. */
  private renderArithmetic(): void {
    const [conv, flatten, dense] = this.plan.layers;
    const kernel = conv.params.find((p) => p.role === 'kernel')!.shape;
    const items = [
      t('stepFirstNetwork.convParams', { filters: kernel[3], kh: kernel[0], kw: kernel[1], channels: kernel[2], count: conv.paramCount }),
      t('stepFirstNetwork.flattenShape', { height: conv.outputShape[0], width: conv.outputShape[1], channels: conv.outputShape[2], count: sizeOf(flatten.outputShape) }),
      t('stepFirstNetwork.denseParams', { inputs: sizeOf(dense.inputShape), units: dense.outputShape[0], count: dense.paramCount }),
      t('stepFirstNetwork.totalParams', { conv: conv.paramCount, dense: dense.paramCount, total: this.plan.totalParams }),
    ];
    this.arithmetic.replaceChildren(...items.map((item) => h('li', {}, item)));
  }

  private renderDiagram(): void {
    this.diagram.replaceChildren(
      ...diagramBoxes(this.plan).map((box) =>
        h(
          'li',
          { class: 'layer-box', 'data-layer': box.name },
          h('p', { class: 'layer-box-name', translate: 'no' }, `${box.name}: ${box.kerasClass}`),
          h(
            'dl',
            { class: 'layer-box-shapes' },
            h('dt', {}, t('stepFirstNetwork.input')),
            h('dd', { translate: 'no' }, box.input),
            h('dt', {}, t('stepFirstNetwork.output')),
            h('dd', { translate: 'no' }, box.output),
            h('dt', {}, t('stepFirstNetwork.params')),
            h('dd', {}, formatNumber(box.params)),
          ),
        ),
      ),
    );
  }
}
