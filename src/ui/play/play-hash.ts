// The play route's address: `#play?seed=…&level=…&net=…`. The same seed, level and network give
// everyone the same rounds, so a class can play one game. Pure: parse and format.
import { isLevelId, type LevelId } from './game/levels';

export const PLAY_ROUTE = '#play';

export interface PlayAddress {
  /** Whole number 0 … 2³² − 1. */
  seed?: number;
  level?: LevelId;
  /** 'house' or a lesson network id (PlayerNetwork.id). */
  net?: string;
}

export const isPlayHash = (hash: string): boolean => hash === PLAY_ROUTE || hash.startsWith(`${PLAY_ROUTE}?`);

/** What the address asks for; anything malformed is left out (the screen picks a default). */
export function parsePlayHash(hash: string): PlayAddress {
  if (!isPlayHash(hash)) return {};
  const params = new URLSearchParams(hash.slice(PLAY_ROUTE.length + 1));
  const address: PlayAddress = {};
  const seed = params.get('seed');
  if (seed !== null && /^\d{1,10}$/.test(seed) && Number(seed) <= 0xffffffff) address.seed = Number(seed);
  const level = Number(params.get('level'));
  if (isLevelId(level)) address.level = level;
  const net = params.get('net');
  if (net && /^[\w:.-]{1,80}$/.test(net)) address.net = net;
  return address;
}

export function playHash(address: PlayAddress): string {
  const params = new URLSearchParams();
  if (address.seed !== undefined) params.set('seed', String(address.seed));
  if (address.level !== undefined) params.set('level', String(address.level));
  if (address.net !== undefined && address.net !== 'house') params.set('net', address.net);
  const query = params.toString();
  return query ? `${PLAY_ROUTE}?${query}` : PLAY_ROUTE;
}

/** A fresh seed for a new game (5 digits: easy to read out to a class). */
export function randomSeed(random: () => number = Math.random): number {
  return 10_000 + Math.floor(random() * 90_000);
}
