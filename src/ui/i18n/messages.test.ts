import { describe, expect, it } from 'vitest';
import { CLASS_IDS } from '../../data/classes';
import { className, t } from './i18n';
import { allMessageKeys, entryOf, messages } from './messages';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('message table', () => {
  const keys = allMessageKeys();

  it('has keys in every namespace', () => {
    for (const [ns, entries] of Object.entries(messages)) expect(Object.keys(entries).length, ns).toBeGreaterThan(0);
    expect(keys.length).toBeGreaterThan(30);
  });

  it.each(keys)('%s has English and Chinese text with the same parameters', (key) => {
    const entry = entryOf(key)!;
    expect(entry.en.trim()).not.toBe('');
    expect(entry.zh.trim()).not.toBe('');
    expect(placeholders(entry.zh)).toEqual(placeholders(entry.en));
  });

  it('names the ten classes in label order', () => {
    expect(CLASS_IDS.map((_, label) => className(label, 'en'))).toEqual([
      'T-shirt/top', 'Trouser', 'Pullover', 'Dress', 'Coat', 'Sandal', 'Shirt', 'Sneaker', 'Bag', 'Ankle boot',
    ]);
    expect(CLASS_IDS.map((_, label) => className(label, 'zh-CN'))).toEqual([
      'T恤/上衣', '裤子', '套头衫', '连衣裙', '外套', '凉鞋', '衬衫', '运动鞋', '包', '短靴',
    ]);
  });

  it('fills parameters, formatting numbers for the language', () => {
    expect(t('loading.statusReady', { train: 60000, test: 10000 }, 'en')).toBe(
      'Data loaded: 60,000 training images and 10,000 test images.',
    );
    expect(t('dataError.http', { file: 'a', status: 404 }, 'zh-CN')).toBe('a：服务器返回 HTTP 404，没有发送该文件。');
    expect(t('gallery.itemPrefix', {}, 'en')).toBe('Test image {index}:');
  });
});
