import { describe, expect, it } from 'vitest';
import { COMPARISON_PRESETS, preset } from '../../../../shared/presets';
import { ALL_IMAGES, COMPARE_BUDGETS, compareBudget, DEFAULT_EPOCHS, epochImages, FULL_EPOCHS, rowSeconds, scaledSpeed, tableSeconds } from './budgets';

describe('comparison budgets', () => {
  it('train every architecture the same: no network gets more than another', () => {
    for (const name of COMPARISON_PRESETS) {
      expect(COMPARE_BUDGETS[name].quick).toEqual({ epochs: DEFAULT_EPOCHS, trainImages: ALL_IMAGES });
      expect(COMPARE_BUDGETS[name].full).toEqual({ epochs: FULL_EPOCHS, trainImages: ALL_IMAGES });
      expect(compareBudget(name, false)).toEqual(COMPARE_BUDGETS[name].quick); // no debug flag in Node
    }
    expect(FULL_EPOCHS).toBeGreaterThan(DEFAULT_EPOCHS);
  });

  it('estimate a row: the epochs’ training images, the validation pass and the test pass', () => {
    // 60,000 images: 54,000 trained on + 6,000 validated (⅓ of a step each) per epoch; 10,000 tested.
    expect(epochImages(60_000)).toBe(56_000);
    expect(rowSeconds({ epochs: 2, trainImages: 60_000 }, 0.001)).toBeCloseTo((2 * 56_000 + 10_000 / 3) / 1000, 9);
  });

  it('estimate the table from each network’s speed', () => {
    const rows = [
      { preset: 'compare-conv', budget: { epochs: 1, trainImages: 60_000 } },
      { preset: 'compare-conv-conv-pool', budget: { epochs: 1, trainImages: 60_000 } },
    ];
    const seconds = tableSeconds(rows, (spec) => (spec.name === 'compare-conv' ? 1e-4 : 4e-4));
    expect(seconds).toBeCloseTo(rowSeconds(rows[0].budget, 1e-4) + rowSeconds(rows[1].budget, 4e-4), 9);
  });

  it('scale one measured speed to the other networks by their training FLOPs', () => {
    const spi = scaledSpeed(preset('compare-conv')!, 10_000);
    expect(spi(preset('compare-conv')!)).toBeCloseTo(1e-4, 12);
    expect(spi(preset('compare-conv-conv-pool')!)).toBeGreaterThan(spi(preset('compare-conv')!) * 5); // the 20-filter conv dominates
  });
});
