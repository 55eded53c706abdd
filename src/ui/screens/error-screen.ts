// An explicit, translated error panel: what failed, in which file, and how to fix it.
import { DatasetError } from '../../data/errors';
import { t } from '../i18n/i18n';
import type { MessageKey } from '../i18n/messages';
import { h } from '../framework/dom';
import { GraphicsError } from '../framework/navigation';
import type { AppScreen } from '../framework/screen';

interface ErrorText {
  heading: MessageKey;
  files: string[];
  problem: () => string;
  hint?: MessageKey;
}

function describe(error: unknown): ErrorText {
  if (error instanceof DatasetError) {
    const { file, images, labels } = error.params;
    return {
      heading: 'errors.heading',
      files: (file !== undefined ? [file] : [images, labels]).filter((f) => f !== undefined).map(String),
      problem: () => t(error.key, error.params),
      hint: 'errors.dataHint',
    };
  }
  const detail = String((error as Error)?.message ?? error);
  if (error instanceof GraphicsError) {
    return { heading: 'errors.graphicsHeading', files: [], problem: () => t('errors.graphicsDetail', { detail }) };
  }
  return { heading: 'errors.unexpectedHeading', files: [], problem: () => t('errors.unexpectedDetail', { detail }) };
}

export class ErrorScreen implements AppScreen {
  readonly id = 'error';
  readonly element: HTMLElement;
  private readonly text: ErrorText;
  private readonly heading = h('h2', { id: 'error-heading' });
  private readonly fileLabel = h('dt');
  private readonly problemLabel = h('dt');
  private readonly problem = h('dd', { class: 'error-problem' });
  private readonly hint = h('p', { class: 'error-hint' });
  private readonly reload = h('button', { type: 'button', class: 'button' });

  constructor(error: unknown) {
    this.text = describe(error);
    const details = h('dl', { class: 'error-details' });
    if (this.text.files.length > 0) {
      details.append(this.fileLabel, h('dd', { class: 'error-file' }, ...this.text.files.flatMap((f, i) => [i > 0 ? ', ' : '', h('code', {}, f)])));
    }
    details.append(this.problemLabel, this.problem);
    this.reload.addEventListener('click', () => location.reload());
    this.element = h(
      'section',
      { class: 'screen error-panel', role: 'alert', 'aria-labelledby': 'error-heading' },
      this.heading,
      details,
      ...(this.text.hint ? [this.hint] : []),
      this.reload,
    );
  }

  translate(): void {
    this.heading.textContent = t(this.text.heading);
    this.fileLabel.textContent = t('errors.fileLabel');
    this.problemLabel.textContent = t('errors.problemLabel');
    this.problem.textContent = this.text.problem();
    if (this.text.hint) this.hint.textContent = t(this.text.hint);
    this.reload.textContent = t('errors.reload');
  }
}
