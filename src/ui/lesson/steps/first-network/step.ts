// "Build the first network": the tutorial's Keras code, a prediction (the conv layer's output
// shape and the total parameter count), then the reveal: Keras' model.summary() and a
// plot_model-style diagram of boxes with their shapes — all DOM text, from the shared planner.
import { h } from '../../../framework/dom';
import { BoundTexts } from '../../../i18n/bound-texts';
import type { LessonContext, LessonStep } from '../../step';
import { checkFirstNetwork, FIRST_NETWORK_POINTS, firstNetworkPlan, type FirstNetworkCheck } from './model';
import { PredictionForm } from './prediction-form';
import { RevealView } from './reveal-view';
import './step.css';

const GUESS_KEY = 'first-network.guess';

const KERAS_CODE = `model = keras.Sequential([
    keras.layers.Conv2D(5, (1, 3), activation='relu',
                        input_shape=(28, 28, 1)),
    keras.layers.Flatten(),
    keras.layers.Dense(10, activation='softmax'),
])
model.summary()`;

class FirstNetworkStep implements LessonStep {
  readonly id = 'first-network';
  readonly titleKey = 'stepFirstNetwork.title';
  readonly element: HTMLElement;
  private readonly plan = firstNetworkPlan();
  private readonly texts = new BoundTexts();
  private readonly form = new PredictionForm(this.texts, this.plan, () => this.check());
  private readonly reveal = new RevealView(this.texts, this.plan);
  private context!: LessonContext;

  constructor() {
    const texts = this.texts;
    this.element = h(
      'div',
      { class: 'lesson-first-network' },
      texts.set(h('p', { class: 'lesson-lead' }), 'stepFirstNetwork.intro'),
      texts.set(h('h3', { id: 'fn-code-heading' }), 'stepFirstNetwork.codeHeading'),
      h('pre', { class: 'code', tabindex: 0, 'aria-labelledby': 'fn-code-heading', translate: 'no' }, h('code', { lang: 'en' }, KERAS_CODE)),
      this.form.element,
      this.reveal.element,
    );
  }

  prepare(context: LessonContext): void {
    this.context = context;
    const saved = context.progress.get<Record<string, string>>(GUESS_KEY);
    if (saved) {
      this.form.values = saved;
      this.showResult(checkFirstNetwork(this.form.guess(), this.plan));
    }
  }

  translate(): void {
    this.texts.apply();
    this.reveal.translate();
    this.form.translate();
  }

  private check(): void {
    const guess = this.form.guess();
    if (!this.form.complete(guess)) return;
    const checked = checkFirstNetwork(guess, this.plan);
    if (this.context.progress.get(GUESS_KEY) === undefined) {
      this.context.award((checked.shape ? FIRST_NETWORK_POINTS.shape : 0) + (checked.params ? FIRST_NETWORK_POINTS.params : 0));
    }
    this.context.progress.set(GUESS_KEY, this.form.values);
    this.context.complete(FIRST_NETWORK_POINTS.completion);
    this.showResult(checked);
  }

  private showResult(checked: FirstNetworkCheck): void {
    this.form.show(checked);
    this.reveal.shown = true;
  }
}

export function createFirstNetworkStep(): LessonStep {
  return new FirstNetworkStep();
}
