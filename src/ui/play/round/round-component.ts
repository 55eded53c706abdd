// The reusable game round: an image card, the network "thinking" on it (Pixi), the learner's
// answer and bet (DOM: buttons, keys 1–9 and 0, B for the bet), the animated reveal (announced to
// screen readers) and the points. Play mode runs ten of these a game; the lesson runs them on the
// learner's own network. Usage:
//
//   const round = new RoundComponent({ id: 'errors-round', images, labels, reducedMotion, requestRender });
//   // host: round.element in the DOM, round.view on the stage, round.canvasHost holds the canvas,
//   //       round.update(ms) per frame, round.resize(width) → canvas height, round.translate()
//   const result = await round.play(network, { kind: 'network', image: 42 }, { n: 1, total: 4, score, streak });
//   score = result.score; streak = result.streak;      // the reveal is still animating
//   await round.next();                                  // the learner pressed Next
//   round.destroy();                                     // frees every Pixi object it made
//
// Animation state is a pure function of time (timeline.ts): update() only advances clocks.
import { Container } from 'pixi.js';
import { CLASS_COUNT } from '../../../data/classes';
import { h } from '../../framework/dom';
import { t } from '../../i18n/i18n';
import type { MessageKey } from '../../i18n/messages';
import type { RoundSpec } from '../game/round-spec';
import { BETS, scoreRound, type Bet } from '../game/scoring';
import type { PlayerNetwork } from '../network/player-network';
import type { SoundEffects } from '../sound/sound-effects';
import { optionKey, optionOfKey } from './keys';
import { RoundControls } from './round-controls';
import { roundLayout, type RoundLayout } from './round-layout';
import { destroySetup, revealDetail, setUpRound, type RoundSetup } from './round-setup';
import { particlesAt, PARTICLE_MS, REVEAL_MS, revealFrame, THINKING_MS, thinkingFrame } from './timeline';
import './round.css';

export interface RoundComponentOptions {
  /** Prefix of the component's element ids. */
  id: string;
  /** The test images (N × 28 × 28 u8) and their labels that image rounds refer to. */
  images: Uint8Array;
  labels: ArrayLike<number>;
  reducedMotion: boolean;
  /** Draws the canvas once (the host's ScreenContext / LessonContext). */
  requestRender(): void;
  /** The picture changed height: ask resize() again (ScreenContext.relayout). */
  relayout?(): void;
  sound?: SoundEffects;
  /** Offer 2× and 3× bets (default true). */
  bets?: boolean;
}

export interface RoundContext {
  /** This round's number (1-based) and the number of rounds, for "Round 3 of 10". */
  n: number;
  total: number;
  /** Score and right answers in a row before this round (the streak multiplies the points). */
  score: number;
  streak: number;
  /** Label of the button after the reveal (default "Next round"). */
  nextLabel?: MessageKey;
}

export interface RoundResult {
  spec: RoundSpec;
  /** The option picked; null when the time ran out. Class rounds: the class. */
  choice: number | null;
  /** The right option. */
  answer: number;
  correct: boolean;
  bet: Bet;
  /** Signed points of this round, and the score and streak after it (score floored at 0). */
  points: number;
  score: number;
  streak: number;
  /** Image rounds: the image, its true class and the network's class. */
  image?: number;
  label?: number;
  predicted?: number;
}

/** play() or next() ended because the component was destroyed or another round started. */
export class RoundAbortedError extends Error {
  override readonly name = 'RoundAbortedError';
}

export type RoundState = 'idle' | 'loading' | 'thinking' | 'awaiting' | 'revealing' | 'revealed';

interface Pending {
  setup?: RoundSetup;
  context: RoundContext;
  resolve(result: RoundResult): void;
  reject(error: unknown): void;
  result?: RoundResult;
}

