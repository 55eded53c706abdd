import { describe, expect, it } from 'vitest';
import { formatBytes, formatCount, formatDuration, formatShape } from './format';

describe('sandbox number formats', () => {
  it('writes shapes, counts, bytes and durations', () => {
    expect(formatShape([13, 13, 8])).toBe('13 × 13 × 8');
    expect(formatShape([1352])).toBe('1352');
    expect(formatCount(9770, 'en')).toBe('9,770');
    expect(formatCount(36_430, 'en')).toBe('36.4K');
    expect(formatCount(36_430, 'zh-CN')).toBe('3.6万');
    expect(formatCount(NaN, 'en')).toBe('–');
    expect(formatBytes(512, 'en')).toBe('512 B');
    expect(formatBytes(5408, 'en')).toBe('5.3 KiB');
    expect(formatBytes(256 * 2 ** 20, 'en')).toBe('256 MiB');
    expect(formatDuration(0.0456, 'en')).toBe('46 ms');
    expect(formatDuration(1.234, 'en')).toBe('1.2 s');
    expect(formatDuration(42.4, 'en')).toBe('42 s');
    expect(formatDuration(3000, 'en')).toBe('50 min');
    expect(formatDuration(-1, 'en')).toBe('–');
  });
});
