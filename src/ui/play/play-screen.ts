// `#play`: "Predict the network". Settings (network, level, seed, sound) → ten rounds of the round
// component → a level-up screen when the score opened the next level → the summary. The game's
// rules are plain functions (game/); the round is its own component (round/); this screen only
// wires them to the page, the address and the stored best scores.
import { Container } from 'pixi.js';
import type { FashionMnist } from '../../data/dataset';
import { exposeDebugHook } from '../framework/debug';
import { h } from '../framework/dom';
import { prefersReducedMotion } from '../framework/motion';
import type { AppScreen, ScreenContext } from '../framework/screen';
import { classPlay, reportPlayRound, reportPlayScore } from '../classroom-sync/hooks';
import { BoundTexts } from '../i18n/bound-texts';
import { t } from '../i18n/i18n';
import { analysePredictions } from '../views/results/predictions';
import { isOver, newGame, recordAnswer, type Game } from './game/game-state';
import { highestUnlocked, isUnlocked, LEVELS, newlyUnlocked, withScore, type LevelId } from './game/levels';
import { selectRounds } from './game/round-selection';
import { HouseNetworkError, loadHouseNetwork } from './network/house-network';
import { houseChoice, learnerChoices, playerNetworkOf, type NetworkChoice } from './network/network-choices';
import type { PlayerNetwork } from './network/player-network';
import { parsePlayHash, playHash, randomSeed } from './play-hash';
import { RoundAbortedError, RoundComponent } from './round/round-component';
import { SetupPanel, type SetupChoices } from './setup-panel';
import { SoundEffects } from './sound/sound-effects';
import { PlayStore } from './storage/play-store';
import { LevelUpView } from './summary/level-up-view';
import { SummaryView } from './summary/summary-view';
import './play.css';

export type PlayPhase = 'loading' | 'setup' | 'playing' | 'levelUp' | 'summary' | 'error';

export class PlayScreen implements AppScreen {
  readonly id = 'play';
  readonly element: HTMLElement;
  readonly view = new Container();
  readonly canvasHost: HTMLElement;
  private readonly texts = new BoundTexts();
  private readonly status = h('p', { class: 'pl-status', role: 'status', id: 'play-status' });
  private readonly alert = h('p', { class: 'alert', role: 'alert', id: 'play-alert', hidden: true });
  private readonly retryButton = h('button', { type: 'button', class: 'button', id: 'play-retry', hidden: true });
  private readonly sound = new SoundEffects(false);
  private readonly setup: SetupPanel;
  private readonly summary: SummaryView;
  private readonly levelUp: LevelUpView;
  private readonly round: RoundComponent;
  private context?: ScreenContext;
  private store!: PlayStore;
  private choices: NetworkChoice[] = [];
  private networks = new Map<string, PlayerNetwork>();
  private selected: SetupChoices = { net: 'house', level: 1, seed: randomSeed() };
  private game?: Game;
  private phase: PlayPhase = 'loading';
  private continueLevelUp?: () => void;
  private destroyed = false;

  constructor(
    private readonly data: FashionMnist,
    private readonly unlockAll: boolean,
    hash: string,
  ) {
    this.setup = new SetupPanel({ change: (choices) => this.choose(choices), sound: (on) => this.setSound(on), start: () => void this.play() });
    this.summary = new SummaryView({
      again: () => void this.play(),
      newSeed: () => {
        this.choose({ ...this.selected, seed: randomSeed() });
        void this.play();
      },
      nextLevel: (level) => {
        this.choose({ ...this.selected, level });
        this.showPhase('setup');
        this.setup.startButton.focus();
      },
      settings: () => {
        this.showPhase('setup');
        this.setup.startButton.focus();
      },
    });
    this.levelUp = new LevelUpView(() => this.continueLevelUp?.());
    this.round = new RoundComponent({
      id: 'play-round',
      images: data.test.images,
      labels: data.test.labels,
      reducedMotion: prefersReducedMotion(),
      requestRender: () => this.context?.requestRender(),
      relayout: () => this.context?.relayout(),
      sound: this.sound,
    });
    this.canvasHost = this.round.canvasHost;
    this.view.addChild(this.round.view);
    this.element = h(
      'section',
      { class: 'screen play-screen', 'aria-labelledby': 'play-heading', 'data-phase': 'loading' },
      this.texts.set(h('h2', { id: 'play-heading' }), 'play.heading'),
      this.texts.set(h('p', { class: 'pl-intro' }), 'play.intro'),
      this.status,
      this.alert,
      this.retryButton,
      this.setup.element,
      this.round.element,
      this.levelUp.element,
      this.summary.element,
    );
    this.retryButton.addEventListener('click', () => void this.load());
    const address = parsePlayHash(hash);
    this.selected = { net: address.net ?? 'house', level: address.level ?? 1, seed: address.seed ?? this.selected.seed };
    const classGame = address.seed === undefined ? classPlay() : null; // in a class session: the class's game
    if (classGame) this.selected = { net: 'house', ...classGame };
  }

