import { describe, expect, it } from 'vitest';
import { preset } from '../../shared/presets';
import { DEFAULT_SANDBOX_SETTINGS } from '../../shared/sandbox-settings';
import { decodeShare, sharePayloadOf } from '../../shared/share-link';
import { addLayer, draftFromSpec, moveLayer, renameDraft } from './editor/draft';
import { SandboxState, type StateChange } from './sandbox-state';

const weights = (n: number) => new Float32Array(n);

describe('the sandbox’s shared state', () => {
  it('re-analyses on every edit and says what changed', () => {
    const state = new SandboxState(draftFromSpec(preset('seed-a')!));
    const changes: StateChange[] = [];
    state.on((change) => changes.push(change));
    expect(state.trainable).toBe(true);
    state.setDraft(moveLayer(state.draft, 2, -2)); // the softmax first: not trainable
    expect(state.analysis.problem?.code).toBe('layer.needsFlatInput');
    expect(state.trainable).toBe(false);
    state.setSettings(null); // a setting out of range in the form
    expect(state.settingsValid).toBe(false);
    expect(state.settings).toEqual(DEFAULT_SANDBOX_SETTINGS); // the last valid ones stay
    expect(changes).toEqual(['draft', 'settings']);
  });

  it('keeps the trained network, and knows when the draft no longer is that network', () => {
    const state = new SandboxState(draftFromSpec(preset('seed-a')!));
    const model = { spec: state.spec, seed: 1, weights: weights(36_430), source: 'trained' as const, storageKey: 'sandbox:r1' };
    state.setModel(model);
    expect(state.fittingModel).toBe(model);
    state.setDraft(renameDraft(state.draft, 'renamed')); // a name does not change what the weights fit
    expect(state.fittingModel).toBe(model);
    state.setDraft(addLayer(state.draft, 'dropout', 1));
    expect(state.fittingModel).toBeNull();
    expect(state.model).toBe(model);
  });

  it('puts the network and settings in the share link, with the stored weights’ key while they fit', () => {
    const state = new SandboxState(draftFromSpec(preset('seed-notebook')!), { ...DEFAULT_SANDBOX_SETTINGS, epochs: 7 });
    const plain = state.shareHash()!;
    expect(decodeShare(sharePayloadOf(plain))).toEqual({ spec: preset('seed-notebook'), settings: { ...DEFAULT_SANDBOX_SETTINGS, epochs: 7 } });
    state.setModel({ spec: state.spec, seed: 1, weights: weights(9770), source: 'history', storageKey: 'sandbox:r1' });
    expect(state.shareHash()).toBe(`${plain}&w=sandbox%3Ar1`);
    state.setDraft(moveLayer(state.draft, 4, -4));
    expect(state.shareHash()).toBeNull(); // invalid: no link (the address keeps the last good one)
  });
});
