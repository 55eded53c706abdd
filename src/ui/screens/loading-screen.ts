// While the data downloads: a labelled <progress> with "x MB of y MB" under it.
import type { LoadProgress } from '../../data/loader';
import { formatNumber, t } from '../i18n/i18n';
import { h } from '../framework/dom';
import type { AppScreen } from '../framework/screen';

const megabytes = (bytes: number) => formatNumber(bytes / 1e6, undefined, { minimumFractionDigits: 1, maximumFractionDigits: 1 });

export class LoadingScreen implements AppScreen {
  readonly id = 'loading';
  readonly element: HTMLElement;
  private readonly heading = h('h2', { id: 'loading-heading' });
  private readonly intro = h('p');
  private readonly label = h('label', { for: 'data-progress' });
  private readonly progress = h('progress', { id: 'data-progress', max: 1, value: 0, 'aria-describedby': 'data-progress-bytes' });
  private readonly bytes = h('p', { id: 'data-progress-bytes', class: 'progress-bytes' });
  private latest: LoadProgress = { received: 0, total: 0 };
  private frame = 0;

  constructor() {
    this.element = h(
      'section',
      { class: 'screen loading-screen', 'aria-labelledby': 'loading-heading' },
      this.heading,
      this.intro,
      h('div', { class: 'progress-field' }, this.label, this.progress, this.bytes),
    );
  }

  /** Called per received chunk; the DOM is updated at most once per animation frame. */
  setProgress(progress: LoadProgress): void {
    this.latest = progress;
    this.frame ||= requestAnimationFrame(() => {
      this.frame = 0;
      this.render();
    });
  }

  private render(): void {
    const progress = this.latest;
    this.progress.max = Math.max(1, progress.total);
    this.progress.value = progress.received;
    this.bytes.textContent = t('loading.progressBytes', { received: megabytes(progress.received), total: megabytes(progress.total) });
  }

  translate(): void {
    this.heading.textContent = t('loading.heading');
    this.intro.textContent = t('loading.intro');
    this.label.textContent = t('loading.progressLabel');
    this.render();
  }

  destroy(): void {
    cancelAnimationFrame(this.frame);
  }
}
