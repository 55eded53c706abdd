import { describe, expect, it } from 'vitest';
import { preset } from '../../shared/presets';
import { DEFAULT_SANDBOX_SETTINGS } from '../../shared/sandbox-settings';
import { encodeShare, shareHash } from '../../shared/share-link';
import { readStart } from './start-link';

const settings = { ...DEFAULT_SANDBOX_SETTINGS, epochs: 3, trainLimit: null };

describe('reading a sandbox address', () => {
  it('opens the shared network with its settings, and the weights record it names', () => {
    const hash = shareHash(encodeShare(preset('seed-notebook')!, settings));
    expect(readStart(hash)).toMatchObject({ spec: preset('seed-notebook'), settings, error: null, weightsKey: null, shared: true });
    expect(readStart(`${hash}&w=lesson:seed-notebook`).weightsKey).toBe('lesson:seed-notebook');
    expect(readStart(`${hash}&w=${encodeURIComponent('sandbox:r-12')}`).weightsKey).toBe('sandbox:r-12');
    expect(readStart(`${hash}&w=somewhere:else`).weightsKey).toBeNull();
  });

  it('gives the default network without a link, and the default plus the reason for a tampered one', () => {
    expect(readStart('#sandbox')).toMatchObject({ spec: preset('compare-conv-pool'), error: null, shared: false });
    const hash = shareHash(encodeShare(preset('seed-a')!, settings));
    const tampered = hash.replace(/\.(.)/, (_, c) => `.${c === 'A' ? 'B' : 'A'}`);
    const start = readStart(tampered);
    expect(start.spec).toEqual(preset('compare-conv-pool'));
    expect(start.error?.code).toBe('share.checksum');
    expect(readStart('#sandbox?m=2.abc.00000000').error?.code).toBe('share.badVersion');
    expect(readStart('#sandbox?m=garbage').error?.code).toBe('share.badFormat');
  });
});
