// The game settings (DOM form): which network plays, the level (locked ones say how to open them,
// with the best score of each open one), the seed that fixes the rounds, sound on or off, the link
// to share and Start. It reports choices; the screen decides what they mean.
import { h } from '../framework/dom';
import { BoundTexts } from '../i18n/bound-texts';
import { t } from '../i18n/i18n';
import { formatPercent } from '../views/format';
import { isUnlocked, LEVELS, UNLOCK_SCORE, type BestScores, type LevelId } from './game/levels';
import type { NetworkChoice } from './network/network-choices';

export interface SetupChoices {
  net: string;
  level: LevelId;
  seed: number;
}

export interface SetupState extends SetupChoices {
  networks: NetworkChoice[];
  best: BestScores;
  unlockAll: boolean;
  sound: boolean;
  /** Levels the chosen network cannot play (filter rounds need a first conv layer). */
  unplayable: LevelId[];
}

/** A learner's network in the list: from the lesson or the sandbox, with its test score or without. */
const LEARNER_TEXT = {
  lesson: ['play.networkLearner', 'play.networkLearnerUntested'],
  sandbox: ['play.networkSandbox', 'play.networkSandboxUntested'],
} as const;

export class SetupPanel {
  readonly element: HTMLElement;
  readonly startButton = h('button', { type: 'submit', class: 'button button-primary', id: 'play-start' });
  private readonly texts = new BoundTexts();
  private readonly networks = h('div', { class: 'pl-choice-list' });
  private readonly levels = h('div', { class: 'pl-choice-list' });
  private readonly seedInput = h('input', { type: 'text', inputmode: 'numeric', id: 'play-seed', autocomplete: 'off', pattern: '[0-9]*', maxlength: 10 });
  private readonly soundInput = h('input', { type: 'checkbox', id: 'play-sound' });
  private readonly share = h('p', { class: 'pl-hint pl-share', id: 'play-share' });
  private readonly notice = h('p', { class: 'pl-notice', role: 'status', id: 'play-notice' });
  private state?: SetupState;

  constructor(on: { change(choices: SetupChoices): void; sound(on: boolean): void; start(): void }) {
    const form = h(
      'form',
      { class: 'pl-setup-form', novalidate: true },
      h('fieldset', { class: 'pl-fieldset' }, this.texts.set(h('legend'), 'play.networkLegend'), this.networks),
      h('fieldset', { class: 'pl-fieldset' }, this.texts.set(h('legend'), 'play.levelLegend'), this.levels),
      h('div', { class: 'pl-field' }, this.texts.set(h('label', { for: 'play-seed' }), 'play.seedLabel'), this.seedInput),
      h('div', { class: 'pl-check' }, this.soundInput, this.texts.set(h('label', { for: 'play-sound' }), 'play.sound')),
      this.share,
      h('div', {}, this.startButton),
    );
    form.addEventListener('change', (event) => {
      if (event.target === this.soundInput) on.sound(this.soundInput.checked);
      else on.change(this.choices());
    });
    this.seedInput.addEventListener('input', () => {
      if (/^\d{1,10}$/.test(this.seedInput.value) && Number(this.seedInput.value) <= 0xffffffff) on.change(this.choices());
    });
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      on.start();
    });
    this.element = h(
      'section',
      { class: 'pl-panel pl-setup', 'aria-labelledby': 'play-setup-heading' },
      this.texts.set(h('h3', { id: 'play-setup-heading' }), 'play.setupHeading'),
      this.notice,
      form,
    );
  }

  /** The choices on screen (a seed being typed keeps the last valid one). */
  choices(): SetupChoices {
    const state = this.state!;
    const net = this.networks.querySelector<HTMLInputElement>('input:checked')?.value ?? state.net;
    const level = Number(this.levels.querySelector<HTMLInputElement>('input:checked')?.value ?? state.level) as LevelId;
    const typed = Number(this.seedInput.value);
    const seed = /^\d{1,10}$/.test(this.seedInput.value) && typed <= 0xffffffff ? typed : state.seed;
    return { net, level, seed };
  }

  set(state: SetupState): void {
    this.state = state;
    if (this.seedInput.value !== String(state.seed)) this.seedInput.value = String(state.seed);
    this.soundInput.checked = state.sound;
    this.render();
  }

  setNotice(text: (() => string) | null): void {
    this.notice.textContent = text ? text() : '';
    this.notice.hidden = !text;
  }

  setShareLink(link: string): void {
    this.share.textContent = t('play.shareLink', { link });
  }

  translate(): void {
    this.texts.apply();
    this.render();
  }

  private render(): void {
    const state = this.state;
    if (!state) return;
    // The radios are rebuilt: a keyboard user moving through them keeps the focus where it was.
    const focused = this.element.contains(document.activeElement) ? document.activeElement?.id : undefined;
    this.texts.set(this.startButton, 'play.start', { level: state.level });
    this.networks.replaceChildren(
      ...state.networks.map((choice, i) => {
        const acc = choice.testAccuracy === undefined ? undefined : formatPercent(choice.testAccuracy);
        const text = choice.source === 'house' ? t('play.networkHouse', { acc: acc ?? '—' }) : t(LEARNER_TEXT[choice.source][acc ? 0 : 1], { name: choice.name, acc: acc ?? '' });
        return this.radio('play-net', `play-net-${i}`, choice.id, choice.id === state.net, false, text);
      }),
    );
    this.levels.replaceChildren(
      ...LEVELS.map((level) => {
        const open = isUnlocked(level.id, state.best, state.unlockAll) && !state.unplayable.includes(level.id);
        const name = t('play.levelOption', { level: level.id, name: t(`play.level${level.name}`) });
        const best = state.best[level.id];
        const note = state.unplayable.includes(level.id)
          ? t('play.noFilters')
          : !open
            ? t('play.levelLocked', { score: UNLOCK_SCORE, previous: level.id - 1 })
            : `${t(`play.level${level.name}Rule`)}${best !== undefined ? ` (${t('play.levelBest', { score: best })})` : ''}`;
        return this.radio('play-level', `play-level-${level.id}`, String(level.id), level.id === state.level, !open, name, note);
      }),
    );
    if (focused && document.activeElement?.id !== focused) this.element.querySelector<HTMLElement>(`#${focused}`)?.focus();
  }

  private radio(name: string, id: string, value: string, checked: boolean, disabled: boolean, text: string, note?: string): HTMLElement {
    const input = h('input', { type: 'radio', name, id, value, checked, disabled });
    const label = h('label', { for: id }, h('span', { class: 'pl-choice-name' }, text), ...(note ? [h('span', { class: 'pl-choice-note' }, note)] : []));
    return h('div', { class: 'pl-choice', 'data-locked': String(disabled) }, input, label);
  }
}