export class RoundComponent {
  readonly element: HTMLElement;
  readonly canvasHost: HTMLElement;
  readonly view = new Container();
  private readonly controls: RoundControls;
  private readonly barLabels = h('ol', { class: 'pl-bar-labels', 'aria-hidden': 'true' });
  private state: RoundState = 'idle';
  private pending?: Pending;
  private nextWaiter?: { resolve(): void; reject(error: unknown): void };
  private layout: RoundLayout = roundLayout(1, { kind: 'none' });
  private width = 0;
  private thinkingMs = 0;
  private revealMs = 0;
  private timerMs = 0;
  private reducedTimer?: ReturnType<typeof setTimeout>;
  private readonly onKey = (event: KeyboardEvent) => this.key(event);

  constructor(private readonly options: RoundComponentOptions) {
    this.controls = new RoundControls(options.id, { answer: (i) => this.answer(i), bet: (bet) => this.controls.setBet(bet), next: () => this.advance() }, options.bets ?? true);
    this.canvasHost = h('div', { class: 'pl-stage', 'data-empty': 'true' }, this.barLabels);
    this.element = h('section', { class: 'pl-round', id: options.id, 'data-round-state': 'idle' }, this.canvasHost, this.controls.element);
    document.addEventListener('keydown', this.onKey);
  }

  get roundState(): RoundState {
    return this.state;
  }

  /** The round on screen, for tests (debug hook) and hosts: its spec, answer and the network's view. */
  get current(): { spec: RoundSpec; answer: number; optionCount: number; image?: number; label?: number; predicted?: number } | undefined {
    const setup = this.pending?.setup;
    if (!setup) return undefined;
    return { spec: setup.spec, answer: setup.answer, optionCount: setup.options.length, image: setup.imageIndex, label: setup.verdict?.label, predicted: setup.verdict?.predicted };
  }

  /** Plays `spec` on `network`; resolves once the learner answered (or the time ran out). */
  async play(network: PlayerNetwork, spec: RoundSpec, context: RoundContext): Promise<RoundResult> {
    this.abort();
    this.clear();
    const result = new Promise<RoundResult>((resolve, reject) => (this.pending = { context, resolve, reject }));
    const pending = this.pending!;
    this.setState('loading');
    this.controls.setScore(context.score, context.streak);
    this.controls.showRound(context, () => '', [], context.nextLabel ?? 'play.next');
    this.controls.setStatus('play.thinking');
    try {
      const setup = await setUpRound(network, spec, this.options.images, this.options.labels);
      if (this.pending !== pending) {
        destroySetup(setup);
        return result;
      }
      pending.setup = setup;
      this.start(setup, context);
    } catch (error) {
      if (this.pending === pending) {
        this.pending = undefined;
        this.setState('idle');
        pending.reject(error);
      }
    }
    return result;
  }

  /** Resolves when the learner asks for the next round (Next, or Enter on it). */
  next(): Promise<void> {
    return new Promise((resolve, reject) => (this.nextWaiter = { resolve, reject }));
  }

  /** Removes the round's picture (between games); the canvas keeps no object of it. */
  clear(): void {
    destroySetup(this.pending?.setup);
    if (this.pending) this.pending.setup = undefined;
    this.view.removeChildren();
    this.barLabels.replaceChildren();
    this.canvasHost.dataset.empty = 'true';
    this.layout = roundLayout(this.width || 1, { kind: 'none' });
    this.options.relayout?.();
  }

  update(deltaMs: number): void {
    const setup = this.pending?.setup;
    if (!setup) return;
    const state = this.state;
    if (state === 'thinking' || state === 'awaiting') {
      this.thinkingMs += deltaMs;
      if (state === 'thinking' && this.thinkingMs >= THINKING_MS) this.setState('awaiting');
      this.tickTimer(deltaMs);
    } else if (state === 'revealing') {
      this.revealMs += deltaMs;
      if (this.revealMs >= Math.max(REVEAL_MS, PARTICLE_MS)) this.setState('revealed');
    }
    // A paused network and a finished reveal are still pictures: only the shape sweep loops on.
    if (state === 'thinking' || state === 'revealing') this.draw();
    else setup.shape?.draw(this.thinkingMs, this.pending?.result !== undefined);
  }

