// The `#class` entry of the route table, added only when the page is served by the classroom
// server (src/ui/app/app.ts), and the badge in the app header that leads there.
import type { Route } from '../app/routes';
import type { Shell } from '../framework/shell';
import { createClassBadge, CLASS_ROUTE_HREF } from './class-badge';
import { ClassScreen } from './class-screen';
import './class.css';
import type { ClassroomSync } from './classroom-sync';

export function classRoute(sync: ClassroomSync): Route {
  return {
    id: 'class',
    href: CLASS_ROUTE_HREF,
    label: 'classSync.nav',
    matches: (hash) => hash === CLASS_ROUTE_HREF,
    create: ({ training }) => new ClassScreen(sync, training),
  };
}

/** Puts the class badge at the end of the app header (before the language switch's neighbours change nothing). */
export function mountClassBadge(shell: Shell, sync: ClassroomSync): void {
  const badge = createClassBadge(sync);
  const header = shell.main.parentElement?.querySelector('header');
  (header ?? shell.tools).append(badge.element);
  shell.onLanguageChange(badge.render);
}
