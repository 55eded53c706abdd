import 'fake-indexeddb/auto';
import { describe, expect, it, vi } from 'vitest';
import { indexedDbPlayStorage, memoryPlayStorage, PlayStore, restorePlayRecord } from './play-store';

describe('play store', () => {
  it('keeps best scores and the sound setting across opens (IndexedDB)', async () => {
    const name = `play-test-${Math.random()}`;
    const store = await PlayStore.open(indexedDbPlayStorage(name));
    expect(store.record).toEqual({ best: {}, sound: false });
    await store.update({ best: { 1: 130 }, sound: true });
    const again = await PlayStore.open(indexedDbPlayStorage(name));
    expect(again.record).toEqual({ best: { 1: 130 }, sound: true });
  });

  it('drops what it does not understand', () => {
    expect(restorePlayRecord({ version: 1, best: { 1: 40, 9: 10, 2: 'x', 3: -5, 4: 12.6 }, sound: 'yes' })).toEqual({ best: { 1: 40, 4: 13 }, sound: false });
    expect(restorePlayRecord({ version: 0, best: { 1: 40 } })).toEqual({ best: {}, sound: false });
    expect(restorePlayRecord(null)).toEqual({ best: {}, sound: false });
  });

  it('goes on in memory with one warning when storage fails', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const broken = { load: () => Promise.reject(new Error('quota')), save: () => Promise.reject(new Error('quota')) };
    const store = await PlayStore.open(broken);
    await store.update({ best: { 2: 10 } });
    await store.update({ sound: true });
    expect(store.record).toEqual({ best: { 2: 10 }, sound: true });
    expect(warn).toHaveBeenCalledTimes(1);
    warn.mockRestore();
    const memory = memoryPlayStorage();
    await (await PlayStore.open(memory)).update({ sound: true });
    expect(memory.saved).toMatchObject({ version: 1, sound: true });
  });
});