  resize(width: number): number {
    this.width = width;
    const setup = this.pending?.setup;
    this.layout = roundLayout(width, setup?.content ?? { kind: 'none' });
    setup?.image?.setLayout(this.layout);
    if (setup?.shape && this.layout.shape) setup.shape.setBox(this.layout.shape);
    this.placeBarLabels();
    this.draw();
    return this.layout.height;
  }

  translate(): void {
    this.controls.translate();
    this.canvasHost.querySelector('canvas')?.setAttribute('aria-label', t('play.canvasLabel'));
    this.canvasHost.querySelector('canvas')?.setAttribute('role', 'img');
  }

  destroy(): void {
    document.removeEventListener('keydown', this.onKey);
    this.abort();
    this.clear();
    this.view.destroy({ children: true });
  }

  private start(setup: RoundSetup, context: RoundContext): void {
    this.thinkingMs = this.options.reducedMotion ? THINKING_MS : 0;
    this.revealMs = 0;
    this.timerMs = 0;
    const picture = setup.image?.view ?? setup.shape?.view;
    if (picture) this.view.addChild(picture);
    this.canvasHost.dataset.empty = String(!picture);
    this.barLabels.replaceChildren(...(setup.content.kind === 'image' && setup.content.bars ? Array.from({ length: CLASS_COUNT }, (_, c) => h('li', { 'data-label': c }, optionKey(c))) : []));
    this.controls.showRound(context, setup.prompt, setup.options, context.nextLabel ?? 'play.next');
    this.controls.setStatus(null);
    this.controls.enable();
    this.controls.focusPrompt();
    this.translate();
    this.resize(this.width || 1);
    this.options.relayout?.();
    this.setState(this.options.reducedMotion ? 'awaiting' : 'thinking');
    this.options.sound?.play('flip');
    if (this.timeLimit(setup) !== undefined && this.options.reducedMotion) this.runReducedTimer();
    this.draw();
  }

  private timeLimit(setup: RoundSetup): number | undefined {
    const spec = setup.spec;
    return spec.kind === 'shape' ? spec.timeLimitMs : spec.kind === 'choice' ? spec.timeLimitMs : undefined;
  }

  private tickTimer(deltaMs: number): void {
    const setup = this.pending?.setup;
    const limit = setup && this.timeLimit(setup);
    if (limit === undefined) return;
    this.timerMs += deltaMs;
    this.controls.setTimer({ ms: limit - this.timerMs, limit });
    if (this.timerMs >= limit) this.answer(null);
  }

  /** Without per-frame updates (reduced motion), the timer still runs: a coarse wall-clock tick. */
  private runReducedTimer(): void {
    let last = performance.now();
    const tick = () => {
      if (this.state !== 'awaiting') return;
      const now = performance.now();
      this.tickTimer(now - last);
      last = now;
      this.reducedTimer = setTimeout(tick, 250);
    };
    this.reducedTimer = setTimeout(tick, 250);
  }

  private get answerable(): boolean {
    return this.pending?.setup !== undefined && !this.pending.result && (this.state === 'thinking' || this.state === 'awaiting');
  }

