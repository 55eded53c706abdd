// What a `#sandbox…` address asks for (pure): the shared network and settings (`m=`, the share-link
// payload), the stored record whose weights come with it (`w=`, e.g. `lesson:seed-a` or
// `sandbox:<id>`), or nothing (the default network). A link that does not decode gives the default
// network and the reason, never a half-read model.
import { preset } from '../../shared/presets';
import { DEFAULT_SANDBOX_SETTINGS, type SandboxSettings } from '../../shared/sandbox-settings';
import { decodeShare, ShareLinkError, sharePayloadOf } from '../../shared/share-link';
import type { ModelSpec } from '../../shared/spec';
import { DEFAULT_PRESET } from './editor/presets';
import { WEIGHTS_PARAM } from './sandbox-state';

export interface SandboxStart {
  spec: ModelSpec;
  settings: SandboxSettings;
  /** Why the link's network was not used (the default one is shown instead). */
  error: ShareLinkError | null;
  /** The stored network whose weights the link asks for, if any. */
  weightsKey: string | null;
  /** Whether the address carried a network at all. */
  shared: boolean;
}

/** Records a link may name: the lesson's networks and the sandbox's own runs. */
const WEIGHT_KEY = /^(lesson|sandbox):[A-Za-z0-9_-]{1,64}$/;

export function defaultStart(settings: SandboxSettings = DEFAULT_SANDBOX_SETTINGS): SandboxStart {
  return { spec: preset(DEFAULT_PRESET)!, settings, error: null, weightsKey: null, shared: false };
}

export function readStart(hash: string, settings: SandboxSettings = DEFAULT_SANDBOX_SETTINGS): SandboxStart {
  const payload = sharePayloadOf(hash);
  if (!payload) return defaultStart(settings);
  const query = new URLSearchParams(hash.slice(hash.indexOf('?') + 1));
  const key = query.get(WEIGHTS_PARAM);
  try {
    const shared = decodeShare(payload);
    return { ...shared, error: null, weightsKey: key && WEIGHT_KEY.test(key) ? key : null, shared: true };
  } catch (error) {
    const reason = error instanceof ShareLinkError ? error : new ShareLinkError('share.badFormat', {});
    return { ...defaultStart(settings), error: reason, shared: true };
  }
}
