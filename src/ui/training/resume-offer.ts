// "Continue from epoch N": the offer a training screen shows when a run under its checkpoint key
// was cut short (crashed worker, reload, screen left). The screen places `element`, calls
// refresh() when it appears and after a run ends, and starts the run it is handed in onResume:
//   const offer = new ResumeOffer(runner, 'lab', (checkpoint) => this.resume(checkpoint));
import { h } from '../framework/dom';
import { t } from '../i18n/i18n';
import type { TrainingCheckpoint } from './checkpoints';
import type { TrainingRunner } from './training-runner';

export class ResumeOffer {
  readonly element: HTMLElement;
  private readonly text = h('span', { class: 'resume-offer-text' });
  private readonly continueButton = h('button', { type: 'button', class: 'button button-primary', id: 'resume-continue' });
  private readonly discardButton = h('button', { type: 'button', class: 'button', id: 'resume-discard' });
  private checkpoint: TrainingCheckpoint | undefined;

  constructor(
    private readonly runner: TrainingRunner,
    private readonly key: string,
    onResume: (checkpoint: TrainingCheckpoint) => void,
  ) {
    this.element = h('div', { class: 'resume-offer', id: 'resume-offer', role: 'region', hidden: true }, this.text, this.continueButton, this.discardButton);
    this.continueButton.addEventListener('click', () => {
      const checkpoint = this.checkpoint;
      this.show(undefined);
      if (checkpoint) onResume(checkpoint);
    });
    this.discardButton.addEventListener('click', () => {
      this.show(undefined);
      void this.runner.discardCheckpoint(this.key);
    });
  }

  /** Shows the offer when a checkpoint waits under the key (and no run of the key is going). */
  async refresh(): Promise<void> {
    this.show(await this.runner.pendingCheckpoint(this.key));
  }

  hide(): void {
    this.show(undefined);
  }

  translate(): void {
    const c = this.checkpoint;
    this.element.setAttribute('aria-label', t('training.resumeRegion'));
    this.text.textContent = c ? t('training.resumeOffer', { model: c.preset ?? c.spec.name, epoch: c.epoch, epochs: c.settings.epochs }) : '';
    this.continueButton.textContent = c ? t('training.resumeFrom', { epoch: c.epoch }) : '';
    this.discardButton.textContent = t('training.resumeDiscard');
  }

  private show(checkpoint: TrainingCheckpoint | undefined): void {
    this.checkpoint = checkpoint;
    this.element.hidden = !checkpoint;
    this.element.dataset.epoch = checkpoint ? String(checkpoint.epoch) : '';
    this.translate();
  }
}
