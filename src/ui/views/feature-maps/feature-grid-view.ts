// Feature maps of one layer as a grid of channel images (5 columns, as the tutorial plots them),
// each scaled to its own range like matplotlib's imshow; empty or flat channels get a red frame.
// Labels under the tiles are DOM (TileLabels), placed from the same layout.
import { Container, Graphics, Sprite } from 'pixi.js';
import { h } from '../../framework/dom';
import { channelGray, channelRanges, channelStates, type ChannelRange, type ChannelState } from './activations';
import type { GridTile } from './grid-layout';
import { activationGray, PixelTexture } from '../pixel-texture';
import './feature-maps.css';

export class FeatureGridView {
  readonly view = new Container();
  private readonly outlines = new Graphics();
  private textures: PixelTexture[] = [];
  private sprites: Sprite[] = [];
  private tiles: GridTile[] = [];
  private states: ChannelState[] = [];
  private marked = false;
  ranges: ChannelRange[] = [];

  constructor() {
    this.view.addChild(this.outlines);
  }

  /** Draws an (h, w, c) activation; returns each channel's state (active / empty / flat). */
  setActivation(values: ArrayLike<number>, shape: readonly number[]): ChannelState[] {
    const [mapH, mapW, channels] = shape;
    if (this.textures.length !== channels || this.textures[0]?.width !== mapW || this.textures[0]?.height !== mapH) this.rebuild(mapH, mapW, channels);
    this.ranges = channelRanges(values, shape);
    this.states = channelStates(this.ranges);
    const gray = new Uint8Array(mapH * mapW);
    const layerMax = Math.max(0, ...this.ranges.map((r) => r.max));
    this.textures.forEach((texture, k) => {
      // An empty or flat channel has no picture: one even tone at its level in the layer.
      if (this.states[k] === 'active') channelGray(values, shape, k, this.ranges[k], gray);
      else gray.fill(activationGray(this.ranges[k].mean, layerMax));
      texture.setGray(gray).commit();
    });
    this.drawOutlines();
    return this.states;
  }

  /** Red frames around empty/flat channels (shown once the learner answered, so they don't give it away). */
  markInactive(marked: boolean): void {
    this.marked = marked;
    this.drawOutlines();
  }

  place(tiles: GridTile[]): void {
    this.tiles = tiles;
    this.sprites.forEach((sprite, i) => {
      const tile = tiles[i];
      if (!tile) return;
      sprite.position.set(tile.x, tile.y);
      sprite.width = tile.w;
      sprite.height = tile.h;
    });
    this.drawOutlines();
  }

  private rebuild(mapH: number, mapW: number, channels: number): void {
    for (const sprite of this.sprites) sprite.destroy();
    for (const texture of this.textures) texture.destroy();
    this.textures = Array.from({ length: channels }, () => new PixelTexture(mapW, mapH));
    this.sprites = this.textures.map((texture) => this.view.addChildAt(new Sprite(texture.texture), 0));
    if (this.tiles.length) this.place(this.tiles);
  }

  private drawOutlines(): void {
    const g = this.outlines.clear();
    this.tiles.forEach((tile, k) => {
      if (k >= this.sprites.length) return;
      const inactive = this.marked && this.states[k] !== 'active';
      g.rect(tile.x, tile.y, tile.w, tile.h).stroke({ width: inactive ? 3 : 1, color: inactive ? 0xc0262d : 0x9ca3af, alignment: 1 });
    });
  }

  destroy(): void {
    for (const texture of this.textures) texture.destroy();
    this.textures = [];
    this.view.destroy({ children: true });
  }
}

/** DOM labels laid over a Pixi grid (one per tile, under it), e.g. "Filter 3 · empty". */
export class TileLabels {
  readonly element = h('ol', { class: 'lv-tile-labels', 'aria-hidden': 'true' });
  private items: HTMLLIElement[] = [];

  set(texts: readonly string[], states?: readonly string[]): void {
    while (this.items.length < texts.length) {
      const item = h('li', { class: 'lv-tile-label' });
      this.items.push(item);
      this.element.append(item);
    }
    while (this.items.length > texts.length) this.items.pop()!.remove();
    this.items.forEach((item, i) => {
      item.textContent = texts[i];
      if (states?.[i]) item.dataset.state = states[i];
      else delete item.dataset.state;
    });
  }

  place(tiles: readonly GridTile[]): void {
    this.items.forEach((item, i) => {
      const tile = tiles[i];
      if (!tile) return;
      item.style.left = `${tile.x}px`;
      item.style.top = `${tile.y + tile.h + 1}px`;
      item.style.width = `${tile.w}px`;
    });
  }
}
