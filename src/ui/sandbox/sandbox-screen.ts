// The sandbox (#sandbox): design a network, look at filters and strides, train it, compare runs,
// share and export. The screen only composes: the shared state (sandbox-state.ts), one panel per
// tab, the epoch estimate, the run store, and the address: the network and settings live in the
// hash (`#sandbox?m=…[&w=<stored weights>]`, rewritten as they change), so a reload or a shared link
// opens the same network. The one canvas moves into the shown panel's canvasHost.
import { Container } from 'pixi.js';
import './sandbox.css';
import type { FashionMnist } from '../../data/dataset';
import type { SandboxSettings } from '../../shared/sandbox-settings';
import type { ModelSpec } from '../../shared/spec';
import { exposeDebugHook } from '../framework/debug';
import { h } from '../framework/dom';
import { prefersReducedMotion } from '../framework/motion';
import type { AppScreen, ScreenContext } from '../framework/screen';
import { BoundTexts } from '../i18n/bound-texts';
import { t, type MessageParams } from '../i18n/i18n';
import type { MessageKey } from '../i18n/messages';
import { specOf } from '../training/trained-model';
import type { TrainingRunner } from '../training/training-runner';
import { BuildPanel } from './build-panel';
import { draftFromSpec } from './editor/draft';
import { EpochEstimator } from './editor/epoch-estimator';
import { shareLinkErrorMessage } from './error-messages';
import { HistoryPanel } from './history/history-panel';
import { runKey, runOfResult, type SandboxRun } from './history/run-record';
import type { RunStore } from './history/run-store';
import type { SandboxPanel } from './panel';
import { PlaygroundPanel } from './playground/playground-panel';
import { sameNetwork, SandboxState, type KeptModel } from './sandbox-state';
import { SharePanel } from './share/share-panel';
import { readStart, type SandboxStart } from './start-link';
import { Tabs } from './tabs';
import { TrainPanel, type FinishedRun } from './train/train-panel';
import { WorkerModel } from './worker-model';

type TabId = 'build' | 'playground' | 'train' | 'history' | 'share';

const TABS: readonly { id: TabId; label: MessageKey }[] = [
  { id: 'build', label: 'sandbox.tabBuild' },
  { id: 'playground', label: 'sandbox.tabPlayground' },
  { id: 'train', label: 'sandbox.tabTrain' },
  { id: 'history', label: 'sandbox.tabHistory' },
  { id: 'share', label: 'sandbox.tabShare' },
];

export interface SandboxDeps {
  data: FashionMnist;
  training: TrainingRunner;
  runs: RunStore;
}

export class SandboxScreen implements AppScreen {
  readonly id = 'sandbox';
  readonly element: HTMLElement;
  readonly view = new Container({ label: 'sandbox' });
  /** Holds the shared canvas; moved into the shown panel's canvasHost. */
  readonly canvasHost = h('div', { class: 'sb-canvas' });
  private readonly texts = new BoundTexts();
  private readonly linkAlert = h('p', { class: 'alert', id: 'sb-link-alert', role: 'alert', hidden: true });
  private readonly status = h('p', { class: 'sb-status', id: 'sb-status', role: 'status', 'aria-live': 'polite' });
  private readonly state: SandboxState;
  private readonly worker: WorkerModel;
  private readonly estimator: EpochEstimator;
  private readonly panels: Record<TabId, SandboxPanel>;
  private readonly build: BuildPanel;
  private readonly train: TrainPanel;
  private readonly history: HistoryPanel;
  private readonly tabs: Tabs<TabId>;
  private start: SandboxStart;
  private screen?: ScreenContext;
  private writtenHash = '';
  private statusMessage: [MessageKey, MessageParams?] | null = null;

  constructor(private readonly deps: SandboxDeps) {
    this.start = readStart(location.hash);
    this.state = new SandboxState(draftFromSpec(this.start.spec), this.start.settings);
    this.worker = new WorkerModel(deps.training);
    this.estimator = new EpochEstimator((spec, options) => deps.training.bridge.call((r) => r.measureThroughput(spec, options)), (estimate) => this.build.showEstimate(estimate));
    const requestRender = () => this.screen?.requestRender();
    const relayout = () => this.screen?.relayout();
    const { state, worker, estimator } = this;
    this.build = new BuildPanel(state, worker, deps.data, requestRender, relayout);
    this.train = new TrainPanel({ state, runner: deps.training, worker, estimator, data: deps.data, requestRender, relayout, onTrained: (run) => this.trained(run) });
    this.history = new HistoryPanel(deps.runs, { reopen: (run) => this.reopen(run) });
    const share = new SharePanel(state, ({ spec, weights, settings }) => this.load(spec, settings ?? state.settings, { spec, seed: settings?.seed ?? 1, weights, source: 'import' }));
    this.panels = { build: this.build, playground: new PlaygroundPanel(state, deps.data, prefersReducedMotion(), requestRender), train: this.train, history: this.history, share };
    const wrappers = Object.fromEntries(TABS.map(({ id }) => [id, h('div', { class: `sb-tabpanel sb-tabpanel-${id}` }, this.panels[id].element)])) as unknown as Record<TabId, HTMLElement>;
    this.tabs = new Tabs<TabId>(TABS.map((tab) => ({ ...tab, panel: wrappers[tab.id] })), (id) => this.showPanel(id), 'sandbox.tabsLabel');
    for (const panel of Object.values(this.panels)) if (panel.view) this.view.addChild(panel.view);
    this.element = h(
      'section',
      { class: 'screen sandbox-screen', 'aria-labelledby': 'sb-heading' },
      this.texts.set(h('h2', { id: 'sb-heading' }), 'sandbox.heading'),
      this.texts.set(h('p'), 'sandbox.intro'),
      this.linkAlert,
      this.status,
      this.tabs.element,
      ...TABS.map(({ id }) => wrappers[id]),
    );
    state.on((change) => this.changed(change));
    this.showPanel('build');
    this.changed('draft');
    this.exposeDebug();
  }

