// The "Build" section: the layer editor and its costs side by side, then the architecture picture
// and, for the chosen block, the inspector (feature maps and filters of the kept network).
// Everything follows the shared state: an edit re-analyses, redraws and asks for a new estimate.
import { Container } from 'pixi.js';
import type { FashionMnist } from '../../data/dataset';
import { h } from '../framework/dom';
import { BoundTexts } from '../i18n/bound-texts';
import { ArchitectureView } from './architecture/architecture-view';
import { LayerInspector } from './architecture/layer-inspector';
import { CostView } from './editor/cost-view';
import type { EstimateState } from './editor/epoch-estimator';
import { LayerEditorView } from './editor/layer-editor-view';
import type { SandboxPanel } from './panel';
import type { SandboxState } from './sandbox-state';
import { WorkerModel } from './worker-model';

const PICTURE_GAP = 24;

export class BuildPanel implements SandboxPanel {
  readonly element: HTMLElement;
  readonly view = new Container({ label: 'sandbox-build' });
  readonly canvasHost: HTMLElement;
  private readonly texts = new BoundTexts();
  readonly editor: LayerEditorView;
  private readonly costs = new CostView();
  private readonly picture: ArchitectureView;
  private readonly inspector: LayerInspector;
  private readonly unsubscribe: () => void;
  private chosen = -1;
  private pictureHeight = 0;

  constructor(
    private readonly state: SandboxState,
    private readonly worker: WorkerModel,
    data: FashionMnist,
    private readonly requestRender: () => void,
    private readonly relayout: () => void,
  ) {
    this.editor = new LayerEditorView((draft) => state.setDraft(draft));
    this.picture = new ArchitectureView((layer) => this.choose(layer));
    this.inspector = new LayerInspector(data, requestRender, relayout);
    this.view.addChild(this.picture.view, this.inspector.view);
    this.canvasHost = h('div', { class: 'sb-stage', id: 'sb-picture-stage' }, this.picture.overlay, this.inspector.overlay);
    this.element = h(
      'div',
      { class: 'sb-build' },
      h('div', { class: 'sb-build-top' }, this.editor.element, this.costs.element),
      h(
        'section',
        { class: 'sb-panel sb-picture', 'aria-labelledby': 'sb-picture-heading' },
        this.texts.set(h('h3', { id: 'sb-picture-heading' }), 'sandbox.pictureHeading'),
        this.texts.set(h('p', { class: 'lv-hint', id: 'sb-picture-hint' }), 'sandbox.pictureIntro'),
        this.inspector.element,
        this.canvasHost,
      ),
    );
    this.editor.set(state.draft);
    this.unsubscribe = state.on((change) => this.changed(change));
    this.changed('draft');
  }

  showEstimate(estimate: EstimateState): void {
    this.costs.showEstimate(estimate);
  }

  resize(width: number): number {
    this.pictureHeight = this.picture.resize(width);
    const inspectorHeight = this.inspector.resize(this.pictureHeight + PICTURE_GAP, width);
    return this.pictureHeight + (inspectorHeight > 0 ? PICTURE_GAP + inspectorHeight : 0);
  }

  translate(): void {
    this.texts.apply();
    this.editor.translate();
    this.costs.translate();
    this.picture.translate();
    this.inspector.translate();
  }

  /** The picture's blocks and the inspector follow the draft; the costs follow settings too. */
  private changed(change: 'draft' | 'settings' | 'model'): void {
    const { analysis } = this.state;
    if (change === 'draft') this.editor.showAnalysis(analysis);
    if (change !== 'model') this.costs.show(analysis, this.state.settings);
    if (change !== 'settings') {
      const spec = this.state.spec;
      this.picture.set(spec.input, spec.layers.map((layer, i) => ({ kind: layer.kind, shape: analysis.rows[i]?.outputShape ?? null })));
      if (this.chosen >= spec.layers.length) this.chosen = -1;
      this.inspect();
      this.relayout();
    }
  }

  /** Chooses a block (the input block, −1, chooses nothing). */
  private choose(layer: number): void {
    this.chosen = layer;
    this.inspect();
    this.relayout();
  }

  private inspect(): void {
    const kept = this.state.fittingModel;
    const layer = this.chosen;
    this.picture.select(layer);
    const model = kept
      ? {
          ready: () => this.worker.hold(kept),
          activations: (image: Uint8Array) => this.worker.activations(kept, image),
          layerWeights: (index: number) => WorkerModel.layerWeights(kept, index),
        }
      : null;
    this.inspector.inspect(layer, layer >= 0 ? (this.state.analysis.rows[layer]?.outputShape ?? null) : null, model);
    this.canvasHost.dataset.chosen = String(layer);
    this.requestRender();
  }

  destroy(): void {
    this.unsubscribe();
    this.picture.destroy();
    this.inspector.destroy();
    this.view.destroy({ children: true });
  }
}
