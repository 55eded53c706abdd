// The DOM laid over a LayerStackView: a caption above the input and above each layer, and labels
// under the tiles of each grid layer ("Filter 3 · empty"), all placed from the stack's placement.
// The owner writes the texts (they say what its page is about).
import { h } from '../../framework/dom';
import { place } from '../place';
import { TileLabels } from './feature-grid-view';
import type { StackLayer, StackPlacement } from './layer-stack-view';

export class StackOverlay {
  readonly inputCaption = h('span', { class: 'lv-caption' });
  private readonly captions = new Map<number, HTMLSpanElement>();
  private readonly tileLabels = new Map<number, TileLabels>();
  /** Each layer's caption and, for a grid, its tile labels, in layer order (for the canvas host). */
  readonly layerElements: HTMLElement[] = [];

  constructor(layers: readonly StackLayer[]) {
    for (const layer of layers) {
      const caption = h('span', { class: 'lv-caption' });
      this.captions.set(layer.index, caption);
      this.layerElements.push(caption);
      if (layer.shape.length === 3) {
        const labels = new TileLabels();
        this.tileLabels.set(layer.index, labels);
        this.layerElements.push(labels.element);
      }
    }
  }

  caption(layer: number): HTMLSpanElement | undefined {
    return this.captions.get(layer);
  }

  labels(layer: number): TileLabels | undefined {
    return this.tileLabels.get(layer);
  }

  place(placement: StackPlacement): void {
    place(this.inputCaption, placement.inputCaption);
    for (const [index, caption] of this.captions) {
      const at = placement.captions.get(index);
      if (at) place(caption, at);
    }
    for (const [index, labels] of this.tileLabels) labels.place(placement.tiles.get(index) ?? []);
  }
}
