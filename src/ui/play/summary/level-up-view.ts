// The level-up screen: a badge with the new level, its name and rule, and Continue (to the
// summary). The badge pops in (CSS; none with reduced motion) and a chime plays if sound is on.
import { h } from '../../framework/dom';
import { BoundTexts } from '../../i18n/bound-texts';
import { t } from '../../i18n/i18n';
import { levelOf, type LevelId } from '../game/levels';

export class LevelUpView {
  readonly element: HTMLElement;
  readonly continueButton = h('button', { type: 'button', class: 'button button-primary', id: 'play-level-up-continue' });
  private readonly texts = new BoundTexts();
  private readonly badge = h('p', { class: 'pl-badge', 'aria-hidden': 'true' });
  private readonly heading = h('h3', { id: 'play-level-up-heading', tabindex: -1 });
  private readonly text = h('p', { id: 'play-level-up-text' });
  private level: LevelId = 2;

  constructor(onContinue: () => void) {
    this.continueButton.addEventListener('click', onContinue);
    this.texts.set(this.continueButton, 'play.continue');
    this.element = h('section', { class: 'pl-panel pl-level-up', 'aria-labelledby': 'play-level-up-heading' }, this.badge, this.heading, this.text, h('div', {}, this.continueButton));
  }

  show(level: LevelId): void {
    this.level = level;
    this.badge.textContent = String(level);
    this.translate();
    this.element.classList.remove('pl-level-up-in');
    void this.element.offsetWidth;
    this.element.classList.add('pl-level-up-in');
  }

  translate(): void {
    const { name } = levelOf(this.level);
    this.texts.set(this.heading, 'play.levelUpHeading', { level: this.level });
    this.text.textContent = t('play.levelUpText', { name: t(`play.level${name}`), rule: t(`play.level${name}Rule`) });
    this.texts.apply();
  }
}
