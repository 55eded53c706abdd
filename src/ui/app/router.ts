// The section navigation and the router: renders a link per route (the current one marked with
// aria-current) and shows the screen the location hash asks for.
import { h } from '../framework/dom';
import { Fold } from '../framework/fold';
import type { Navigation } from '../framework/navigation';
import type { Shell } from '../framework/shell';
import { t } from '../i18n/i18n';
import { PAGE_LINKS, ROUTES, routeOf, type AppContext, type Route } from './routes';

/** Fills the shell's nav with the section links; returns the router to call on every hash change. */
export function createRouter(shell: Shell, navigation: Navigation, context: AppContext, routes: readonly Route[] = ROUTES): () => Promise<void> {
  const links = [...routes.map((route) => ({ route, href: route.href, label: route.label })), ...PAGE_LINKS.map((link) => ({ ...link, route: null }))];
  const anchors = links.map((link) => ({ ...link, a: h('a', { href: link.href, class: 'nav-link' }) }));
  // Tablets and phones: the links fold behind a "Menu — <section>" button.
  const list = h('ul', { id: 'app-nav-links' }, ...anchors.map(({ a }) => h('li', {}, a)));
  const fold = new Fold(shell.nav, list, 'menu');
  const render = () => {
    shell.nav.setAttribute('aria-label', t('app.navLabel'));
    const current = routeOf(location.hash, routes);
    fold.setLabel(t('menus.sections', { current: t(current.label) }));
    for (const { a, label, route } of anchors) {
      a.textContent = t(label);
      if (route === current) a.setAttribute('aria-current', 'page');
      else a.removeAttribute('aria-current');
    }
  };
  shell.nav.replaceChildren(fold.button, list);
  shell.nav.hidden = false;
  shell.onLanguageChange(render);
  return async () => {
    render();
    const route = routeOf(location.hash, routes);
    const screen = navigation.screen;
    if (screen?.id === route.id) return route.revisit?.(screen, location.hash);
    await navigation.goTo(route.create(context));
  };
}
