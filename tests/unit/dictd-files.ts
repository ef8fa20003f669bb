import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/**
 * Small dictionaries written in dictd's format (an index of base64 offsets and lengths, and the
 * entries gzipped), for the tests of what the build scripts take from FreeDict's dictionaries.
 */
const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const b64 = (n: number): string => (n < 64 ? B64[n]! : b64(Math.floor(n / 64)) + B64[n % 64]);

export function writeDictionary(dir: string, name: string, entries: string[], header = 'FreeDict test dictionary\n') {
  let body = Buffer.from(header);
  const index: string[] = [];
  for (const entry of entries) {
    const bytes = Buffer.from(`${entry}\n`);
    index.push(`${entry.split(/\s+\/|\s*<|\n/)[0]}\t${b64(body.length)}\t${b64(bytes.length)}`);
    body = Buffer.concat([body, bytes]);
  }
  writeFileSync(join(dir, `${name}.index`), `${index.join('\n')}\n`);
  writeFileSync(join(dir, `${name}.dict.dz`), gzipSync(body));
}
