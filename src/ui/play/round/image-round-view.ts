// The Pixi picture of an image round: the test image as a card with the first layer's window
// sweeping it and one feature map filling in (the shared kernel slide), all first-layer maps
// lighting up, the pooled maps they collapse into, and the ten class bars. Frames come from the
// timeline (timeline.ts); this only draws them. One instance per round: destroy() frees every
// object and texture it made.
import { Container, Graphics } from 'pixi.js';
import { CLASS_COUNT } from '../../../data/classes';
import type { LayerActivation } from '../../../shared/training-types';
import { FeatureGridView } from '../../views/feature-maps/feature-grid-view';
import type { GridTile } from '../../views/feature-maps/grid-layout';
import { slideDuration, windowFrame, type ConvLayout } from '../../views/kernel-slide/conv-slide';
import { KernelSlideView } from '../../views/kernel-slide/kernel-slide-view';
import { MAX_MAPS, SLIDE_DESIGN_WIDTH, type RoundLayout, type SceneContent } from './round-layout';
import type { NetworkVerdict } from './scene-data';
import { THINKING_PHASES, thinkingBarHeight, type Particle, type RevealFrame, type ThinkingFrame } from './timeline';

const SWEEP_MS = THINKING_PHASES.find(([name]) => name === 'sweep')![1];
const COLOURS = { outputEmpty: 0xe5e7eb, bar: 0x94a3b8, top: [0x1f3a5f, 0x4f6d96, 0x8aa2c4], truth: 0x2b8a3e, base: 0x6b7280, cover: 0xffffff };
export const PARTICLE_PALETTE = [0xf4c542, 0xe8590c, 0x2b8a3e, 0x1f3a5f];

export interface ImageScene {
  /** The 28×28 u8 test image. */
  image: Uint8Array;
  /** The first layer's geometry, and the map the sweep fills in (outH·outW values, its max). */
  sweep?: { conv: ConvLayout; values: Float32Array; max: number };
  /** First-layer maps that light up, and the pooled maps they collapse into (if the network has them). */
  maps?: LayerActivation;
  pooled?: LayerActivation;
  /** Draw the ten class bars (not in a filter round). */
  bars: boolean;
}

/** The first `n` channels of an (h, w, c) activation (a sandbox network may have 64). */
function firstChannels(activation: LayerActivation, n: number): { values: Float32Array; shape: number[] } {
  const [h, w, c] = activation.shape;
  if (c <= n) return activation;
  const values = new Float32Array(h * w * n);
  for (let p = 0; p < h * w; p++) for (let k = 0; k < n; k++) values[p * n + k] = activation.values[p * c + k];
  return { values, shape: [h, w, n] };
}

export function imageSceneContent(scene: ImageScene): SceneContent {
  const size = (a?: LayerActivation): [number, number] => (a ? [a.shape[0], a.shape[1]] : [1, 1]);
  return { kind: 'image', maps: scene.maps?.shape[2] ?? 0, mapSize: size(scene.maps), pooled: scene.pooled?.shape[2] ?? 0, pooledSize: size(scene.pooled), bars: scene.bars };
}

export class ImageRoundView {
  readonly view = new Container();
  private readonly slideHolder = new Container();
  private readonly card = new Container();
  private readonly slide = new KernelSlideView();
  /** Hides the map cells the window has not reached yet (the map is uploaded once, not per frame). */
  private readonly outputCover = new Graphics();
  private readonly maps = new FeatureGridView();
  private readonly covers = new Graphics();
  private readonly pooled = new FeatureGridView();
  private readonly bars = new Graphics();
  private readonly particles = new Graphics();
  private layout?: RoundLayout;
  private filled = -1;
  /** Bar heights (0 … 1) drawn last: the reveal starts from them. */
  heights: number[] = new Array<number>(CLASS_COUNT).fill(0);

  constructor(private readonly scene: ImageScene) {
    this.slide.resize(SLIDE_DESIGN_WIDTH);
    this.slide.setImage(scene.image);
    if (scene.sweep) {
      this.slide.setConv(scene.sweep.conv);
      this.slide.setOutput(scene.sweep.values, scene.sweep.conv.positions, scene.sweep.max);
    }
    this.slide.showOutput(scene.sweep !== undefined);
    const { image, cell } = this.slide.layout;
    // The card turns about the image's centre.
    const centre = { x: image.x + 14 * cell, y: image.y + 14 * cell };
    this.card.pivot.set(centre.x, centre.y);
    this.card.position.set(centre.x, centre.y);
    this.card.addChild(this.slide.view, this.outputCover);
    this.slideHolder.addChild(this.card);
    if (scene.maps) {
      const { values, shape } = firstChannels(scene.maps, MAX_MAPS);
      this.maps.setActivation(values, shape);
    }
    if (scene.pooled) {
      const { values, shape } = firstChannels(scene.pooled, MAX_MAPS);
      this.pooled.setActivation(values, shape);
    }
    this.view.addChild(this.slideHolder, this.maps.view, this.covers, this.pooled.view, this.bars, this.particles);
  }

