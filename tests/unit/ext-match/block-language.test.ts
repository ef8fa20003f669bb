import { describe, expect, it, vi } from 'vitest';
import { blockLanguage, makeDetector } from '@/utils/store/block-language';

const long = 'The North Korean units are reportedly called Buryat battalions to hide where they come from.';

describe('a block’s language', () => {
  it('is its lang attribute first, primary subtag only, without asking the detector', async () => {
    const detect = vi.fn(async () => 'de');
    expect(await blockLanguage({ id: 0, text: long, lang: 'en-GB' }, 'fr', detect)).toBe('en');
    expect(detect).not.toHaveBeenCalled();
  });

  it('is the page’s, without asking the detector, where the cheap guess agrees with the page', async () => {
    const detect = vi.fn(async () => 'en');
    expect(await blockLanguage({ id: 0, text: 'Les unités nord-coréennes seraient appelées bataillons bouriates pour cacher leur origine.' }, 'fr', detect)).toBe('fr');
    expect(detect).not.toHaveBeenCalled();
  });

  it('is detected where no attribute gives it, else the page’s', async () => {
    expect(await blockLanguage({ id: 0, text: long }, 'fr', async () => 'en')).toBe('en');
    expect(await blockLanguage({ id: 0, text: long }, 'fr-FR', async () => undefined)).toBe('fr');
    expect(await blockLanguage({ id: 0, text: long }, 'fr', async () => Promise.reject(new Error('no CLD')))).toBe('fr');
    expect(await blockLanguage({ id: 0, text: long }, undefined, undefined)).toBeUndefined();
  });
});

describe('the browser’s language detector', () => {
  it('is absent where the browser has no detectLanguage', () => {
    expect(makeDetector(undefined)).toBeUndefined();
  });

  it('trusts only a reliable, clear-cut guess on a long enough text', async () => {
    const api = vi.fn(async (text: string) => ({ isReliable: text.includes('Buryat'), languages: [{ language: 'en-US', percentage: text.includes('mixed') ? 55 : 97 }] }));
    const detect = makeDetector(api)!;
    expect(await detect(long)).toBe('en');
    expect(await detect('Buryat battalions')).toBeUndefined();
    expect(api).toHaveBeenCalledTimes(1);
    expect(await detect(`${long} mixed`)).toBeUndefined();
    expect(await detect(long.replace('Buryat', 'Bouriate'))).toBeUndefined();
  });
});
