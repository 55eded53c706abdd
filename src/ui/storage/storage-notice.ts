// What the app could not keep, said politely in the footer: one line per storage problem
// (AppStorage reports each kind once), each with a Dismiss button.
import { h } from '../framework/dom';
import { t } from '../i18n/i18n';
import { PROBLEM_MESSAGES, type AppStorage, type StorageProblem } from './app-storage';

export interface StorageNotice {
  element: HTMLElement;
  render(): void;
}

export function createStorageNotice(storage: AppStorage): StorageNotice {
  const list = h('ul', { class: 'storage-notices', id: 'storage-notices', 'aria-live': 'polite' });
  const shown: { problem: StorageProblem; text: HTMLElement; dismiss: HTMLButtonElement }[] = [];
  const textOf = (problem: StorageProblem) => t(PROBLEM_MESSAGES[problem.kind], problem.what ? { what: t(problem.what) } : undefined);
  const add = (problem: StorageProblem) => {
    const text = h('span', {}, textOf(problem));
    const dismiss = h('button', { type: 'button', class: 'button button-small' }, t('storage.dismiss'));
    const item = h('li', { 'data-problem': problem.kind }, text, dismiss);
    const entry = { problem, text, dismiss };
    dismiss.addEventListener('click', () => {
      item.remove();
      shown.splice(shown.indexOf(entry), 1);
    });
    shown.push(entry);
    list.append(item);
  };
  storage.problems.forEach(add);
  storage.onProblem(add);
  const render = () => {
    for (const { problem, text, dismiss } of shown) {
      text.textContent = textOf(problem);
      dismiss.textContent = t('storage.dismiss');
    }
  };
  return { element: list, render };
}
