// The server's pure parts: CSV cells, the rate limiter, dashboard shaping, claim outcomes, log redaction.
import { describe, expect, it } from 'vitest';
import { redact } from './http/logger';
import { RateLimiter } from './http/rate-limit';
import { csvCell, csvLine } from './store/csv';
import { experimentTable, mean, predictionRounds, sampleSpread } from './store/dashboard-shape';
import { experimentAssignment } from './store/students';
import { outcomeOf } from './verify/verifier';
import { ALL_ACTIVITIES } from './test-support';

describe('csv', () => {
  it('quotes separators and defuses formulas but leaves numbers alone', () => {
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"\n')).toBe('"say ""hi""\n"');
    for (const risky of ['=1+1', '+1', '-1+2', '@SUM(A1)', '\tx', '\rx']) expect(csvCell(risky).replace(/^"/, '')).toMatch(/^'/);
    expect(csvCell('-12')).toBe('-12');
    expect(csvCell('0.875')).toBe('0.875');
    expect(csvCell(-3)).toBe('-3');
    expect(csvCell(null)).toBe('');
    expect(csvLine(['a', 1, true, null])).toBe('a,1,true,\r\n');
  });
});

describe('RateLimiter', () => {
  it('admits a burst, then one request per refill interval, per key', () => {
    let now = 0;
    const limiter = new RateLimiter({ burst: 3, perSecond: 2 }, 100, () => now);
    expect([1, 2, 3, 4].map(() => limiter.take('a'))).toEqual([0, 0, 0, 0.5]);
    expect(limiter.take('b')).toBe(0);
    now = 499;
    expect(limiter.take('a')).toBeGreaterThan(0);
    now = 500;
    expect(limiter.take('a')).toBe(0);
  });

  it('keeps its memory bounded under a spray of keys', () => {
    const limiter = new RateLimiter({ burst: 1, perSecond: 1 }, 10, () => 0);
    for (let i = 0; i < 1000; i++) limiter.take(`k${i}`);
    expect((limiter as unknown as { buckets: Map<string, unknown> }).buckets.size).toBeLessThanOrEqual(10);
  });
});

describe('dashboard shaping', () => {
  it('summarises prediction rounds with the most common pick (ties → lowest label)', () => {
    const rounds = predictionRounds([
      { round_id: 'r10', truth: 3, network: 3, predicted: 3, n: 2 },
      { round_id: 'r2', truth: 6, network: 0, predicted: 0, n: 2 },
      { round_id: 'r2', truth: 6, network: 0, predicted: 6, n: 2 },
      { round_id: 'r2', truth: 6, network: 0, predicted: 2, n: 1 },
    ]);
    expect(rounds).toEqual([
      { roundId: 'r2', truth: 6, network: 0, students: 5, studentsRight: 2, commonPick: 0 },
      { roundId: 'r10', truth: 3, network: 3, students: 2, studentsRight: 2, commonPick: 3 },
    ]);
  });

  it('gives mean and sample spread per architecture, chosen ones first even when empty', () => {
    expect(mean([])).toBeNull();
    expect(sampleSpread([0.5])).toBeNull();
    expect(sampleSpread([1, 3])).toBeCloseTo(Math.SQRT2, 12);
    const point = (architecture: 'compare-conv' | 'seed-notebook', testAccuracy: number) => ({ architecture, studentId: 's', nickname: 'n', seed: 1, testAccuracy, params: 1 });
    const rows = experimentTable(['compare-conv-pool', 'compare-conv'], [point('compare-conv', 0.8), point('compare-conv', 0.9), point('seed-notebook', 0.88)]);
    expect(rows.map((r) => [r.architecture, r.n, r.params])).toEqual([['compare-conv-pool', 0, 19_710], ['compare-conv', 2, 78_510], ['seed-notebook', 1, 9_770]]);
    expect(rows[1].mean).toBeCloseTo(0.85, 12);
    expect(rows[0].mean).toBeNull();
  });

  it('assigns architectures round-robin with one seed per student', () => {
    const assignments = [0, 1, 2, 3].map((i) => experimentAssignment(ALL_ACTIVITIES, i));
    expect(assignments).toEqual([
      { architecture: 'compare-conv', seed: 1, epochs: 2 },
      { architecture: 'compare-conv-pool', seed: 2, epochs: 2 },
      { architecture: 'compare-conv', seed: 3, epochs: 2 },
      { architecture: 'compare-conv-pool', seed: 4, epochs: 2 },
    ]);
    expect(experimentAssignment({ ...ALL_ACTIVITIES, experiment: null }, 0)).toBeNull();
  });
});

describe('claim outcome', () => {
  it('verifies within the tolerance, flags beyond it, rejects failures', () => {
    expect(outcomeOf({ ok: true, accuracy: 0.9, loss: 0.3 }, 0.904)).toMatchObject({ status: 'verified', accuracy: 0.9 });
    expect(outcomeOf({ ok: true, accuracy: 0.9, loss: 0.3 }, 0.91)).toMatchObject({ status: 'flagged', accuracy: 0.9 });
    expect(outcomeOf({ ok: false, message: 'weight 3 is NaN' }, 0.9)).toEqual({ status: 'rejected', accuracy: null, message: 'weight 3 is NaN' });
  });
});

describe('redact', () => {
  it('removes bearer credentials and token-shaped words, keeps ids and codes', () => {
    const token = 'q8Xn1vY2bW3cE4dF5gH6iJ7kL8mN9oP0qR1sT2uV3wX';
    const secret = 'AbCdEfGhIjKlMnOpQrStUv';
    const text = redact(`Authorization: Bearer ${token} secret ${secret} session 3f2b8c1e-1a2b-4c3d-8e9f-0a1b2c3d4e5f code ACDEFG`);
    expect(text).not.toContain(token);
    expect(text).not.toContain(secret);
    expect(text).toContain('3f2b8c1e-1a2b-4c3d-8e9f-0a1b2c3d4e5f');
    expect(text).toContain('ACDEFG');
  });
});
