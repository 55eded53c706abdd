import { describe, expect, it } from 'vitest';
import { runsColumns } from './runs-chart';

describe('runsColumns', () => {
  it('puts every curve on epochs 1..n in percent, gaps as null, marks as constants', () => {
    const data = runsColumns(
      [
        { label: 'a', values: [0.5, 0.6, 0.7] },
        { label: 'b', values: [0.4] },
      ],
      [{ label: 'tutorial', value: 0.88, curve: 0 }],
      2,
    );
    expect(data[0]).toEqual([1, 2, 3]);
    expect(data[1]).toEqual([50, 60, 70]);
    expect(data[2]).toEqual([40, null, null]);
    expect(data[3]).toEqual([88, 88, 88]);
  });

  it('spans the run’s planned epochs before they are trained', () => {
    expect(runsColumns([{ label: 'a', values: [0.5] }], [], 4)[0]).toEqual([1, 2, 3, 4]);
  });
});
