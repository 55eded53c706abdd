// The way in: what FilterFit is, and the doors to its modes — the guided lesson, play ("predict
// the network"), the sandbox — plus the image gallery, the training lab and the engine check.
// DOM only (no canvas); every text comes from the `home` namespace.
import { h } from '../framework/dom';
import type { AppScreen } from '../framework/screen';
import { BoundTexts } from '../i18n/bound-texts';
import type { MessageKey } from '../i18n/messages';

interface Door {
  id: string;
  href: string;
  title: MessageKey;
  text: MessageKey;
  action: MessageKey;
  primary?: boolean;
}

const DOORS: readonly Door[] = [
  { id: 'lesson', href: '#lesson', title: 'home.lessonTitle', text: 'home.lessonText', action: 'home.lessonAction', primary: true },
  { id: 'play', href: '#play', title: 'home.playTitle', text: 'home.playText', action: 'home.playAction' },
  { id: 'sandbox', href: '#sandbox', title: 'home.sandboxTitle', text: 'home.sandboxText', action: 'home.sandboxAction' },
];

const MORE: readonly { href: string; label: MessageKey }[] = [
  { href: '#images', label: 'home.moreImages' },
  { href: '#train', label: 'home.moreLab' },
  { href: 'engine-check.html', label: 'home.moreEngineCheck' },
];

export class HomeScreen implements AppScreen {
  readonly id = 'home';
  readonly element: HTMLElement;
  private readonly texts = new BoundTexts();

  constructor() {
    const texts = this.texts;
    const door = (d: Door) =>
      h(
        'li',
        { class: 'home-door', 'data-door': d.id },
        texts.set(h('h3', { id: `home-${d.id}-title` }), d.title),
        texts.set(h('p'), d.text),
        texts.set(h('a', { href: d.href, class: `button${d.primary ? ' button-primary' : ''}`, id: `home-${d.id}`, 'aria-describedby': `home-${d.id}-title` }), d.action),
      );
    this.element = h(
      'section',
      { class: 'screen home-screen', 'aria-labelledby': 'home-heading' },
      texts.set(h('h2', { id: 'home-heading', class: 'home-heading' }), 'home.heading'),
      texts.set(h('p', { class: 'home-lead' }), 'home.lead'),
      texts.set(h('p', { class: 'home-how' }), 'home.how'),
      h('ul', { class: 'home-doors' }, ...DOORS.map(door)),
      h('nav', { class: 'home-more', 'aria-labelledby': 'home-more-heading' }, texts.set(h('h3', { id: 'home-more-heading' }), 'home.moreHeading'), h('ul', {}, ...MORE.map((m) => h('li', {}, texts.set(h('a', { href: m.href }), m.label))))),
    );
  }

  translate(): void {
    this.texts.apply();
  }
}
