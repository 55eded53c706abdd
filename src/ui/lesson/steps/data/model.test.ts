// The numbers the learner is checked against come from the data itself.
import { describe, expect, it } from 'vitest';
import { classCounts, classRowsLayout, CLASSES_TO_NAME, firstOfEachClass, namingScore, pickImagesToName } from './model';

describe('meet the data', () => {
  const labels = Uint8Array.from([9, 0, 0, 3, 2, 7, 2, 5, 5, 0, 9, 1, 6, 4, 8, 9]);

  it('takes the first images of each class, in data order', () => {
    const rows = firstOfEachClass(labels, 2);
    expect(rows[0]).toEqual([1, 2]);
    expect(rows[9]).toEqual([0, 10]);
    expect(rows[1]).toEqual([11]);
    expect(classCounts(labels)).toEqual([3, 1, 2, 1, 1, 2, 1, 1, 1, 3]);
  });

  it('picks the images to name in the order they appear, one per wanted class', () => {
    expect(pickImagesToName(labels, CLASSES_TO_NAME)).toEqual([0, 7, 11, 12, 14]);
    expect(namingScore([9, 5, 0, null, 8], [9, 5, 1, 6, 8])).toBe(3);
  });

  it('lays out ten rows that fit the width, with 2× tiles from 768 px', () => {
    for (const width of [320, 500, 736, 900, 1200]) {
      const layout = classRowsLayout(width, 10);
      expect(layout.labelWidth + layout.columns * (layout.tile + layout.gap) - layout.gap).toBeLessThanOrEqual(width);
      expect(layout.height).toBe(10 * layout.rowHeight - layout.gap);
    }
    expect(classRowsLayout(736, 10).tile).toBe(56);
    expect(classRowsLayout(736, 10).columns).toBeGreaterThanOrEqual(8);
  });
});
