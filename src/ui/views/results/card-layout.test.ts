import { describe, expect, it } from 'vitest';
import { cardLayout } from './card-layout';

describe('cardLayout', () => {
  it('fits as many 3× cards as the width allows, filling the row', () => {
    const layout = cardLayout(1000, 12);
    expect(layout.tile).toBe(84);
    expect(layout.columns).toBe(3); // (1000 + 12) / (84 + 8 + 185 + 12) = 3.5
    expect(layout.cardWidth).toBe(Math.floor((1000 - 24) / 3));
    expect(layout.cells[3]).toEqual({ x: 0, y: 96 });
    expect(layout.height).toBe(4 * 84 + 3 * 12);
    expect(layout.textX + layout.textWidth).toBe(layout.cardWidth);
  });

  it('keeps two columns at the 768 px breakpoint and one card on a narrow screen', () => {
    expect(cardLayout(700, 12).columns).toBe(2);
    const narrow = cardLayout(240, 4);
    expect(narrow.columns).toBe(1);
    expect(narrow.tile).toBe(56);
    expect(narrow.cells.map((c) => c.y)).toEqual([0, 68, 136, 204]);
  });

  it('is empty for no slots', () => {
    expect(cardLayout(800, 0).height).toBe(0);
  });
});
