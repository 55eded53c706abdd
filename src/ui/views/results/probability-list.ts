// The network's top classes as an accessible list with bars (DOM): "Shirt: 54.2 %".
import { h } from '../../framework/dom';
import { className, t } from '../../i18n/i18n';
import { topClasses, type ClassProbability } from '../feature-maps/activations';
import { formatPercent } from '../format';
import './results.css';

export class ProbabilityList {
  readonly element: HTMLElement;
  private readonly caption = h('p', { class: 'lv-probabilities-caption' });
  private readonly list = h('ol', { class: 'lv-probabilities' });
  private top: ClassProbability[] = [];

  constructor(id: string) {
    this.list.id = id;
    this.element = h('div', { class: 'lv-probability-box' }, this.caption, this.list);
  }

  /** The 10 softmax outputs (or nothing: empties the list). */
  set(probabilities: ArrayLike<number> | null): void {
    this.top = probabilities ? topClasses(probabilities, 3) : [];
    this.render();
  }

  get predicted(): number | undefined {
    return this.top[0]?.label;
  }

  private render(): void {
    this.list.replaceChildren(
      ...this.top.map(({ label, probability }) =>
        h(
          'li',
          { 'data-label': label, 'data-probability': probability },
          h('span', {}, t('views.probabilityItem', { label: className(label), probability: formatPercent(probability) })),
          h('span', { class: 'lv-bar', 'aria-hidden': 'true' }, h('span', { style: `width: ${(probability * 100).toFixed(1)}%` })),
        ),
      ),
    );
    this.list.dataset.predicted = this.top[0] ? String(this.top[0].label) : '';
  }

  translate(): void {
    this.caption.textContent = t('views.probabilitiesCaption');
    this.render();
  }
}
