// A screen: one view of the app with a small lifecycle, owned by Navigation (after Pixi's
// open-games). Text and controls live in the DOM (`element`); pictures are drawn by Pixi
// (`view`) on the one shared canvas, which Navigation moves into the screen's `canvasHost`.
//
// Order: prepare → (element attached, translate, resize) → show → update*/resize*/translate*
//        → hide → destroy.
import type { Container } from 'pixi.js';

/**
 * A view inside a screen changed its own size (e.g. a feature-map zoom): dispatched on one of the
 * screen's elements, bubbling; Navigation answers it as it answers ScreenContext.relayout().
 */
export const RELAYOUT_EVENT = 'filterfit:relayout';

export interface ScreenContext {
  /** prefers-reduced-motion: animations should jump to their end state. */
  readonly reducedMotion: boolean;
  /** Draws the canvas once (screens that do not animate render on demand). */
  requestRender(): void;
  /**
   * The screen's scene changed size or moved (e.g. the lesson switched steps): asks `resize` again
   * and sizes the canvas to the answer, even when the host's width stayed the same.
   */
  relayout(): void;
}

export interface AppScreen {
  /** Names the screen in `<main data-screen>` (tests and styles). */
  readonly id: string;
  /** The screen's DOM: headings, text, controls. */
  readonly element: HTMLElement;
  /** The screen's Pixi scene; screens without one show no canvas. */
  readonly view?: Container;
  /** Where the canvas goes inside `element`; required with `view`. */
  readonly canvasHost?: HTMLElement;

  /** Builds what the screen needs before it is attached. */
  prepare?(context: ScreenContext): void | Promise<void>;
  show?(): void | Promise<void>;
  hide?(): void | Promise<void>;
  /** Per frame while shown; only called for screens that define it. `deltaMs` since last frame. */
  update?(deltaMs: number): void;
  /** Lays out for a canvas `width` CSS px wide; returns the canvas height it needs (CSS px). */
  resize?(width: number): number;
  /** Rewrites every text in the current language. */
  translate?(): void;
  destroy?(): void;
}
