// The DOM of a round: the heads-up line (round, score with its pop, streak meter), the question,
// the answer buttons (keys 1–9, 0), the bet (1×, 2×, 3×), the timer, the reveal (announced through
// a polite live region) and Next. Every text comes from the message table; nothing here decides
// points or answers — the round component tells it what to show.
import { CLASS_COUNT } from '../../../data/classes';
import { h } from '../../framework/dom';
import { BoundTexts } from '../../i18n/bound-texts';
import { className, t, type MessageParams } from '../../i18n/i18n';
import type { MessageKey } from '../../i18n/messages';
import { weightShade } from '../../views/heat';
import { BETS, streakMultiplier, type Bet } from '../game/scoring';
import type { FirstLayerFilters } from '../network/player-network';
import { optionKey } from './keys';

export const filterLetter = (i: number): string => 'ABCDEFGH'[i] ?? String(i + 1);

/** What an answer button says and shows. */
export type OptionContent = { kind: 'class'; label: number } | { kind: 'filter'; letter: string; kernel: number[]; maxAbs: number } | { kind: 'text'; text: () => string };

/** A text made when shown, so a language change re-renders it. */
export type Text = () => string;

export class RoundControls {
  readonly element: HTMLElement;
  private readonly texts = new BoundTexts();
  private readonly roundLine = h('p', { class: 'pl-round-line' });
  private readonly scoreValue = h('output', { class: 'pl-score-value' });
  private readonly pointsPop = h('span', { class: 'pl-points-pop', 'aria-hidden': 'true' });
  private readonly streakMeter = h('meter', { class: 'pl-streak-meter', min: 0, max: 5, value: 0 });
  private readonly streakText = h('span', { class: 'pl-streak-text' });
  private readonly prompt: HTMLElement;
  private readonly status = h('p', { class: 'pl-status', role: 'status' });
  private readonly options = h('div', { class: 'pl-options', role: 'group' });
  private readonly betGroup = h('div', { class: 'pl-bets', role: 'group' });
  private readonly betButtons: HTMLButtonElement[];
  private readonly timer = h('div', { class: 'pl-timer', hidden: true });
  private readonly timerText = h('span');
  private readonly timerBar = h('progress', { max: 1, value: 1 });
  private readonly reveal: HTMLElement;
  private readonly verdictCard = h('div', { class: 'pl-verdict', hidden: true, 'aria-hidden': 'true' });
  /** The whole reveal in one sentence for screen readers (the card and the detail are for the eye). */
  private readonly announcement = h('p', { class: 'visually-hidden', 'aria-live': 'polite' });
  readonly nextButton: HTMLButtonElement;
  private buttons: HTMLButtonElement[] = [];
  private contents: OptionContent[] = [];
  private promptText: Text = () => '';
  private revealTexts: Text[] = [];
  private betValue: Bet = 1;

