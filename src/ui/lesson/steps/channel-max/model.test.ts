import { describe, expect, it } from 'vitest';
import { planModel } from '../../../../shared/plan';
import { preset } from '../../../../shared/presets';
import { FIRST, guessedRight, PIXELS, PRESET, standing, START_PIXEL } from './model';

describe('channel max-pooling', () => {
  it('compares the notebook model (9,770 parameters) with the first network (36,430)', () => {
    expect(planModel(preset(PRESET)!).totalParams).toBe(9770);
    expect(planModel(preset(FIRST)!).totalParams).toBe(36_430);
    expect(planModel(preset(PRESET)!).layers[1].outputShape).toEqual([28, 28, 20]);
    expect(START_PIXEL).toBeLessThan(PIXELS);
  });

  it('scores the guess against the tutorial’s full-length outcome, never a short run', () => {
    expect(guessedRight('yes')).toBe(true);
    expect(guessedRight('no')).toBe(false);
  });

  it('says where the learner’s notebook model stands', () => {
    expect(standing(0.8919, 0.88)).toBe('ahead');
    expect(standing(0.778, 0.828)).toBe('behind');
    expect(standing(0.88, 0.88)).toBe('behind');
  });
});
