// The sandbox's entry in the app's route table (src/ui/app/routes.ts): `#sandbox` and
// `#sandbox?m=<shared network>[&w=<stored weights>]`; a new address inside it reaches the screen.
import type { Route } from '../app/routes';
import { sharePayloadOf } from '../../shared/share-link';
import { pageRunStore } from './history/page-run-store';
import { SandboxScreen } from './sandbox-screen';

export const SANDBOX_ROUTE: Route = {
  id: 'sandbox',
  href: '#sandbox',
  label: 'sandbox.nav',
  matches: (hash) => sharePayloadOf(hash) !== null,
  create: ({ data, training }) => new SandboxScreen({ data, training: training(), runs: pageRunStore() }),
  revisit: (screen, hash) => (screen as SandboxScreen).route(hash),
};