  async prepare(context: ScreenContext): Promise<void> {
    this.context = context;
    this.store = await PlayStore.open();
    this.sound.enabled = this.store.record.sound;
    this.exposeDebug();
  }

  show(): void {
    void this.load();
  }

  update(deltaMs: number): void {
    this.round.update(deltaMs);
  }

  resize(width: number): number {
    return this.round.resize(width);
  }

  translate(): void {
    this.texts.apply();
    this.setup.translate();
    this.round.translate();
    this.summary.translate();
    this.levelUp.translate();
    this.renderSetup();
  }

  destroy(): void {
    this.destroyed = true;
    this.continueLevelUp?.(); // a game waiting on the level-up screen ends
    this.round.destroy();
    this.sound.dispose();
    this.view.destroy({ children: true });
  }

  /** A hash change inside #play (a shared link opened in this tab): back to the settings with it. */
  async route(hash: string): Promise<void> {
    const address = parsePlayHash(hash);
    if (this.phase === 'playing' || this.phase === 'loading') return;
    this.choose({ net: address.net ?? this.selected.net, level: address.level ?? this.selected.level, seed: address.seed ?? this.selected.seed });
    this.showPhase('setup');
  }

  /** The house network and the learner's own, then the settings. */
  private async load(): Promise<void> {
    this.showPhase('loading');
    this.alert.hidden = this.retryButton.hidden = true;
    this.texts.set(this.status, 'play.loadingHouse');
    try {
      const [house, learner] = await Promise.all([loadHouseNetwork(), learnerChoices()]);
      if (this.destroyed) return;
      this.choices = [houseChoice(house), ...learner];
    } catch (error) {
      if (this.destroyed) return;
      this.fail(error);
      return;
    }
    this.texts.set(this.status, null);
    this.choose(this.selected, true);
    this.showPhase('setup');
  }

  private fail(error: unknown): void {
    this.texts.set(this.status, null);
    if (error instanceof HouseNetworkError && error.problem !== 'network') {
      this.texts.set(this.alert, 'play.houseBroken', { file: error.file, detail: error.message });
    } else {
      this.texts.set(this.alert, 'play.loadFailed', { detail: String((error as Error)?.message ?? error) });
    }
    this.alert.hidden = false;
    this.texts.set(this.retryButton, 'play.retry');
    this.retryButton.hidden = false;
    this.showPhase('error');
  }

  private network(choice: NetworkChoice): PlayerNetwork {
    let network = this.networks.get(choice.id);
    if (!network) this.networks.set(choice.id, (network = playerNetworkOf(choice, this.data.test)));
    return network;
  }

  private get choice(): NetworkChoice {
    return this.choices.find((c) => c.id === this.selected.net) ?? this.choices[0];
  }

  private unplayable(choice: NetworkChoice): LevelId[] {
    return choice.spec.layers[0]?.kind === 'conv2d' ? [] : LEVELS.filter((l) => l.needsConv).map((l) => l.id);
  }

  /** New settings: an unknown network falls back to the house one, a closed level to the highest open. */
  private choose(choices: SetupChoices, fromAddress = false): void {
    const best = this.store.record.best;
    const requested = choices.level;
    const net = this.choices.some((c) => c.id === choices.net) ? choices.net : 'house';
    let level = requested;
    const unplayable = this.choices.length ? this.unplayable(this.choices.find((c) => c.id === net)!) : [];
    const classLevel = classPlay()?.level === requested; // the teacher opened it for the class
    if (!isUnlocked(level, best, this.unlockAll || classLevel) || unplayable.includes(level)) level = highestUnlocked(best, this.unlockAll);
    if (unplayable.includes(level)) level = 1;
    this.selected = { net, level, seed: choices.seed };
    this.setup.setNotice(fromAddress && level !== requested ? () => t('play.lockedRequest', { level: requested, open: level }) : null);
    history.replaceState(history.state, '', playHash(this.selected));
    this.renderSetup();
  }

