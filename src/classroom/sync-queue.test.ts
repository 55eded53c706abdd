// The outbox on its own (fake-indexeddb): order, durability across a reopen, retry with the same
// key, permanent refusals set aside, backoff growth.
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { backoffMs, SyncQueue, type QueuedWrite, type SendOutcome } from './sync-queue';

let dbCount = 0;
const freshName = () => `queue-test-${++dbCount}`;

describe('SyncQueue', () => {
  it('delivers in order and retries a failed write with the same key until it goes through', async () => {
    const sent: string[] = [];
    let failuresLeft = 3;
    const queue = await SyncQueue.open({
      dbName: freshName(),
      baseDelayMs: 5,
      maxDelayMs: 20,
      send: async (write: QueuedWrite): Promise<SendOutcome> => {
        sent.push(`${(write.data as { n: number }).n}:${write.key}`);
        if ((write.data as { n: number }).n === 1 && failuresLeft-- > 0) return { result: 'retry' };
        return { result: 'done' };
      },
    });
    const keys = [];
    for (let n = 0; n < 3; n++) keys.push(await queue.enqueue('progress', { n }));
    await queue.drained();
    const attemptsOf1 = sent.filter((s) => s.startsWith('1:'));
    expect(attemptsOf1).toHaveLength(4);
    expect(new Set(attemptsOf1)).toEqual(new Set([`1:${keys[1]}`]));
    expect(sent.map((s) => s.split(':')[0]).filter((n, i, all) => all.indexOf(n) === i)).toEqual(['0', '1', '2']);
    queue.close();
  });

  it('keeps unsent writes across a reopen (a page reload while offline)', async () => {
    const name = freshName();
    const offline = await SyncQueue.open({ dbName: name, baseDelayMs: 10_000, send: async () => ({ result: 'retry' }) });
    await offline.enqueue('progress', { n: 1 });
    await offline.enqueue('answer', { n: 2 });
    await offline.flush();
    offline.close();
    const got: QueuedWrite[] = [];
    const online = await SyncQueue.open({ dbName: name, send: async (w) => (got.push(w), { result: 'done' }) });
    await online.drained();
    expect(got.map((w) => [w.kind, w.data, w.attempts])).toEqual([['progress', { n: 1 }, 1], ['answer', { n: 2 }, 0]]);
    online.close();
  });

  it('sets a refused write aside and goes on with the next', async () => {
    const failed: string[] = [];
    const queue = await SyncQueue.open({
      dbName: freshName(),
      onFailed: (w) => failed.push(w.code),
      send: async (w) => ((w.data as { n: number }).n === 0 ? { result: 'reject', status: 409, code: 'session.ended', message: 'ended' } : { result: 'done' }),
    });
    await queue.enqueue('progress', { n: 0 });
    await queue.enqueue('progress', { n: 1 });
    await queue.drained();
    expect(failed).toEqual(['session.ended']);
    expect((await queue.failed()).map((w) => w.data)).toEqual([{ n: 0 }]);
    queue.close();
  });

  it('backs off exponentially with jitter up to the cap', () => {
    expect(backoffMs(1, 500, 30_000, () => 1)).toBe(500);
    expect(backoffMs(4, 500, 30_000, () => 1)).toBe(4000);
    expect(backoffMs(20, 500, 30_000, () => 1)).toBe(30_000);
    expect(backoffMs(4, 500, 30_000, () => 0)).toBe(2000);
  });
});