  constructor(
    readonly id: string,
    on: { answer(option: number): void; bet(bet: Bet): void; next(): void },
    offerBets: boolean,
  ) {
    this.prompt = h('p', { class: 'pl-prompt', id: `${id}-prompt`, tabindex: -1 });
    this.options.setAttribute('aria-labelledby', `${id}-prompt`);
    this.options.id = `${id}-options`;
    this.reveal = h('p', { class: 'pl-reveal', id: `${id}-reveal` });
    this.nextButton = h('button', { type: 'button', class: 'button button-primary pl-next', id: `${id}-next`, hidden: true });
    this.nextButton.addEventListener('click', () => on.next());
    this.betButtons = BETS.map((bet) => {
      const button = h('button', { type: 'button', class: 'pl-bet', 'data-bet': bet, 'aria-pressed': String(bet === 1) });
      button.addEventListener('click', () => on.bet(bet));
      return button;
    });
    const betLegend = this.texts.set(h('span', { class: 'pl-bet-legend', id: `${id}-bet-legend` }), 'play.betLegend');
    this.betGroup.setAttribute('aria-labelledby', `${id}-bet-legend`);
    this.betGroup.append(betLegend, ...this.betButtons, this.texts.set(h('span', { class: 'pl-hint' }), 'play.betHint'));
    this.betGroup.hidden = !offerBets;
    this.options.addEventListener('click', (event) => {
      const button = (event.target as HTMLElement).closest<HTMLButtonElement>('button[data-option]');
      if (button && !button.disabled) on.answer(Number(button.dataset.option));
    });
    this.element = h(
      'div',
      { class: 'pl-controls' },
      h(
        'div',
        { class: 'pl-hud' },
        this.roundLine,
        h('p', { class: 'pl-score' }, this.texts.set(h('span', { class: 'pl-hud-label', id: `${id}-score-label` }), 'play.score'), ' ', this.scoreValue, this.pointsPop),
        h('p', { class: 'pl-streak' }, this.texts.set(h('label', { class: 'pl-hud-label', for: `${id}-streak` }), 'play.streak'), ' ', this.streakMeter, ' ', this.streakText),
      ),
      this.prompt,
      this.status,
      this.timer,
      this.options,
      this.betGroup,
      this.verdictCard,
      this.reveal,
      this.announcement,
      h('div', { class: 'pl-next-row' }, this.nextButton),
      this.texts.set(h('p', { class: 'pl-hint pl-keys' }), 'play.keysHint'),
    );
    this.streakMeter.id = `${id}-streak`;
    this.scoreValue.setAttribute('aria-labelledby', `${id}-score-label`);
    this.timer.append(this.timerText, this.timerBar);
  }

  /** A new round: its number, the question, the answer buttons (disabled until the data is in). */
  showRound(round: { n: number; total: number }, prompt: Text, options: OptionContent[], nextLabel: MessageKey): void {
    this.texts.set(this.roundLine, 'play.roundOf', { n: round.n, total: round.total });
    this.promptText = prompt;
    this.prompt.textContent = prompt();
    this.contents = options;
    this.buttons = options.map((_, i) => h('button', { type: 'button', class: 'pl-option', 'data-option': i, 'aria-keyshortcuts': optionKey(i), disabled: true }));
    this.options.replaceChildren(...this.buttons);
    this.options.dataset.kind = options[0]?.kind ?? '';
    this.renderOptions();
    this.revealTexts = [];
    this.reveal.textContent = '';
    this.announcement.textContent = '';
    this.verdictCard.hidden = true;
    this.verdictCard.classList.remove('pl-flipped');
    this.nextButton.hidden = true;
    this.texts.set(this.nextButton, nextLabel);
    this.setTimer(null);
    this.setBet(1); // every round starts at 1×: a bet is a choice, never a leftover
  }

  /** Puts the focus on the question (a screen reader reads it; Tab goes on to the answers). */
  focusPrompt(): void {
    if (this.prompt.isConnected && this.prompt.getClientRects().length > 0) this.prompt.focus();
  }

  /** Answers are taken from now on. */
  enable(): void {
    for (const button of this.buttons) button.disabled = false;
  }

  setStatus(key: MessageKey | null, params?: MessageParams): void {
    this.texts.set(this.status, key, params);
  }

  setBet(bet: Bet): void {
    this.betValue = bet;
    this.betButtons.forEach((button, i) => button.setAttribute('aria-pressed', String(BETS[i] === bet)));
  }

  get bet(): Bet {
    return this.betValue;
  }

  setScore(score: number, streak: number, gained?: number): void {
    this.scoreValue.textContent = String(score);
    this.streakMeter.value = Math.min(5, streak);
    this.texts.set(this.streakText, 'play.streakValue', { streak, multiplier: streakMultiplier(streak + 1) });
    if (gained === undefined) return;
    this.pointsPop.textContent = gained > 0 ? `+${gained}` : gained < 0 ? `−${-gained}` : '';
    this.pointsPop.dataset.sign = gained > 0 ? 'up' : gained < 0 ? 'down' : 'none';
    // Restart the CSS pop (reduced motion: the stylesheet turns it off).
    this.pointsPop.classList.remove('pl-pop');
    this.scoreValue.classList.remove('pl-pop');
    void this.pointsPop.offsetWidth;
    this.pointsPop.classList.add('pl-pop');
    this.scoreValue.classList.add('pl-pop');
  }

