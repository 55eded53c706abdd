// Challenge entries through the real server: the verifier thread rebuilds the network with the
// app's wasm engine and scores the submitted weights on the 10,000 test images.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Dashboard, LeaderboardEntry } from '../../classroom/api-types';
import { encodeWeights } from '../../classroom/weights';
import { readFashionMnist } from '../../data/read-node';
import { createModel } from '../../engine/node';
import { preset } from '../../shared/presets';
import type { Database } from '../db/database';
import type { ClassroomServer } from '../server';
import { BACKENDS, joinAs, newSession, request, testServer } from '../test-support';

const data = readFashionMnist();

/** compare-conv-pool (19,710 params) after one epoch on 3,000 images, and its test accuracy. */
async function trainedEntry() {
  const spec = preset('compare-conv-pool')!;
  const model = await createModel(spec, { seed: 3, batchSize: 100 });
  await model.fit(data.train.images.subarray(0, 3000 * 784), data.train.labels.subarray(0, 3000), { epochs: 1, batchSize: 100 });
  const accuracy = model.evaluate(data.test.images, data.test.labels).acc;
  const weights = model.exportWeights();
  model.dispose();
  return { spec, weights, accuracy };
}

describe('challenge verification (PGlite)', () => {
  let db: Database;
  let server: ClassroomServer;
  beforeAll(async () => {
    db = await BACKENDS[0].open();
    server = await testServer(db, { verifyThreads: 1 });
  }, 180_000); // PGlite's first start runs initdb: seconds, more on a busy machine
  afterAll(async () => {
    await server?.close();
    await db?.close();
  });

  const post = (token: string, data: unknown) => request(server, 'POST', '/writes/challenge', { credential: token, body: { key: crypto.randomUUID(), data } });

  async function settled(session: { sessionId: string; teacherSecret: string }, count: number): Promise<LeaderboardEntry[]> {
    for (let i = 0; i < 600; i++) {
      const board = (await request(server, 'GET', `/sessions/${session.sessionId}/dashboard`, { credential: session.teacherSecret })).body as Dashboard;
      const done = board.leaderboard.filter((e) => e.status !== 'pending' && e.status !== 'verifying');
      if (done.length >= count) return board.leaderboard;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw new Error('verification did not finish');
  }

  it('verifies an honest claim, flags an inflated one, rejects non-finite weights', async () => {
    const { spec, weights, accuracy } = await trainedEntry();
    expect(accuracy).toBeGreaterThan(0.5);
    const session = await newSession(server);
    const honest = await joinAs(server, session.joinCode, 'Honest');
    const bold = await joinAs(server, session.joinCode, 'Bold');
    const broken = await joinAs(server, session.joinCode, 'Broken');
    expect((await post(honest.token, { spec, weights: encodeWeights(weights), claimedAccuracy: accuracy, epochs: 1 })).status).toBe(200);
    expect((await post(bold.token, { spec, weights: encodeWeights(weights), claimedAccuracy: Math.min(1, accuracy + 0.1), epochs: 1 })).status).toBe(200);
    const nan = weights.slice();
    nan[5] = Number.NaN;
    expect((await post(broken.token, { spec, weights: encodeWeights(nan), claimedAccuracy: 0.5, epochs: 1 })).status).toBe(200);

    const entries = await settled(session, 3);
    const byName = Object.fromEntries(entries.map((e) => [e.nickname, e]));
    expect(byName.Honest).toMatchObject({ status: 'verified', params: 19_710, message: null });
    expect(byName.Honest.verifiedAccuracy).toBeCloseTo(accuracy, 6);
    expect(byName.Bold.status).toBe('flagged');
    expect(byName.Bold.verifiedAccuracy).toBeCloseTo(accuracy, 6);
    expect(byName.Bold.message).toMatch(/claimed .* measured/);
    expect(byName.Broken).toMatchObject({ status: 'rejected', verifiedAccuracy: null });
    expect(byName.Broken.message).toMatch(/finite/);
    const board = (await request(server, 'GET', `/sessions/${session.sessionId}/dashboard`, { credential: session.teacherSecret })).body as Dashboard;
    expect(board.roster.find((r) => r.nickname === 'Honest')?.bestChallenge?.params).toBe(19_710);
    expect(board.roster.find((r) => r.nickname === 'Broken')?.bestChallenge).toBeNull();
  });

  it('rejects a spec that does not build, breaks the caps or has the wrong weight count, storing nothing', async () => {
    const session = await newSession(server, { lesson: null, play: null, challenge: { maxParams: 20_000, maxEpochs: 3 }, experiment: null });
    const student = await joinAs(server, session.joinCode, 'S');
    const small = preset('compare-conv-pool')!;
    const weights = encodeWeights(new Float32Array(19_710));
    const noSoftmax = { ...small, layers: small.layers.slice(0, -1) };
    const cases = [
      [{ spec: noSoftmax, weights, claimedAccuracy: 0.5, epochs: 1 }, 'spec.model.lastMustBeSoftmax'],
      [{ spec: preset('compare-conv')!, weights: encodeWeights(new Float32Array(78_510)), claimedAccuracy: 0.5, epochs: 1 }, 'challenge.tooManyParams'],
      [{ spec: small, weights, claimedAccuracy: 0.5, epochs: 4 }, 'challenge.tooManyEpochs'],
      [{ spec: small, weights: encodeWeights(new Float32Array(100)), claimedAccuracy: 0.5, epochs: 1 }, 'challenge.weightCount'],
    ] as const;
    for (const [entry, code] of cases) {
      const { status, body } = await post(student.token, entry);
      expect([status, body.error]).toEqual([422, code]);
      expect(body.message.length).toBeGreaterThan(10);
    }
    const off = await newSession(server, { lesson: null, play: null, challenge: null, experiment: null });
    const other = await joinAs(server, off.joinCode, 'T');
    expect((await post(other.token, { spec: small, weights, claimedAccuracy: 0.5, epochs: 1 })).status).toBe(409);
    const stored = await db.query<{ n: number }>('SELECT count(*)::int AS n FROM challenge_entries ce JOIN students st ON st.id = ce.student_id WHERE st.session_id IN ($1, $2)', [session.sessionId, off.sessionId]);
    expect(stored[0].n).toBe(0);
  });
});
