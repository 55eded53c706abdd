import { describe, expect, it } from 'vitest';
import { parseWholeNumber } from './parse-number';

describe('parseWholeNumber', () => {
  it('reads the numbers learners type', () => {
    expect(parseWholeNumber('36430')).toBe(36_430);
    expect(parseWholeNumber(' 36,430 ')).toBe(36_430);
    expect(parseWholeNumber('36 430')).toBe(36_430);
    expect(parseWholeNumber('３６，４３０')).toBe(36_430);
    expect(parseWholeNumber('')).toBeNull();
    expect(parseWholeNumber('2.5')).toBeNull();
    expect(parseWholeNumber('-3')).toBeNull();
    expect(parseWholeNumber('abc')).toBeNull();
  });
});
