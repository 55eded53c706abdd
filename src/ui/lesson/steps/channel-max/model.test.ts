import { describe, expect, it } from 'vitest';
import { planModel } from '../../../../shared/plan';
import { preset } from '../../../../shared/presets';
import { FIRST, guessedRight, PIXELS, PRESET, START_PIXEL } from './model';

describe('channel max-pooling', () => {
  it('compares the notebook model (9,770 parameters) with the first network (36,430)', () => {
    expect(planModel(preset(PRESET)!).totalParams).toBe(9770);
    expect(planModel(preset(FIRST)!).totalParams).toBe(36_430);
    expect(planModel(preset(PRESET)!).layers[1].outputShape).toEqual([28, 28, 20]);
    expect(START_PIXEL).toBeLessThan(PIXELS);
  });

  it('scores the guess by what happened', () => {
    expect(guessedRight('yes', 0.89, 0.88)).toBe(true);
    expect(guessedRight('no', 0.89, 0.88)).toBe(false);
    expect(guessedRight('no', 0.8, 0.88)).toBe(true);
    expect(guessedRight('yes', 0.88, 0.88)).toBe(false);
  });
});
