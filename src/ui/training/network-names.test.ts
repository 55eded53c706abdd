import { afterEach, describe, expect, it } from 'vitest';
import { presetNames } from '../../shared/presets';
import { setLanguage } from '../i18n/i18n';
import { networkName } from './network-names';

afterEach(() => setLanguage('en'));

describe('networkName', () => {
  it('gives every preset a friendly name in both languages, not its id', () => {
    for (const name of presetNames()) {
      setLanguage('en');
      const en = networkName(name);
      setLanguage('zh-CN');
      const zh = networkName(name);
      expect(en).not.toBe(name);
      expect(zh).not.toBe(en);
    }
    setLanguage('en');
    expect(networkName('compare-conv-pool-conv-pool')).toBe('Conv → MaxPool → Conv → MaxPool → Logistic');
  });

  it('names anything else by itself', () => {
    expect(networkName('my-own-net')).toBe('my-own-net');
  });
});
