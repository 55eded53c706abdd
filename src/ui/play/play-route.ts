// The route table's entry for play mode (src/ui/app/routes.ts lists it).
import type { AppScreen } from '../framework/screen';
import type { AppContext, Route } from '../app/routes';
import { isPlayHash, PLAY_ROUTE } from './play-hash';
import { PlayScreen } from './play-screen';

export const playRoute: Route = {
  id: 'play',
  href: PLAY_ROUTE,
  label: 'play.nav',
  matches: isPlayHash,
  create: ({ data, unlockAll }: AppContext): AppScreen => new PlayScreen(data, unlockAll, location.hash),
  revisit: (screen, hash) => (screen as PlayScreen).route(hash),
};