  async prepare(context: ScreenContext): Promise<void> {
    this.screen = context;
    await this.loadLinkedWeights();
  }

  /** A new address inside the sandbox (a pasted link, back/forward): open what it names. */
  async route(hash: string): Promise<void> {
    if (hash === this.writtenHash) return;
    this.start = readStart(hash, this.state.settings);
    this.load(this.start.spec, this.start.settings, null);
    this.renderLinkAlert();
    await this.loadLinkedWeights();
  }

  update(deltaMs: number): void {
    this.panels[this.tabs.selected].update?.(deltaMs);
  }

  resize(width: number): number {
    return this.panels[this.tabs.selected].resize?.(width) ?? 1;
  }

  translate(): void {
    this.texts.apply();
    this.tabs.translate();
    for (const panel of Object.values(this.panels)) panel.translate();
    this.renderLinkAlert();
    this.status.textContent = this.statusMessage ? t(...this.statusMessage) : '';
  }

  destroy(): void {
    this.estimator.dispose();
    for (const panel of Object.values(this.panels)) panel.destroy();
    this.view.destroy({ children: true });
  }

  private say(key: MessageKey, params?: MessageParams): void {
    this.statusMessage = [key, params];
    this.status.textContent = t(key, params);
  }

  /** Puts a network, its settings and (optionally) its trained weights into every panel. */
  private load(spec: ModelSpec, settings: SandboxSettings, model: KeptModel | null): void {
    this.state.setDraft(draftFromSpec(spec));
    this.build.editor.set(this.state.draft);
    this.train.settings.set(settings);
    this.state.setSettings(settings);
    this.state.setModel(model);
  }

  /** The stored network a link names (`w=`), if it is there and fits the link's network. */
  private async loadLinkedWeights(): Promise<void> {
    const key = this.start.weightsKey;
    if (!key) return;
    const stored = await this.deps.runs.trained(key).catch(() => undefined);
    const spec = stored && specOf(stored);
    if (!stored || !spec || !sameNetwork(spec, this.state.spec)) return this.say('sandbox.linkWeightsMissing');
    this.state.setModel({ spec: this.state.spec, seed: stored.seed, weights: stored.weights, source: key.startsWith('lesson:') ? 'lesson' : 'history', storageKey: key });
    this.say(key.startsWith('lesson:') ? 'sandbox.linkWeightsLesson' : 'sandbox.linkWeightsRun');
  }

  private trained({ result, model, estimatedSecondsPerEpoch }: FinishedRun): void {
    const run = runOfResult(result, this.state.settings, estimatedSecondsPerEpoch);
    if (!run) return;
    model.storageKey = runKey(run.id);
    this.state.setModel(model);
    void this.history.add(run);
  }

  private reopen(run: SandboxRun): void {
    this.load(run.spec, run.settings, { spec: run.spec, seed: run.seed, weights: run.weights, source: 'history', storageKey: runKey(run.id) });
    this.say('sandbox.runReopened', { name: run.spec.name });
    this.tabs.select('build', true);
  }

  private renderLinkAlert(): void {
    const error = this.start.error;
    this.linkAlert.hidden = !error;
    this.linkAlert.textContent = error ? t('sandbox.linkFailed', { reason: shareLinkErrorMessage(error) }) : '';
  }

  private showPanel(id: TabId): void {
    for (const [tab, panel] of Object.entries(this.panels) as [TabId, SandboxPanel][]) {
      if (panel.view) panel.view.visible = tab === id;
      if (tab !== id) panel.hidden?.();
    }
    const panel = this.panels[id];
    this.canvasHost.hidden = !panel.canvasHost;
    panel.canvasHost?.prepend(this.canvasHost);
    panel.shown?.();
    this.screen?.relayout();
  }

  private changed(change: 'draft' | 'settings' | 'model'): void {
    if (change !== 'model') {
      const { batchSize, threads, seed, trainLimit } = this.state.settings;
      this.estimator.request(this.state.trainable ? { spec: this.state.spec, batchSize, threads, seed, images: trainLimit ?? 60_000 } : null);
    }
    const hash = this.state.shareHash();
    if (hash && hash !== location.hash) {
      history.replaceState(history.state, '', hash);
      this.writtenHash = hash;
    }
  }

  private exposeDebug(): void {
    exposeDebugHook('sandbox', {
      spec: () => this.state.spec,
      settings: () => this.state.settings,
      estimate: () => this.estimator.state,
      /** Probabilities of the first `count` test images from the kept network (N × 10, flat). */
      predictions: async (count: number) => {
        const model = this.state.fittingModel;
        if (!model) throw new Error('no trained network fits the current design');
        return Array.from(await this.worker.predictions(model, count));
      },
    });
  }
}
