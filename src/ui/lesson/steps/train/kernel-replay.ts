// Replays layer 0's five 1×3 kernels and biases epoch by epoch: a scrubber and a table coloured on
// one diverging scale for the whole run (blue negative, red positive; the numbers are printed too).
import { h } from '../../../framework/dom';
import type { BoundTexts } from '../../../i18n/bound-texts';
import { t } from '../../../i18n/i18n';
import type { MessageKey } from '../../../i18n/messages';
import { formatFixed } from '../../../views/format';
import { weightShade } from '../../../views/heat';
import { FILTERS, kernelRows, largestMagnitude, type Layer0Snapshot } from './model';

export class KernelReplay {
  readonly element = h('section', { class: 'lt-panel lt-replay', 'aria-labelledby': 'train-replay-heading', hidden: true });
  private readonly scrubber = h('input', { type: 'range', id: 'train-kernel-epoch', min: 0, max: 0, step: 1, value: 0, disabled: true });
  private readonly output = h('output', { for: 'train-kernel-epoch', class: 'lt-scrubber-output' });
  private readonly caption = h('caption');
  private readonly body = h('tbody');
  private snapshots: readonly (Layer0Snapshot | undefined)[] = [];
  private epochs = 0;

  constructor(private readonly texts: BoundTexts) {
    const th = (key: MessageKey) => texts.set(h('th', { scope: 'col' }), key);
    const head = h('tr', {}, th('stepTrain.columnFilter'));
    for (let i = 1; i <= 3; i++) head.append(texts.set(h('th', { scope: 'col' }), 'stepTrain.columnWeight', { n: i }));
    head.append(th('stepTrain.columnBias'));
    this.element.append(
      texts.set(h('h3', { id: 'train-replay-heading' }), 'stepTrain.replayHeading'),
      texts.set(h('p', { class: 'lt-hint' }), 'stepTrain.replayIntro'),
      h('div', { class: 'lt-scrubber' }, texts.set(h('label', { for: 'train-kernel-epoch' }), 'stepTrain.scrubberLabel'), this.scrubber, this.output),
      h('table', { class: 'lt-table lt-kernels', id: 'train-kernels' }, this.caption, h('thead', {}, head), this.body),
    );
    this.scrubber.addEventListener('input', () => this.render());
  }

  /** Nothing to replay (a new run starts). */
  clear(): void {
    this.snapshots = [];
    this.element.hidden = true;
  }

  /** `snapshots[i]`: layer 0 after epoch i (0: before training, may be unknown), of `epochs`; shows `epoch`. */
  show(snapshots: readonly (Layer0Snapshot | undefined)[], epochs: number, epoch: number): void {
    this.snapshots = snapshots;
    this.epochs = epochs;
    const first = snapshots.findIndex((x) => x !== undefined);
    if (first < 0) return;
    this.element.hidden = false;
    this.scrubber.min = String(first);
    this.scrubber.max = String(snapshots.length - 1);
    this.scrubber.disabled = snapshots.length - first < 2;
    this.scrubber.value = String(epoch);
    this.render();
  }

  /** The kernels at the scrubber's epoch, in the current language. */
  render(): void {
    const epoch = this.scrubber.valueAsNumber;
    const snapshot = this.snapshots[epoch];
    if (!snapshot) return;
    const [key, params]: [MessageKey, Record<string, number>] = epoch === 0 ? ['stepTrain.kernelsInitial', {}] : ['stepTrain.kernelsAfterEpoch', { epoch, epochs: this.epochs }];
    this.texts.set(this.output, key, params);
    this.texts.attr(this.scrubber, 'aria-valuetext', key, params);
    this.caption.textContent = t('stepTrain.kernelsCaption', { when: t(key, params) });
    const scale = largestMagnitude(this.snapshots.filter((x): x is Layer0Snapshot => x !== undefined));
    const cell = (value: number) => {
      const shade = weightShade(value, scale);
      return h('td', { style: `background:${shade.background};color:${shade.ink}` }, formatFixed(value, 3));
    };
    const rows = kernelRows(snapshot.kernel, FILTERS).map((weights, f) => h('tr', {}, h('th', { scope: 'row' }, String(f + 1)), ...weights.map(cell), cell(snapshot.bias[f])));
    this.body.replaceChildren(...rows);
  }
}
