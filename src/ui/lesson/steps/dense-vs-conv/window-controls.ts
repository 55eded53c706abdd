// The window's controls in "Why not dense?": play/pause, previous/next position, a slider, and a
// sentence that says where the window is (a live region while paused). The step keeps the state.
import { h } from '../../../framework/dom';
import type { BoundTexts } from '../../../i18n/bound-texts';
import { t, type MessageParams } from '../../../i18n/i18n';

export class WindowControls {
  readonly element: HTMLElement;
  readonly where = h('p', { class: 'dvc-where', id: 'dvc-where', 'aria-live': 'polite' });
  private readonly playButton = h('button', { type: 'button', class: 'button button-primary', id: 'dvc-play', 'aria-pressed': 'false' });
  private readonly prevButton = h('button', { type: 'button', class: 'button', id: 'dvc-prev' });
  private readonly nextButton = h('button', { type: 'button', class: 'button', id: 'dvc-next' });
  private readonly slider = h('input', { type: 'range', id: 'dvc-position', min: 0, step: 1, value: 0 });
  private playing = false;
  private params: MessageParams = {};

  constructor(texts: BoundTexts, positions: number, on: { play(): void; jump(position: number): void; step(delta: 1 | -1): void }) {
    this.slider.max = String(positions - 1);
    this.element = h(
      'div',
      { class: 'dvc-controls', role: 'group', 'aria-labelledby': 'dvc-controls-label' },
      texts.set(h('span', { id: 'dvc-controls-label', class: 'visually-hidden' }), 'stepDenseVsConv.controls'),
      this.playButton,
      this.prevButton,
      this.nextButton,
      h('div', { class: 'dvc-slider' }, texts.set(h('label', { for: 'dvc-position' }), 'stepDenseVsConv.position'), this.slider),
    );
    this.playButton.addEventListener('click', () => on.play());
    this.prevButton.addEventListener('click', () => on.step(-1));
    this.nextButton.addEventListener('click', () => on.step(1));
    this.slider.addEventListener('input', () => on.jump(this.slider.valueAsNumber));
  }

  /** Without motion there is nothing to play: the buttons and the slider step the window. */
  set reducedMotion(reduced: boolean) {
    this.playButton.hidden = reduced;
  }

  /** The window at `position`; `params` fill the texts that describe it. */
  setPosition(position: number, params: MessageParams): void {
    this.slider.value = String(position);
    this.params = params;
    this.describe();
  }

  setPlaying(playing: boolean): void {
    this.playing = playing;
    this.playButton.setAttribute('aria-pressed', String(playing));
    this.playButton.textContent = t(playing ? 'views.pause' : 'views.play');
    // While playing the description changes 26 times a second: keep it out of the live region.
    this.where.setAttribute('aria-live', playing ? 'off' : 'polite');
    if (!playing) this.describe();
  }

  translate(): void {
    this.playButton.textContent = t(this.playing ? 'views.pause' : 'views.play');
    this.prevButton.textContent = t('stepDenseVsConv.prev');
    this.nextButton.textContent = t('stepDenseVsConv.next');
    this.describe();
  }

  private describe(): void {
    this.slider.setAttribute('aria-valuetext', t('stepDenseVsConv.positionValue', this.params));
    this.where.textContent = t('stepDenseVsConv.where', this.params);
  }
}
