// The note above the steps that look into the learner's first network: it is the trained one, or
// an untrained one with random weights (with a link to the step that trains it), or the worker
// could not provide it.
import { h } from '../../framework/dom';
import { t } from '../../i18n/i18n';

const TRAIN_STEP_HASH = '#lesson/train';

/** Writes the note into `note`; `linkId` names the link to the training step. */
export function renderNetworkNote(note: HTMLElement, trained: boolean, error: string | null, linkId?: string): void {
  note.replaceChildren();
  note.className = trained && !error ? 'lv-note' : 'lv-warning';
  if (error) note.textContent = t('lesson.workerBusy', { detail: error });
  else if (trained) note.textContent = t('lesson.firstNetworkTrained');
  else note.append(`${t('lesson.firstNetworkUntrained')} `, h('a', { href: TRAIN_STEP_HASH, id: linkId }, t('lesson.firstNetworkTrainLink')));
}
