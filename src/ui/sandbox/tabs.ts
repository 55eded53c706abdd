// The sandbox's sections as tabs (WAI-ARIA tabs pattern): one tab stop for the tab list, ← / →
// (and Home / End) move between tabs and show them, each panel is labelled by its tab.
import { h } from '../framework/dom';
import { t } from '../i18n/i18n';
import type { MessageKey } from '../i18n/messages';

export interface TabSpec<Id extends string> {
  id: Id;
  label: MessageKey;
  panel: HTMLElement;
}

export class Tabs<Id extends string> {
  readonly element: HTMLElement;
  private readonly buttons: HTMLButtonElement[];
  private selectedIndex = 0;

  constructor(
    private readonly tabs: readonly TabSpec<Id>[],
    private readonly onSelect: (id: Id) => void,
    label: MessageKey,
  ) {
    this.buttons = tabs.map((tab, i) => {
      const button = h('button', { type: 'button', role: 'tab', id: `sb-tab-${tab.id}`, 'aria-controls': `sb-panel-${tab.id}`, class: 'sb-tab' });
      button.addEventListener('click', () => this.select(tab.id));
      button.addEventListener('keydown', (event) => this.onKey(event, i));
      tab.panel.id = `sb-panel-${tab.id}`;
      tab.panel.setAttribute('role', 'tabpanel');
      tab.panel.setAttribute('aria-labelledby', button.id);
      tab.panel.tabIndex = 0;
      return button;
    });
    this.element = h('div', { role: 'tablist', class: 'sb-tabs', 'data-label': label }, ...this.buttons);
    this.render();
  }

  get selected(): Id {
    return this.tabs[this.selectedIndex].id;
  }

  select(id: Id, focus = false): void {
    const index = this.tabs.findIndex((tab) => tab.id === id);
    if (index < 0) return;
    const changed = index !== this.selectedIndex;
    this.selectedIndex = index;
    this.render();
    if (focus) this.buttons[index].focus();
    if (changed) this.onSelect(id);
  }

  translate(): void {
    this.element.setAttribute('aria-label', t(this.element.dataset.label as MessageKey));
    this.tabs.forEach((tab, i) => (this.buttons[i].textContent = t(tab.label)));
  }

  private render(): void {
    this.tabs.forEach((tab, i) => {
      const selected = i === this.selectedIndex;
      this.buttons[i].setAttribute('aria-selected', String(selected));
      this.buttons[i].tabIndex = selected ? 0 : -1;
      tab.panel.hidden = !selected;
    });
  }

  private onKey(event: KeyboardEvent, index: number): void {
    const last = this.tabs.length - 1;
    const target = { ArrowRight: index === last ? 0 : index + 1, ArrowLeft: index === 0 ? last : index - 1, Home: 0, End: last }[event.key];
    if (target === undefined) return;
    event.preventDefault();
    this.select(this.tabs[target].id, true);
  }
}
