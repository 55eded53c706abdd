// A section of the sandbox (one tab): its DOM, and optionally a Pixi scene on the shared canvas,
// which the screen moves into the panel's canvasHost while the panel is shown.
import type { Container } from 'pixi.js';

export interface SandboxPanel {
  readonly element: HTMLElement;
  readonly view?: Container;
  /** Where the canvas goes (position: relative: overlays are laid over it); required with `view`. */
  readonly canvasHost?: HTMLElement;
  /** Lays the scene out for `width` CSS px; returns the canvas height it needs. */
  resize?(width: number): number;
  update?(deltaMs: number): void;
  translate(): void;
  /** The panel became visible (e.g. refresh what may have changed while hidden). */
  shown?(): void;
  hidden?(): void;
  destroy(): void;
}
