import { describe, expect, it } from 'vitest';
import { optionKey, optionOfKey } from './keys';

describe('answer keys', () => {
  it('map 1–9, 0 to the ten options and back', () => {
    expect(Array.from({ length: 10 }, (_, i) => optionKey(i)).join('')).toBe('1234567890');
    for (let i = 0; i < 10; i++) expect(optionOfKey(optionKey(i))).toBe(i);
    expect(optionOfKey('b')).toBe(-1);
    expect(optionOfKey('10')).toBe(-1);
  });
});
