import { describe, expect, it } from 'vitest';
import { LatestOnly } from './latest-only';

describe('LatestOnly', () => {
  it('runs the newest input after the one in flight and drops the ones between', async () => {
    const started: number[] = [];
    const results: number[] = [];
    let release!: () => void;
    const runner = new LatestOnly<number, number>(
      (n) => {
        started.push(n);
        return n === 1 ? new Promise((resolve) => (release = () => resolve(n * 10))) : Promise.resolve(n * 10);
      },
      (out) => results.push(out),
      () => {},
    );
    runner.request(1);
    runner.request(2);
    runner.request(3);
    release();
    await new Promise((resolve) => setTimeout(resolve, 0));
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(started).toEqual([1, 3]);
    expect(results).toEqual([30]); // 1's result is stale once 3 was asked for
  });

  it('reports errors and stops after dispose', async () => {
    const errors: unknown[] = [];
    const results: number[] = [];
    const runner = new LatestOnly<number, number>((n) => (n < 0 ? Promise.reject(new Error('busy')) : Promise.resolve(n)), (o) => results.push(o), (e) => errors.push(e));
    runner.request(-1);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(errors).toHaveLength(1);
    runner.dispose();
    runner.request(5);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(results).toEqual([]);
  });
});
