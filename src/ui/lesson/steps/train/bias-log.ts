// The tutorial's "print layer 0's bias every epoch" callback, as code and as a printout of the
// learner's run: the bias before training and after every epoch.
import { h } from '../../../framework/dom';
import type { BoundTexts } from '../../../i18n/bound-texts';
import { t } from '../../../i18n/i18n';
import { formatVector, type Layer0Snapshot } from './model';

/** The notebook's callback, shown as code (not translated). */
const CALLBACK_CODE = `print_weights = LambdaCallback(
  on_epoch_begin=lambda epoch, logs:
    print(model.layers[0].get_weights()[1]),
  on_epoch_end=lambda epoch, logs:
    print('-----'))
model.fit(..., callbacks=[print_weights])`;

export class BiasLog {
  readonly element: HTMLElement;
  private readonly list = h('ol', { class: 'lt-bias-log', id: 'train-bias-log', tabindex: 0 });

  constructor(texts: BoundTexts) {
    this.element = h(
      'section',
      { class: 'lt-panel', 'aria-labelledby': 'train-log-heading' },
      texts.set(h('h3', { id: 'train-log-heading' }), 'stepTrain.logHeading'),
      texts.set(h('p', { class: 'lt-hint' }), 'stepTrain.logIntro'),
      h('pre', { class: 'lt-code', lang: 'en', translate: 'no', tabindex: 0 }, h('code', {}, CALLBACK_CODE)),
      this.list,
    );
    texts.attr(this.list, 'aria-label', 'stepTrain.logHeading');
  }

  /** `snapshots[0]`: before training (may be unknown), `[i]`: after epoch i. */
  render(snapshots: readonly (Layer0Snapshot | undefined)[]): void {
    const lines = snapshots.flatMap((snapshot, epoch) =>
      snapshot
        ? [
            h(
              'li',
              { 'data-epoch': epoch },
              h('span', { class: 'lt-log-label' }, epoch === 0 ? t('stepTrain.logStart') : t('stepTrain.logEpoch', { epoch })),
              ' ',
              h('code', {}, formatVector(snapshot.bias, 3)),
            ),
          ]
        : [],
    );
    this.list.replaceChildren(...lines);
    this.list.hidden = lines.length === 0;
  }
}
