import { describe, expect, it } from 'vitest';
import { checkedSetting } from './settings-form';

describe('training settings as typed', () => {
  it('takes values in their range and refuses the rest', () => {
    expect(checkedSetting('epochs', 5)).toBe(5);
    expect(checkedSetting('epochs', 0)).toBeNull();
    expect(checkedSetting('epochs', 2.5)).toBeNull();
    expect(checkedSetting('batchSize', NaN)).toBeNull();
    expect(checkedSetting('learningRate', 0.0005)).toBe(0.0005);
    expect(checkedSetting('learningRate', 2)).toBeNull();
    expect(checkedSetting('trainLimit', 99)).toBeNull();
    expect(checkedSetting('seed', 0)).toBe(0);
    expect(checkedSetting('threads', Infinity)).toBeNull();
  });
});
