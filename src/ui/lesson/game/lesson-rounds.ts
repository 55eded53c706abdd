// A lesson's game rounds on screen: play mode's round component (src/ui/play/round/) on the
// learner's network, a line saying which network plays, and the result once the series is over
// (with a practice replay). Steps 6 and 11 use it:
//
//   const rounds = new LessonRounds({ id: 'errors-rounds', context, progressKey: 'errors.rounds', classQuestion: 'checkpoint', onDone });
//   // step: rounds.element in its DOM, rounds.view on its stage, rounds.canvasHost holds the canvas
//   rounds.setNetwork(await lessonNetwork(context, 'seed-a'));
//   await rounds.play(specs, ids);          // resolves when the series is over (saved round by round)
//
// The series (round-series.ts) is saved in the lesson progress after every answer, so a reload
// continues with the next round; its final score goes into the lesson's points once.
import { exposeDebugHook } from '../../framework/debug';
import { h } from '../../framework/dom';
import { BoundTexts } from '../../i18n/bound-texts';
import { t } from '../../i18n/i18n';
import { formatPercent } from '../../views/format';
import type { RoundSpec } from '../../play/game/round-spec';
import { RoundAbortedError, RoundComponent } from '../../play/round/round-component';
import type { LessonContext } from '../step';
import type { LessonNetwork } from './lesson-network';
import { newSeries, recordSeriesAnswer, resumeSeries, rightAnswers, seriesOver, type SeriesState } from './round-series';
import type { RoundResult } from '../../play/round/round-component';
import { reportAnswer } from '../../classroom-sync/hooks';

export interface LessonRoundsOptions {
  /** Prefix of the element ids. */
  id: string;
  context: LessonContext;
  /** Where the series is saved in the lesson progress. */
  progressKey: string;
  /** Each answer goes to the class as `<classQuestion>.r<n>` (classroom server only; the dashboard's most-missed list). */
  classQuestion: string;
  /** Every round answered (`first`: the first time, when the points were given). */
  onDone?(state: SeriesState, first: boolean): void;
  /** Every answer, with the round's result (steps keep their own records). */
  onAnswer?(result: RoundResult, index: number): void;
}

export class LessonRounds {
  readonly element: HTMLElement;
  readonly round: RoundComponent;
  private readonly texts = new BoundTexts();
  private readonly networkLine: HTMLElement;
  private readonly result = h('div', { class: 'lt-rounds-result', hidden: true });
  private readonly resultText: HTMLElement;
  private readonly awardText: HTMLElement;
  private readonly againButton: HTMLButtonElement;
  private network?: LessonNetwork;
  private specs: RoundSpec[] = [];
  private state: SeriesState = newSeries([]);
  private playing = false;

  constructor(private readonly options: LessonRoundsOptions) {
    const { id, context } = options;
    this.round = new RoundComponent({
      id: `${id}-round`,
      images: context.data.test.images,
      labels: context.data.test.labels,
      reducedMotion: context.reducedMotion,
      requestRender: () => context.requestRender(),
      relayout: () => context.relayout(),
    });
    this.networkLine = h('p', { class: 'lt-rounds-network', id: `${id}-network` });
    this.resultText = h('p', { class: 'lt-result-main', id: `${id}-result`, tabindex: -1 });
    this.awardText = h('p', { class: 'lt-hint', id: `${id}-award` });
    this.againButton = h('button', { type: 'button', class: 'button', id: `${id}-again` });
    this.againButton.addEventListener('click', () => void this.replay());
    this.result.append(this.resultText, this.awardText, this.againButton);
    this.element = h('div', { class: 'lt-rounds', id, 'data-series': 'loading' }, this.networkLine, this.texts.set(h('p', { class: 'lt-hint' }), 'lessonGame.roundsRules'), this.round.element, this.result);
    this.round.element.hidden = true;
    exposeDebugHook('lessonRound', { round: () => ({ state: this.round.roundState, ...this.round.current }), series: () => this.state });
  }

