import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MESSAGES } from '../../scripts/lib/locales-source';

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return /\.(ts|tsx)$/.test(name) ? [path] : [];
  });
}

const code = ['entrypoints', 'components', 'utils'].flatMap(sources).map((p) => [p, readFileSync(p, 'utf8')] as const);

describe('interface languages', () => {
  it('has every message in English and French, and the generated _locales match the source', () => {
    const en = JSON.parse(readFileSync('public/_locales/en/messages.json', 'utf8')) as Record<string, { message: string }>;
    const fr = JSON.parse(readFileSync('public/_locales/fr/messages.json', 'utf8')) as Record<string, { message: string }>;
    for (const [key, m] of Object.entries(MESSAGES)) {
      expect(m.en.trim(), key).not.toBe('');
      expect(m.fr.trim(), key).not.toBe('');
      expect(en[key]?.message, `${key} in _locales/en (run npx tsx scripts/write-locales.ts)`).toBe(m.en);
      expect(fr[key]?.message, `${key} in _locales/fr`).toBe(m.fr);
      // Same placeholders in both languages.
      expect(m.fr.match(/\$\d/g)?.sort() ?? [], key).toEqual(m.en.match(/\$\d/g)?.sort() ?? []);
    }
  });

  it('has a message for every key the interface asks for', () => {
    const missing: string[] = [];
    for (const [path, text] of code) {
      for (const m of text.matchAll(/\bt\(\s*'([A-Za-z_]+)'/g)) if (!MESSAGES[m[1]]) missing.push(`${path}: ${m[1]}`);
      for (const m of text.matchAll(/userError\(\s*'([A-Za-z_]+)'/g)) if (!MESSAGES[m[1]]) missing.push(`${path}: ${m[1]}`);
    }
    for (const kind of ['figure', 'place', 'attribution', 'date']) if (!MESSAGES[`fact_${kind}`]) missing.push(`fact_${kind}`);
    // Every way an import can refuse a file has its summary (keys built from the codes in import-types.ts).
    const codes = readFileSync('utils/core/import/import-types.ts', 'utf8').match(/ImportErrorCode =([^;]+);/)![1].match(/'([a-z-]+)'/g)!;
    expect(codes.length).toBeGreaterThan(5);
    for (const code of codes) {
      const key = `importErr_${code.slice(1, -1).replaceAll('-', '_')}`;
      if (!MESSAGES[key]) missing.push(key);
    }
    expect(missing).toEqual([]);
  });
});
