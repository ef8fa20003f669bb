import { mkdirSync, writeFileSync } from 'node:fs';
import { MESSAGES } from './lib/locales-source';

for (const lang of ['en', 'fr'] as const) {
  const out: Record<string, { message: string; description?: string }> = {};
  for (const [key, m] of Object.entries(MESSAGES)) out[key] = { message: m[lang], ...(m.description ? { description: m.description } : {}) };
  mkdirSync(`public/_locales/${lang}`, { recursive: true });
  writeFileSync(`public/_locales/${lang}/messages.json`, `${JSON.stringify(out, null, 2)}\n`);
}
console.log(`wrote ${Object.keys(MESSAGES).length} messages for en and fr`);
