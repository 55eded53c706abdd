import { describe, expect, it } from 'vitest';
import { BADGE_IDS, BADGES, isBadge, milestoneBadges } from './badges';

const ORDER = ['a', 'train', 'c', 'd'];

describe('badges', () => {
  it('follow from the progress: training, half the steps, 100 points, every step', () => {
    expect(milestoneBadges(ORDER, [], 0)).toEqual([]);
    expect(milestoneBadges(ORDER, ['a'], 10)).toEqual([]);
    expect(milestoneBadges(ORDER, ['a', 'train'], 99)).toEqual(['trainer', 'halfway']);
    expect(milestoneBadges(ORDER, ['a', 'c'], 100)).toEqual(['halfway', 'century']);
    expect(milestoneBadges(ORDER, ORDER, 120)).toEqual(['trainer', 'halfway', 'century', 'graduate']);
  });

  it('ignore steps the lesson no longer has', () => {
    expect(milestoneBadges(ORDER, ['x', 'y', 'z'], 0)).toEqual([]);
  });

  it('have a name, a reason and a symbol each; unknown ids are not badges', () => {
    for (const id of BADGE_IDS) {
      expect(BADGES[id].name).toMatch(/^lessonGame\.badge/);
      expect(BADGES[id].why).toMatch(/Why$/);
      expect(BADGES[id].symbol.length).toBeGreaterThan(0);
    }
    expect(isBadge('trainer')).toBe(true);
    expect(isBadge('toString')).toBe(false);
    expect(isBadge(3)).toBe(false);
  });
});
