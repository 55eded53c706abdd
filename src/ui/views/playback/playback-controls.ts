// DOM controls of a steppable animation: back / play-pause / forward, a speed choice and a
// labelled scrubber. The owner keeps the state (time, playing, speed) and tells the controls what
// to show; the controls only report what the learner asked for. With reduced motion there is no
// play button and no speed: the animation is a row of stills to step through.
import { h } from '../../framework/dom';
import { t } from '../../i18n/i18n';
import type { MessageKey } from '../../i18n/messages';
import '../controls.css';
import './playback.css';

export interface PlaybackOptions {
  /** Prefix of the controls' ids (e.g. 'conv' → #conv-scrubber). */
  id: string;
  speeds: readonly number[];
  speed: number;
  reducedMotion: boolean;
  /** Label of the scrubber ("Window position"). */
  positionLabel: MessageKey;
  /** Option text for a speed, with {speed} ("{speed} positions per second"). */
  speedOption: MessageKey;
  /** aria-valuetext of the scrubber at a position. */
  valueText(position: number): string;
  onSeek(position: number): void;
  onPlay(playing: boolean): void;
  onSpeed(speed: number): void;
}

export class PlaybackControls {
  readonly element: HTMLElement;
  private readonly back = h('button', { type: 'button', class: 'button button-quiet' });
  private readonly play = h('button', { type: 'button', class: 'button' });
  private readonly forward = h('button', { type: 'button', class: 'button button-quiet' });
  private readonly speedSelect: HTMLSelectElement;
  private readonly speedLabel: HTMLLabelElement;
  private readonly scrubber: HTMLInputElement;
  private readonly scrubberLabel: HTMLLabelElement;
  private readonly count = { value: 1 };
  private position = 0;
  private playing = false;

  constructor(private readonly options: PlaybackOptions) {
    const { id } = options;
    this.back.id = `${id}-back`;
    this.play.id = `${id}-play`;
    this.forward.id = `${id}-forward`;
    this.speedSelect = h('select', { id: `${id}-speed` });
    for (const speed of options.speeds) this.speedSelect.append(h('option', { value: speed }));
    this.speedSelect.value = String(options.speed);
    this.speedLabel = h('label', { for: `${id}-speed` });
    this.scrubber = h('input', { type: 'range', id: `${id}-scrubber`, min: 0, max: 0, step: 1, value: 0 });
    this.scrubberLabel = h('label', { for: `${id}-scrubber` });

    this.back.addEventListener('click', () => options.onSeek(this.position - 1));
    this.forward.addEventListener('click', () => options.onSeek(this.position + 1));
    this.play.addEventListener('click', () => options.onPlay(!this.playing));
    this.speedSelect.addEventListener('change', () => options.onSpeed(Number(this.speedSelect.value)));
    this.scrubber.addEventListener('input', () => options.onSeek(this.scrubber.valueAsNumber));

    const buttons = h('div', { class: 'playback-buttons' }, this.back);
    if (!options.reducedMotion) buttons.append(this.play);
    buttons.append(this.forward);
    const speed = options.reducedMotion ? [] : [h('div', { class: 'playback-speed' }, this.speedLabel, this.speedSelect)];
    this.element = h(
      'div',
      { class: 'playback', role: 'group', id: `${id}-playback` },
      buttons,
      ...speed,
      h('div', { class: 'playback-scrubber' }, this.scrubberLabel, this.scrubber),
    );
  }

  setCount(count: number): void {
    this.count.value = Math.max(1, count);
    this.scrubber.max = String(this.count.value - 1);
    this.setPosition(Math.min(this.position, this.count.value - 1));
  }

  setPosition(position: number): void {
    this.position = position;
    this.scrubber.value = String(position);
    this.scrubber.setAttribute('aria-valuetext', this.options.valueText(position));
    this.back.disabled = position <= 0;
    this.forward.disabled = position >= this.count.value - 1;
  }

  setPlaying(playing: boolean): void {
    this.playing = playing;
    this.play.textContent = t(playing ? 'views.pause' : 'views.play');
  }

  translate(): void {
    this.element.setAttribute('aria-label', t('views.playbackLabel'));
    this.back.textContent = t('views.stepBack');
    this.forward.textContent = t('views.stepForward');
    this.setPlaying(this.playing);
    this.speedLabel.textContent = t('views.speed');
    [...this.speedSelect.options].forEach((option) => (option.textContent = t(this.options.speedOption, { speed: Number(option.value) })));
    this.scrubberLabel.textContent = t(this.options.positionLabel);
    this.setPosition(this.position);
  }
}