  setLayout(layout: RoundLayout): void {
    this.layout = layout;
    const slide = layout.slide;
    if (slide) {
      this.slideHolder.position.set(slide.x, slide.y);
      this.slideHolder.scale.set(slide.scale);
    }
    this.maps.place(layout.maps);
    this.pooled.place(layout.pooled);
  }

  drawThinking(frame: ThinkingFrame, timeMs: number): void {
    this.card.scale.x = Math.max(0.02, frame.flip);
    this.drawSweep(frame.sweep);
    this.drawMaps(frame);
    for (let c = 0; c < CLASS_COUNT; c++) this.heights[c] = thinkingBarHeight(frame, c, timeMs);
    this.drawBars(this.heights);
  }

  /** The bars from `from` (where thinking left them) to the probabilities; then the marks. */
  drawReveal(frame: RevealFrame, verdict: NetworkVerdict, from: readonly number[]): void {
    const heights = from.map((h, c) => h + (verdict.probabilities[c] - h) * frame.bars);
    this.drawBars(heights, verdict, frame.marks);
  }

  drawParticles(particles: readonly Particle[]): void {
    const g = this.particles.clear();
    for (const p of particles) g.rect(p.x - p.size / 2, p.y - p.size / 2, p.size, p.size).fill({ color: PARTICLE_PALETTE[p.colour], alpha: p.alpha });
  }

  /** Top of bar `c` at probability `p` (where a burst starts). */
  barTop(c: number, p: number): { x: number; y: number } {
    const bars = this.layout?.bars;
    if (!bars) return { x: 0, y: 0 };
    return { x: bars.x + c * bars.step + bars.barWidth / 2, y: bars.y + bars.height * (1 - p) };
  }

  private drawSweep(share: number): void {
    const sweep = this.scene.sweep;
    if (!sweep) return;
    const { conv } = sweep;
    const speed = Math.max(1, (conv.positions - 1) / (SWEEP_MS / 1000));
    this.slide.setFrame(windowFrame(conv, share * slideDuration(conv.positions, speed), speed));
    const filled = share >= 1 ? conv.positions : Math.floor(share * conv.positions);
    if (filled === this.filled) return;
    this.filled = filled;
    // Cells from `filled` on: the rest of its row, then every row below.
    const { output, cell } = this.slide.layout;
    const row = Math.floor(filled / conv.outW);
    const col = filled % conv.outW;
    const g = this.outputCover.clear();
    if (row < conv.outH) g.rect(output.x + col * cell, output.y + row * cell, (conv.outW - col) * cell, cell);
    if (row + 1 < conv.outH) g.rect(output.x, output.y + (row + 1) * cell, conv.outW * cell, (conv.outH - row - 1) * cell);
    if (row < conv.outH) g.fill({ color: COLOURS.outputEmpty });
  }

  private drawMaps(frame: ThinkingFrame): void {
    const tiles = this.layout?.maps ?? [];
    const g = this.covers.clear();
    tiles.forEach((tile, k) => {
      const lit = Math.min(1, Math.max(0, frame.maps * tiles.length - k));
      if (lit < 1) g.rect(tile.x - 1, tile.y - 1, tile.w + 2, tile.h + 2).fill({ color: COLOURS.cover, alpha: 1 - lit });
    });
    const pooledTiles = this.layout?.pooled ?? [];
    if (pooledTiles.length === 0) return;
    this.maps.view.alpha = 1 - 0.6 * frame.collapse;
    this.pooled.view.alpha = frame.collapse;
    // Each pooled map flies in from the map it was pooled from (channel k of k mod K).
    const from = (i: number): GridTile => tiles[i % Math.max(1, tiles.length)] ?? pooledTiles[i];
    this.pooled.place(
      pooledTiles.map((to, i) => {
        const a = from(i);
        const u = frame.collapse;
        return { x: a.x + (to.x - a.x) * u, y: a.y + (to.y - a.y) * u, w: a.w + (to.w - a.w) * u, h: a.h + (to.h - a.h) * u };
      }),
    );
  }

  private drawBars(heights: readonly number[], verdict?: NetworkVerdict, marks = 0): void {
    this.heights = [...heights];
    const bars = this.layout?.bars;
    const g = this.bars.clear();
    if (!bars || !this.scene.bars) return;
    const bottom = bars.y + bars.height;
    for (let c = 0; c < CLASS_COUNT; c++) {
      const x = bars.x + c * bars.step;
      const h = Math.max(1, heights[c] * bars.height);
      const rank = verdict ? verdict.top.findIndex((t) => t.label === c) : -1;
      g.rect(x, bottom - h, bars.barWidth, h).fill({ color: rank >= 0 && marks > 0 ? COLOURS.top[rank] : COLOURS.bar });
      if (verdict && verdict.label === c && marks > 0) {
        g.rect(x - 2, bars.y - 2, bars.barWidth + 4, bars.height + 4).stroke({ width: 3, color: COLOURS.truth, alpha: marks });
      }
    }
    g.moveTo(bars.x, bottom + 0.5).lineTo(bars.x + bars.width, bottom + 0.5).stroke({ width: 1, color: COLOURS.base });
  }

  destroy(): void {
    this.slide.destroy();
    this.maps.destroy();
    this.pooled.destroy();
    this.view.destroy({ children: true });
  }
}
