// A disclosure that folds a panel away on tablets and phones (WAI-ARIA disclosure pattern): a
// labelled <button aria-expanded aria-controls> opens and closes the panel; Escape closes it and
// gives the focus back to the button; following a link inside closes it. Whether the fold applies
// is CSS's call (fold.css, max-width 1024 px): on a wide screen the button is not shown and the
// panel always is, so the same markup serves every width.
import { h } from './dom';
import './fold.css';

export class Fold {
  readonly button: HTMLButtonElement;
  private readonly label = h('span', { class: 'fold-label' });

  /** `root`: carries data-fold-open (CSS reads it); `panel`: what folds (needs an id). */
  constructor(
    private readonly root: HTMLElement,
    private readonly panel: HTMLElement,
    kind: 'menu' | 'steps',
  ) {
    this.button = h('button', { type: 'button', class: 'fold-button', 'data-fold': kind, 'aria-controls': panel.id, 'aria-expanded': 'false' }, h('span', { class: 'fold-icon', 'aria-hidden': 'true' }), this.label);
    root.classList.add('fold-root');
    panel.classList.add('fold-panel');
    this.setOpen(false);
    this.button.addEventListener('click', () => this.setOpen(!this.open));
    panel.addEventListener('keydown', (event) => {
      if (event.key !== 'Escape' || !this.open) return;
      this.setOpen(false);
      this.button.focus();
    });
    panel.addEventListener('click', (event) => {
      if ((event.target as Element).closest('a[href]')) this.setOpen(false);
    });
  }

  get open(): boolean {
    return this.button.getAttribute('aria-expanded') === 'true';
  }

  setOpen(open: boolean): void {
    this.button.setAttribute('aria-expanded', String(open));
    this.root.dataset.foldOpen = String(open);
  }

  /** The button's text (it names what opens, e.g. "Menu" or "Step 2 of 11"). */
  setLabel(text: string): void {
    this.label.textContent = text;
  }
}