  /** Seconds left of a timed round, or null for none. */
  setTimer(left: { ms: number; limit: number } | null): void {
    this.timer.hidden = left === null;
    if (!left) return;
    this.timerBar.value = Math.max(0, left.ms / left.limit);
    this.timerText.textContent = t('play.timeLeft', { seconds: Math.ceil(Math.max(0, left.ms) / 1000) });
    this.timer.dataset.urgent = String(left.ms < 5000);
  }

  /** The answer is in: marks the buttons, flips the verdict card, writes (and announces) the reveal. */
  showReveal(choice: number | null, answer: number, texts: Text[], correct: boolean): void {
    this.buttons.forEach((button, i) => {
      button.disabled = true;
      if (i === answer) button.dataset.result = 'answer';
      if (i === choice) button.dataset.chosen = 'true';
    });
    this.revealTexts = texts;
    this.renderReveal();
    this.verdictCard.hidden = false;
    this.verdictCard.dataset.correct = String(correct);
    void this.verdictCard.offsetWidth;
    this.verdictCard.classList.add('pl-flipped');
    this.nextButton.hidden = false;
    this.nextButton.focus();
  }

  /** The text of option `i` (for the reveal). */
  optionText(i: number): string {
    const content = this.contents[i];
    if (!content) return '';
    if (content.kind === 'class') return className(content.label);
    if (content.kind === 'filter') return t('play.optionFilter', { letter: content.letter });
    return content.text();
  }

  translate(): void {
    this.texts.apply();
    this.prompt.textContent = this.promptText();
    this.betButtons.forEach((button, i) => (button.textContent = t('play.bet', { bet: BETS[i] })));
    this.renderOptions();
    this.renderReveal();
  }

  private renderOptions(): void {
    this.buttons.forEach((button, i) => {
      const content = this.contents[i];
      const key = h('kbd', { 'aria-hidden': 'true' }, optionKey(i));
      if (content.kind === 'filter') {
        const cells = content.kernel.map((w) => {
          const shade = weightShade(w, content.maxAbs);
          return h('span', { style: `background:${shade.background}` });
        });
        const side = Math.round(Math.sqrt(content.kernel.length));
        button.replaceChildren(key, h('span', { class: 'pl-kernel', 'aria-hidden': 'true', style: `grid-template-columns:repeat(${side},1fr)` }, ...cells), h('span', {}, this.optionText(i)));
      } else {
        button.replaceChildren(key, h('span', {}, this.optionText(i)));
      }
    });
  }

  private renderReveal(): void {
    const texts = this.revealTexts.map((text) => text());
    // The card carries the verdict and the points (the last two texts), the line below the rest.
    this.verdictCard.textContent = texts.slice(-2).join(' ');
    this.reveal.textContent = texts.slice(0, -2).join(' ');
    this.announcement.textContent = texts.join(' ');
  }
}

/** The answer buttons of a round over the ten classes. */
export const classOptions = (): OptionContent[] => Array.from({ length: CLASS_COUNT }, (_, label) => ({ kind: 'class', label }));

/** Buttons for the filters `channels` of `filters` (first input channel's kh × kw weights). */
export function filterOptions(filters: FirstLayerFilters, channels: readonly number[]): OptionContent[] {
  const [kh, kw, inChannels, count] = filters.shape;
  const maxAbs = Math.max(1e-9, ...Array.from(filters.kernel, Math.abs));
  return channels.map((k, i) => ({
    kind: 'filter',
    letter: filterLetter(i),
    kernel: Array.from({ length: kh * kw }, (_, p) => filters.kernel[p * inChannels * count + k]),
    maxAbs,
  }));
}
