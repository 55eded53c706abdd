// Owns the current screen, the shared Pixi application (created on first need, WebGL) and the
// canvas size. The canvas follows the width of the screen's canvasHost; the screen says how tall
// it must be. Screens without `update` are drawn on demand, so an idle page costs nothing.
import { Application } from 'pixi.js';
import { exposeDebugGlobal } from './debug';
import { prefersReducedMotion } from './motion';
import { RELAYOUT_EVENT, type AppScreen, type ScreenContext } from './screen';

/** Pixi could not start (no WebGL); the app shows a translated panel. */
export class GraphicsError extends Error {
  override readonly name = 'GraphicsError';
}

export class Navigation {
  private current?: AppScreen;
  private pixi?: Promise<Application>;
  private app?: Application;
  private canvasWidth = 0;
  private readonly resizeObserver = new ResizeObserver(() => this.layout());
  private readonly tick = (ticker: { deltaMS: number }) => this.current?.update?.(ticker.deltaMS);

  constructor(private readonly outlet: HTMLElement) {
    outlet.addEventListener(RELAYOUT_EVENT, () => {
      this.canvasWidth = 0;
      this.layout();
    });
  }

  get screen(): AppScreen | undefined {
    return this.current;
  }

  /** Hides and destroys the current screen, then prepares and shows `screen`. */
  async goTo(screen: AppScreen): Promise<void> {
    await this.leave();
    this.outlet.dataset.screen = screen.id;
    this.outlet.dataset.state = 'preparing';
    const context: ScreenContext = {
      reducedMotion: prefersReducedMotion(),
      requestRender: () => this.render(),
      relayout: () => {
        if (this.current !== screen) return;
        this.canvasWidth = 0;
        this.layout();
      },
    };
    await screen.prepare?.(context);
    this.current = screen;
    this.outlet.replaceChildren(screen.element);
    const app = screen.view ? await this.application() : undefined;
    if (app && screen.view) {
      app.stage.addChild(screen.view);
      screen.canvasHost!.prepend(app.canvas);
      this.resizeObserver.observe(screen.canvasHost!);
    }
    screen.translate?.();
    this.canvasWidth = 0;
    this.layout();
    if (app && screen.update && !context.reducedMotion) {
      app.ticker.add(this.tick);
      app.start();
    }
    await screen.show?.();
    this.outlet.dataset.state = 'shown';
  }

  /** Rewrites the current screen's text (language change); layout may change with it. */
  translate(): void {
    this.current?.translate?.();
    this.canvasWidth = 0;
    this.layout();
  }

  private async leave(): Promise<void> {
    const screen = this.current;
    if (!screen) return;
    this.current = undefined;
    await screen.hide?.();
    if (this.app) {
      this.app.stop();
      this.app.ticker.remove(this.tick);
      if (screen.view) this.app.stage.removeChild(screen.view);
      this.app.canvas.remove();
    }
    if (screen.canvasHost) this.resizeObserver.unobserve(screen.canvasHost);
    screen.element.remove();
    screen.destroy?.();
  }

  private application(): Promise<Application> {
    this.pixi ??= (async () => {
      const app = new Application();
      try {
        await app.init({
          preference: 'webgl',
          backgroundAlpha: 0,
          antialias: false,
          autoDensity: true,
          resolution: Math.max(1, globalThis.devicePixelRatio || 1),
          autoStart: false,
          sharedTicker: false,
          width: 1,
          height: 1,
        });
      } catch (error) {
        throw new GraphicsError(String((error as Error)?.message ?? error));
      }
      app.canvas.classList.add('stage-canvas');
      // The PixiJS devtools convention; e2e reads the live GPU textures through it (leak checks).
      exposeDebugGlobal('__PIXI_APP__', app);
      this.app = app;
      return app;
    })();
    return this.pixi;
  }

  private layout(): void {
    const screen = this.current;
    const app = this.app;
    if (!screen?.view || !screen.resize || !app) return;
    const width = Math.floor(screen.canvasHost!.clientWidth);
    if (width <= 0 || width === this.canvasWidth) return;
    this.canvasWidth = width;
    const height = Math.max(1, Math.ceil(screen.resize(width)));
    app.renderer.resize(width, height);
    this.render();
  }

  private render(): void {
    if (this.app && this.current?.view) this.app.render();
  }
}
