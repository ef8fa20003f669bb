// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { iterateTextBlocks } from '@/utils/page/page-text';
import { nearestLang } from '@/entrypoints/content/scanner';

describe('the language a block carries to the background', () => {
  it('is its nearest lang attribute below the page root, the root’s being the page’s own', () => {
    document.documentElement.lang = 'fr';
    document.body.innerHTML = `
      <p>Un paragraphe en français, sans attribut.</p>
      <p lang="en-GB">An English paragraph.</p>
      <div lang="de"><p>Ein deutscher Absatz im Container.</p></div>
      <p lang="x y <b>">A bad tag is not sent.</p>`;
    expect([...iterateTextBlocks(document.body)].map((b) => [b.text, nearestLang(b)])).toEqual([
      ['Un paragraphe en français, sans attribut.', undefined],
      ['An English paragraph.', 'en-GB'],
      ['Ein deutscher Absatz im Container.', 'de'],
      ['A bad tag is not sent.', undefined],
    ]);
  });
});
