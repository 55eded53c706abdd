// The sandbox (#sandbox): design a network, look at filters and strides, train it, compare runs,
// share and export. The screen only composes: the shared state (sandbox-state.ts), one panel per
// tab (build, playground, train, history, share), the epoch estimate, and the address: the network
// and settings live in the hash (`#sandbox?m=…`, rewritten as they change), so a reload or a shared
// link opens the same network. The one canvas moves into the shown panel's canvasHost.
import { Container } from 'pixi.js';
import './sandbox.css';
import type { FashionMnist } from '../../data/dataset';
import { exposeDebugHook } from '../framework/debug';
import { h } from '../framework/dom';
import { prefersReducedMotion } from '../framework/motion';
import type { AppScreen, ScreenContext } from '../framework/screen';
import { BoundTexts } from '../i18n/bound-texts';
import { t } from '../i18n/i18n';
import type { MessageKey } from '../i18n/messages';
import type { TrainingRunner } from '../training/training-runner';
import { BuildPanel } from './build-panel';
import { draftFromSpec } from './editor/draft';
import { EpochEstimator } from './editor/epoch-estimator';
import { shareLinkErrorMessage } from './error-messages';
import type { SandboxPanel } from './panel';
import { SandboxState } from './sandbox-state';
import { readStart, type SandboxStart } from './start-link';
import { Tabs } from './tabs';
import { PlaygroundPanel } from './playground/playground-panel';
import { TrainPanel } from './train/train-panel';
import { WorkerModel } from './worker-model';

type TabId = 'build' | 'playground' | 'train';

const TABS: readonly { id: TabId; label: MessageKey }[] = [
  { id: 'build', label: 'sandbox.tabBuild' },
  { id: 'playground', label: 'sandbox.tabPlayground' },
  { id: 'train', label: 'sandbox.tabTrain' },
];

export interface SandboxDeps {
  data: FashionMnist;
  training: TrainingRunner;
}

export class SandboxScreen implements AppScreen {
  readonly id = 'sandbox';
  readonly element: HTMLElement;
  readonly view = new Container({ label: 'sandbox' });
  /** Holds the shared canvas; moved into the shown panel's canvasHost. */
  readonly canvasHost = h('div', { class: 'sb-canvas' });
  private readonly texts = new BoundTexts();
  private readonly linkAlert = h('p', { class: 'alert', id: 'sb-link-alert', role: 'alert', hidden: true });
  private readonly state: SandboxState;
  private readonly worker: WorkerModel;
  private readonly estimator: EpochEstimator;
  private readonly panels: Record<TabId, SandboxPanel>;
  private readonly build: BuildPanel;
  private readonly tabs: Tabs<TabId>;
  private start: SandboxStart;
  private screen?: ScreenContext;
  private writtenHash = '';

  constructor(private readonly deps: SandboxDeps) {
    this.start = readStart(location.hash);
    this.state = new SandboxState(draftFromSpec(this.start.spec), this.start.settings);
    this.worker = new WorkerModel(deps.training);
    this.estimator = new EpochEstimator(
      (spec, options) => deps.training.bridge.call((r) => r.measureThroughput(spec, options)),
      (estimate) => this.build.showEstimate(estimate),
    );
    const requestRender = () => this.screen?.requestRender();
    const relayout = () => this.screen?.relayout();
    this.build = new BuildPanel(this.state, this.worker, deps.data, requestRender, relayout);
    const train = new TrainPanel({ state: this.state, runner: deps.training, worker: this.worker, estimator: this.estimator, data: deps.data, requestRender, relayout, onTrained: () => {} });
    const playground = new PlaygroundPanel(this.state, deps.data, prefersReducedMotion(), requestRender);
    this.panels = { build: this.build, playground, train };
    const wrappers = Object.fromEntries(TABS.map(({ id }) => [id, h('div', { class: `sb-tabpanel sb-tabpanel-${id}` }, this.panels[id].element)])) as unknown as Record<TabId, HTMLElement>;
    this.tabs = new Tabs<TabId>(TABS.map((tab) => ({ ...tab, panel: wrappers[tab.id] })), (id) => this.showPanel(id), 'sandbox.tabsLabel');
    for (const p of Object.values(this.panels)) if (p.view) this.view.addChild(p.view);
    this.element = h(
      'section',
      { class: 'screen sandbox-screen', 'aria-labelledby': 'sb-heading' },
      this.texts.set(h('h2', { id: 'sb-heading' }), 'sandbox.heading'),
      this.texts.set(h('p'), 'sandbox.intro'),
      this.linkAlert,
      this.tabs.element,
      ...TABS.map(({ id }) => wrappers[id]),
    );
    this.state.on((change) => this.changed(change));
    this.showPanel('build');
    this.changed('draft');
    this.exposeDebug();
  }

  prepare(context: ScreenContext): void {
    this.screen = context;
  }

  /** A new address inside the sandbox (a pasted link, back/forward): open what it names. */
  async route(hash: string): Promise<void> {
    if (hash === this.writtenHash) return;
    this.start = readStart(hash, this.state.settings);
    this.state.setDraft(draftFromSpec(this.start.spec));
    this.build.editor.set(this.state.draft);
    (this.panels.train as TrainPanel).settings.set(this.start.settings);
    this.state.setSettings(this.start.settings);
    this.renderLinkAlert();
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
    for (const p of Object.values(this.panels)) p.translate();
    this.renderLinkAlert();
  }

  destroy(): void {
    this.estimator.dispose();
    for (const p of Object.values(this.panels)) p.destroy();
    this.view.destroy({ children: true });
  }

  private renderLinkAlert(): void {
    const error = this.start.error;
    this.linkAlert.hidden = !error;
    this.linkAlert.textContent = error ? t('sandbox.linkFailed', { reason: shareLinkErrorMessage(error) }) : '';
  }

  private showPanel(id: TabId): void {
    for (const [tab, p] of Object.entries(this.panels) as [TabId, SandboxPanel][]) {
      if (p.view) p.view.visible = tab === id;
      if (tab !== id) p.hidden?.();
    }
    const panel = this.panels[id];
    if (panel.canvasHost) {
      panel.canvasHost.prepend(this.canvasHost);
      this.canvasHost.hidden = false;
    } else {
      this.canvasHost.hidden = true;
    }
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
      predictions: async (count: number) => {
        const model = this.state.fittingModel;
        if (!model) throw new Error('no trained network fits the current design');
        return Array.from(await this.worker.predictions(model, count));
      },
    });
  }
}
