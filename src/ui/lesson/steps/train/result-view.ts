// What a trained first network scored: test accuracy and errors, the tutorial's numbers, what the
// last epoch says about memorising, the learner's guess and its points, and a note on quick mode.
import { h } from '../../../framework/dom';
import type { BoundTexts } from '../../../i18n/bound-texts';
import { formatNumber } from '../../../i18n/i18n';
import { formatFixed, formatPercent } from '../../../views/format';
import type { TrainedModel } from '../../step';
import { generalisationGap, NOTABLE_GAP_POINTS, QUICK_BUDGET } from './model';

export class ResultView {
  readonly element = h('div', { class: 'lt-result', id: 'train-result', tabindex: -1, hidden: true });

  constructor(private readonly texts: BoundTexts) {}

  set shown(shown: boolean) {
    this.element.hidden = !shown;
  }

  /** `guess` (percent) and its `points`, when the learner made one. */
  show(model: TrainedModel, guess?: { value: number; points: number }): void {
    const texts = this.texts;
    const accuracy = model.testAccuracy ?? 0;
    const parts: HTMLElement[] = [
      texts.set(h('p', { class: 'lt-result-main' }), 'stepTrain.testResult', { acc: formatPercent(accuracy, 2), errors: model.testErrors ?? 0, count: 10_000 }),
      texts.set(h('p'), 'stepTrain.tutorialResult'),
    ];
    const gap = generalisationGap(model.history);
    if (gap !== null) parts.push(texts.set(h('p'), gap > NOTABLE_GAP_POINTS ? 'stepTrain.gapNotable' : 'stepTrain.gapSmall', { gap: formatFixed(gap, 1) }));
    if (guess) {
      parts.push(
        texts.set(h('p', { class: 'lt-score' }), 'stepTrain.guessResult', {
          guess: formatNumber(guess.value, undefined, { maximumFractionDigits: 1 }),
          off: formatFixed(Math.abs(guess.value - accuracy * 100), 1),
          points: guess.points,
        }),
      );
    }
    if (model.quick) parts.push(texts.set(h('p', { class: 'lt-hint' }), 'stepTrain.quickNote', { ...QUICK_BUDGET }));
    for (const child of [...this.element.children]) texts.forget(child as HTMLElement);
    this.element.replaceChildren(...parts);
    this.element.dataset.testAccuracy = String(accuracy);
    this.element.dataset.testErrors = String(model.testErrors ?? '');
    this.element.hidden = false;
  }
}