  get view() {
    return this.round.view;
  }

  get canvasHost(): HTMLElement {
    return this.round.canvasHost;
  }

  get series(): SeriesState {
    return this.state;
  }

  setNetwork(network: LessonNetwork): void {
    this.network = network;
    this.networkLine.dataset.source = network.source;
    const accuracy = network.testAccuracy === undefined ? '–' : formatPercent(network.testAccuracy, 1);
    this.texts.set(this.networkLine, network.source === 'learner' ? 'lessonGame.roundsNetworkLearner' : 'lessonGame.roundsNetworkHouse', { accuracy });
  }

  /** Plays the series of `specs` (one id each) from where the saved one stopped; resolves when it is over. */
  async play(specs: RoundSpec[], ids: string[]): Promise<SeriesState> {
    this.specs = specs;
    this.state = resumeSeries(this.options.context.progress.get(this.options.progressKey), ids);
    return this.run();
  }

  update(deltaMs: number): void {
    this.round.update(deltaMs);
  }

  resize(width: number): number {
    return this.round.resize(width);
  }

  translate(): void {
    this.texts.apply();
    this.round.translate();
    this.texts.set(this.againButton, 'lessonGame.roundsAgain');
  }

  destroy(): void {
    this.round.destroy();
  }

  private async run(): Promise<SeriesState> {
    const network = this.network;
    if (!network || this.playing) return this.state;
    this.playing = true;
    const played = !seriesOver(this.state);
    this.result.hidden = true;
    this.round.element.hidden = seriesOver(this.state);
    this.element.dataset.series = 'playing';
    try {
      while (!seriesOver(this.state)) {
        const n = this.state.answers.length;
        const last = n === this.specs.length - 1;
        const result = await this.round.play(network.network, this.specs[n], { n: n + 1, total: this.specs.length, score: this.state.score, streak: this.state.streak, nextLabel: last ? 'lessonGame.roundsFinish' : 'play.next' });
        this.state = recordSeriesAnswer(this.state, { choice: result.choice, answer: result.answer, bet: result.bet });
        this.save();
        reportAnswer(`${this.options.classQuestion}.r${n + 1}`, result.correct, result.choice ?? '');
        this.options.onAnswer?.(result, n);
        await this.round.next();
      }
    } catch (error) {
      this.playing = false;
      if (error instanceof RoundAbortedError) return this.state;
      throw error;
    }
    this.playing = false;
    this.round.clear();
    this.round.element.hidden = true;
    const first = !this.state.awarded;
    if (first) {
      this.state = { ...this.state, awarded: true };
      this.save();
      if (this.state.score > 0) this.options.context.award(this.state.score);
    }
    this.showResult(first ? 'awarded' : played ? 'practice' : 'back');
    this.options.onDone?.(this.state, first);
    return this.state;
  }

  /** `back`: the learner came back to a finished series. */
  private showResult(how: 'awarded' | 'practice' | 'back'): void {
    const { state } = this;
    this.element.dataset.series = 'done';
    this.result.hidden = false;
    this.texts.set(this.resultText, 'lessonGame.roundsResult', { right: rightAnswers(state), total: state.ids.length, score: state.score });
    this.resultText.dataset.score = String(state.score);
    this.resultText.dataset.right = String(rightAnswers(state));
    const award = how === 'awarded' ? (state.score > 0 ? 'lessonGame.roundsAwarded' : null) : how === 'practice' ? 'lessonGame.roundsPractice' : null;
    this.texts.set(this.awardText, award, { score: state.score });
    this.texts.set(this.againButton, 'lessonGame.roundsAgain');
    if (how !== 'back') this.resultText.focus();
  }

  /** A practice replay of the same rounds (no lesson points). */
  private async replay(): Promise<void> {
    this.state = newSeries(this.state.ids, true);
    this.save();
    await this.run();
  }

  private save(): void {
    this.options.context.progress.set(this.options.progressKey, structuredClone(this.state));
  }
}