  private answer(choice: number | null): void {
    const pending = this.pending;
    const setup = pending?.setup;
    if (!pending || !setup || !this.answerable) return;
    clearTimeout(this.reducedTimer);
    const bet = this.controls.bet;
    const correct = choice === setup.answer;
    const scored = scoreRound(correct, choice !== null, bet, pending.context.streak);
    const score = Math.max(0, pending.context.score + scored.points);
    const result: RoundResult = { spec: setup.spec, choice, answer: setup.answer, correct, bet, points: scored.points, score, streak: scored.streak };
    if (setup.verdict) Object.assign(result, { image: setup.imageIndex, label: setup.verdict.label, predicted: setup.verdict.predicted });
    pending.result = result;
    // A thinking network jumps to its pause: the reveal starts from the paused bars.
    this.thinkingMs = Math.max(this.thinkingMs, THINKING_MS);
    this.draw();
    this.revealMs = this.options.reducedMotion ? Math.max(REVEAL_MS, PARTICLE_MS) : 0;
    this.setState(this.options.reducedMotion ? 'revealed' : 'revealing');
    // Network rounds: matching the network is the point, whatever the true class (the detail says that).
    const [rightKey, wrongKey] = setup.spec.kind === 'network' ? (['play.verdictMatched', 'play.verdictNotMatched'] as const) : (['play.verdictRight', 'play.verdictWrong'] as const);
    const verdict = choice === null ? () => t('play.verdictTimeUp') : () => t(correct ? rightKey : wrongKey, { choice: this.controls.optionText(choice) });
    const points = () => (scored.points > 0 ? t('play.pointsGain', { points: scored.points }) : scored.points < 0 ? t('play.pointsLoss', { points: -scored.points }) : t('play.pointsNone'));
    this.controls.showReveal(choice, setup.answer, [revealDetail(setup, (i) => this.controls.optionText(i)), verdict, points], correct);
    this.controls.setScore(score, scored.streak, scored.points);
    this.controls.setTimer(null);
    for (const li of this.barLabels.children) if (Number((li as HTMLElement).dataset.label) === setup.verdict?.label) (li as HTMLElement).dataset.truth = 'true';
    this.options.sound?.play(choice === null ? 'timeUp' : correct ? 'right' : 'wrong');
    this.draw();
    pending.resolve(result);
  }

  private advance(): void {
    const waiter = this.nextWaiter;
    this.nextWaiter = undefined;
    waiter?.resolve();
  }

  private draw(): void {
    const setup = this.pending?.setup;
    if (!setup) return;
    const revealed = this.pending?.result !== undefined;
    if (setup.image) {
      setup.image.drawThinking(thinkingFrame(this.thinkingMs), this.thinkingMs);
      if (revealed && setup.verdict) {
        const from = setup.image.heights.slice();
        setup.image.drawReveal(revealFrame(this.revealMs), setup.verdict, from);
        setup.image.heights = from; // the reveal always starts from the paused bars
        const result = this.pending!.result!;
        const burst = result.correct && !this.options.reducedMotion;
        const origin = result.choice !== null && setup.content.kind === 'image' && setup.content.bars ? setup.image.barTop(result.choice, setup.verdict.probabilities[result.choice]) : { x: this.layout.width / 2, y: 40 };
        setup.image.drawParticles(burst ? particlesAt(this.revealMs, origin, result.score + 1) : []);
      }
    }
    setup.shape?.draw(this.options.reducedMotion ? 0 : this.thinkingMs, revealed);
    // With motion the host's ticker renders every frame; without, each change is drawn once.
    if (this.options.reducedMotion) this.options.requestRender();
  }

  private placeBarLabels(): void {
    const bars = this.layout.bars;
    [...this.barLabels.children].forEach((li, c) => {
      const item = li as HTMLElement;
      if (!bars) return;
      item.style.left = `${bars.x + c * bars.step}px`;
      item.style.top = `${bars.y + bars.height + 2}px`;
      item.style.width = `${bars.barWidth}px`;
    });
  }

  private setState(state: RoundState): void {
    this.state = state;
    this.element.dataset.roundState = state;
  }

  private key(event: KeyboardEvent): void {
    if (!this.element.isConnected || event.ctrlKey || event.metaKey || event.altKey || !this.answerable) return;
    if ((event.target as HTMLElement | null)?.closest?.('input, textarea, select, [contenteditable="true"]')) return;
    const option = optionOfKey(event.key);
    if (option >= 0 && option < (this.pending?.setup?.options.length ?? 0)) {
      event.preventDefault();
      this.answer(option);
    } else if ((event.key === 'b' || event.key === 'B') && this.options.bets !== false) {
      event.preventDefault();
      this.controls.setBet(BETS[(BETS.indexOf(this.controls.bet) + 1) % BETS.length]);
    }
  }

  private abort(): void {
    clearTimeout(this.reducedTimer);
    const pending = this.pending;
    this.pending = undefined;
    if (pending && !pending.result) pending.reject(new RoundAbortedError('the round was left'));
    destroySetup(pending?.setup);
    this.nextWaiter?.reject(new RoundAbortedError('the round was left'));
    this.nextWaiter = undefined;
    this.setState('idle');
  }
}