  private renderSetup(): void {
    if (!this.store || this.choices.length === 0) return;
    this.setup.set({ ...this.selected, networks: this.choices, best: this.store.record.best, unlockAll: this.unlockAll, sound: this.sound.enabled, unplayable: this.unplayable(this.choice) });
    this.setup.setShareLink(`${location.origin}${location.pathname}${location.search}${playHash(this.selected)}`);
  }

  private setSound(on: boolean): void {
    this.sound.enabled = on;
    void this.store.update({ sound: on });
    this.sound.play('flip');
  }

  /** One game: ten rounds on the chosen network, then level-up and summary. */
  private async play(): Promise<void> {
    const { level, seed } = this.selected;
    const choice = this.choice;
    const network = this.network(choice);
    this.showPhase('loading');
    this.texts.set(this.status, 'play.predicting');
    let game: Game;
    try {
      const predictions = analysePredictions(await network.testProbabilities(), this.data.test.labels);
      game = newGame(level, seed, network.id, selectRounds(predictions, level, seed));
    } catch (error) {
      if (!this.destroyed) this.fail(error);
      return;
    }
    if (this.destroyed) return;
    this.texts.set(this.status, null);
    this.game = game;
    this.showPhase('playing');
    try {
      while (!isOver(game)) {
        const n = game.answers.length;
        const last = n === game.rounds.length - 1;
        const result = await this.round.play(network, game.rounds[n], { n: n + 1, total: game.rounds.length, score: game.score, streak: game.streak, nextLabel: last ? 'play.finish' : 'play.next' });
        game = this.game = recordAnswer(game, { choice: result.choice, answer: result.answer, bet: result.bet, label: result.label, predicted: result.predicted });
        reportPlayRound(game, n);
        await this.round.next();
      }
    } catch (error) {
      if (error instanceof RoundAbortedError || this.destroyed) return;
      this.fail(error);
      return;
    }
    this.round.clear();
    await this.finish(game);
  }

  private async finish(game: Game): Promise<void> {
    const before = this.store.record.best;
    const opened = newlyUnlocked(game.level, game.score, before);
    reportPlayScore(game);
    void this.store.update({ best: withScore(before, game.level, game.score) });
    if (opened.length > 0) {
      this.levelUp.show(opened[0]);
      this.sound.play('levelUp');
      this.showPhase('levelUp');
      this.levelUp.continueButton.focus();
      await new Promise<void>((resolve) => (this.continueLevelUp = resolve));
      if (this.destroyed) return;
    }
    const next = game.level + 1;
    const open = next <= 6 && isUnlocked(next as LevelId, this.store.record.best, this.unlockAll) ? (next as LevelId) : undefined;
    this.summary.show(game, before[game.level], open);
    this.showPhase('summary');
    this.summary.heading.focus();
  }

  private showPhase(phase: PlayPhase): void {
    this.phase = phase;
    this.element.dataset.phase = phase;
    this.setup.element.hidden = phase !== 'setup';
    this.round.element.hidden = phase !== 'playing';
    this.levelUp.element.hidden = phase !== 'levelUp';
    this.summary.element.hidden = phase !== 'summary';
    if (phase === 'setup') this.renderSetup();
  }

  private exposeDebug(): void {
    const countLive = (container: Container): number => container.children.reduce((sum, child) => sum + countLive(child), 1);
    exposeDebugHook('play', {
      phase: () => this.phase,
      game: () => (this.game ? { level: this.game.level, seed: this.game.seed, networkId: this.game.networkId, score: this.game.score, rounds: this.game.rounds, answers: this.game.answers } : null),
      round: () => ({ state: this.round.roundState, ...this.round.current }),
      liveObjects: () => (this.view.destroyed ? 0 : countLive(this.view)),
    });
  }
}
