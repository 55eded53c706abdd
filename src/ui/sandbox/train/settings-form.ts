// The training settings (DOM): epochs, batch size, learning rate, optimiser, seed, the data (a
// subset of the training images or all 54,000 after the validation split) and threads. Each
// number is checked against the sandbox's ranges as it is typed; a setting out of range is marked
// at its input (aria-invalid, described by a message naming the range). Reports valid settings.
import { OPTIMIZERS, SETTING_LIMITS, type NumericSetting, type OptimizerName, type SandboxSettings } from '../../../shared/sandbox-settings';
import { trainCountAfterSplit, VALIDATION_SPLIT } from '../../../shared/training-types';
import { h } from '../../framework/dom';
import { BoundTexts } from '../../i18n/bound-texts';
import { formatNumber, t } from '../../i18n/i18n';
import type { MessageKey } from '../../i18n/messages';

const TRAIN_IMAGES = 60_000;
type FormNumber = Exclude<NumericSetting, 'trainLimit'> | 'subset';

const FIELDS: readonly { name: FormNumber; setting: NumericSetting; label: MessageKey }[] = [
  { name: 'epochs', setting: 'epochs', label: 'sandboxSettingNames.epochs' },
  { name: 'batchSize', setting: 'batchSize', label: 'sandboxSettingNames.batchSize' },
  { name: 'learningRate', setting: 'learningRate', label: 'sandboxSettingNames.learningRate' },
  { name: 'seed', setting: 'seed', label: 'sandboxSettingNames.seed' },
  { name: 'threads', setting: 'threads', label: 'sandboxSettingNames.threads' },
  { name: 'subset', setting: 'trainLimit', label: 'sandbox.settingsSubsetCount' },
];

/** The value of one number field, or null when it is outside its range (or not a number). */
export function checkedSetting(setting: NumericSetting, value: number): number | null {
  const { min, max, integer } = SETTING_LIMITS[setting];
  return Number.isFinite(value) && value >= min && value <= max && (!integer || Number.isInteger(value)) ? value : null;
}

export class SettingsForm {
  readonly element: HTMLFieldSetElement;
  private readonly texts = new BoundTexts();
  private readonly inputs = new Map<FormNumber, HTMLInputElement>();
  private readonly problems = new Map<FormNumber, HTMLParagraphElement>();
  private readonly optimizer = h('select', { id: 'sb-optimizer' });
  private readonly subsetRadio = h('input', { type: 'radio', name: 'sb-data', id: 'sb-data-subset', value: 'subset', checked: true });
  private readonly allRadio = h('input', { type: 'radio', name: 'sb-data', id: 'sb-data-all', value: 'all' });
  private readonly allLabel = h('label', { for: 'sb-data-all' });

  constructor(private readonly onChange: (settings: SandboxSettings | null) => void) {
    for (const name of OPTIMIZERS) this.optimizer.append(h('option', { value: name }, name === 'adam' ? 'Adam' : 'SGD'));
    const numberField = ({ name, setting, label }: (typeof FIELDS)[number]) => {
      const id = `sb-setting-${name}`;
      const { min, max, integer } = SETTING_LIMITS[setting];
      const input = h('input', { type: 'number', id, min, max, step: integer ? 1 : 'any', inputmode: integer ? 'numeric' : 'decimal', required: true });
      const problem = h('p', { class: 'sb-problem', id: `${id}-problem`, hidden: true });
      input.addEventListener('input', () => this.changed());
      this.inputs.set(name, input);
      this.problems.set(name, problem);
      return h('div', { class: 'field' }, this.texts.set(h('label', { for: id }), label), input, problem);
    };
    const [epochs, batch, rate, seed, threads, subset] = FIELDS.map(numberField);
    const radio = (input: HTMLInputElement, label: HTMLLabelElement) => h('div', { class: 'lv-radio' }, input, label);
    this.element = h(
      'fieldset',
      { class: 'sb-settings', id: 'sb-settings' },
      this.texts.set(h('legend'), 'sandbox.settingsHeading'),
      epochs,
      batch,
      h('div', { class: 'field' }, this.texts.set(h('label', { for: 'sb-optimizer' }), 'sandbox.settingsOptimizer'), this.optimizer),
      rate,
      seed,
      h(
        'fieldset',
        { class: 'lv-choice sb-data' },
        this.texts.set(h('legend'), 'sandbox.settingsData'),
        radio(this.subsetRadio, this.texts.set(h('label', { for: 'sb-data-subset' }), 'sandbox.settingsSubset')),
        radio(this.allRadio, this.allLabel),
      ),
      subset,
      threads,
    );
    this.optimizer.addEventListener('change', () => this.changed());
    for (const input of [this.subsetRadio, this.allRadio]) input.addEventListener('change', () => this.changed());
  }

  set(settings: SandboxSettings): void {
    const value = (name: FormNumber) => (name === 'subset' ? (settings.trainLimit ?? 6000) : settings[name]);
    for (const [name, input] of this.inputs) input.value = String(value(name));
    this.optimizer.value = settings.optimizer;
    this.subsetRadio.checked = settings.trainLimit !== null;
    this.allRadio.checked = settings.trainLimit === null;
    this.markAll();
  }

  /** The settings as typed, or null while one is out of range (that one is marked). */
  read(): SandboxSettings | null {
    const values = new Map<FormNumber, number | null>();
    for (const { name, setting } of FIELDS) values.set(name, checkedSetting(setting, this.inputs.get(name)!.valueAsNumber));
    this.markAll(values);
    const all = this.allRadio.checked;
    if ([...values].some(([name, v]) => v === null && !(name === 'subset' && all))) return null;
    const v = (name: FormNumber) => values.get(name)!;
    return {
      epochs: v('epochs')!,
      batchSize: v('batchSize')!,
      learningRate: v('learningRate')!,
      optimizer: this.optimizer.value as OptimizerName,
      seed: v('seed')!,
      trainLimit: all ? null : v('subset'),
      threads: v('threads')!,
    };
  }

  setDisabled(disabled: boolean): void {
    this.element.disabled = disabled;
  }

  translate(): void {
    this.texts.apply();
    this.allLabel.textContent = t('sandbox.settingsAll', { count: formatNumber(trainCountAfterSplit(TRAIN_IMAGES, VALIDATION_SPLIT)) });
    this.markAll();
  }

  private changed(): void {
    this.onChange(this.read());
  }

  private markAll(values?: Map<FormNumber, number | null>): void {
    for (const { name, setting, label } of FIELDS) {
      const input = this.inputs.get(name)!;
      const ok = (values ? values.get(name) : checkedSetting(setting, input.valueAsNumber)) !== null || (name === 'subset' && this.allRadio.checked);
      const problem = this.problems.get(name)!;
      const { min, max } = SETTING_LIMITS[setting];
      input.setAttribute('aria-invalid', String(!ok));
      problem.hidden = ok;
      problem.textContent = ok ? '' : t('sandbox.settingsRange', { field: t(label), min: formatNumber(min), max: formatNumber(max) });
      if (ok) input.removeAttribute('aria-describedby');
      else input.setAttribute('aria-describedby', problem.id);
    }
    this.inputs.get('subset')!.disabled = this.allRadio.checked;
  }
}
