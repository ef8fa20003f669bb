import { HOSTILE_KEYS, IMPORT_LIMITS } from '@/utils/core/import/limits';
import type { ImportError, InvalidEntry } from '@/utils/core/import/import-types';

export type JsonResult = { ok: true; value: unknown; stripped: InvalidEntry[] } | { ok: false; error: ImportError };

/** "line 3, column 17" (1-based, columns in UTF-16 units as editors show them). */
export function lineColumn(text: string, offset: number): string {
  let line = 1;
  let lineStart = 0;
  const end = Math.min(offset, text.length);
  for (let i = 0; i < end; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return `line ${line}, column ${end - lineStart + 1}`;
}

/**
 * One pass over the text before JSON.parse: refuses nesting deeper than the limit (JSON.parse and
 * every later walk recurse, so a file of 100,000 '[' would overflow the stack) and spots files that
 * stop inside a string or with brackets still open (truncated downloads).
 */
export function scanJson(text: string, maxDepth: number = IMPORT_LIMITS.maxJsonDepth): ImportError | undefined {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92 /* \ */) i++;
      else if (c === 34 /* " */) inString = false;
    } else if (c === 34) {
      inString = true;
    } else if (c === 123 /* { */ || c === 91 /* [ */) {
      depth++;
      if (depth > maxDepth) {
        return { code: 'too-deep', message: `The data is nested more than ${maxDepth} levels deep; Recoupe does not read such files.`, position: lineColumn(text, i) };
      }
    } else if (c === 125 /* } */ || c === 93 /* ] */) {
      depth--;
    }
  }
  if (inString || depth > 0) {
    const what = inString ? 'inside a text value' : `with ${depth} bracket${depth > 1 ? 's' : ''} still open`;
    return { code: 'truncated', message: `The file ends too early, ${what}: it looks cut off. Export or download it again.`, position: lineColumn(text, text.length) };
  }
  return undefined;
}

/** Removes __proto__/constructor/prototype keys wherever they are, and says where they were. */
function strip(value: unknown, path: string[], stripped: InvalidEntry[]): void {
  if (value === null || typeof value !== 'object') return;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const item: unknown = value[i];
      if (item !== null && typeof item === 'object') {
        path.push(`[${i}]`);
        strip(item, path, stripped);
        path.pop();
      }
    }
    return;
  }
  const record = value as Record<string, unknown>;
  for (const key of Object.keys(record)) {
    if (HOSTILE_KEYS.has(key)) {
      // JSON.parse stores "__proto__" as an own property (no pollution yet); deleting it keeps later spreads safe.
      delete record[key];
      stripped.push({ position: [...path, `.${key}`].join('').replace(/^\./, ''), reason: `The key "${key}" is not allowed and was removed.` });
      continue;
    }
    const item = record[key];
    if (item !== null && typeof item === 'object') {
      path.push(`.${key}`);
      strip(item, path, stripped);
      path.pop();
    }
  }
}

/** JSON.parse behind the depth/truncation scan, with hostile keys stripped. Never throws. */
export function parseJsonSafely(text: string): JsonResult {
  const scanError = scanJson(text);
  if (scanError) return { ok: false, error: scanError };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const at = /position (\d+)/.exec(message);
    return {
      ok: false,
      error: {
        code: 'malformed',
        message: `This is not valid JSON (${message.replace(/\s*(in JSON )?at position \d+.*$/s, '')}).`,
        ...(at ? { position: lineColumn(text, Number(at[1])) } : {}),
      },
    };
  }
  const stripped: InvalidEntry[] = [];
  strip(value, [], stripped);
  return { ok: true, value, stripped };
}

/**
 * JSON Lines, one object per line, as datasets and command-line tools write records: read as the list
 * of its objects (the first object is `[0]`). Undefined for a file that is not (one line, or a line
 * that is not an object): JSON.parse reads it, or says where it is not JSON.
 */
export function parseJsonLines(text: string): JsonResult | undefined {
  const lines = text.split('\n').map((line, i) => [line.trim(), i + 1] as const).filter(([line]) => line !== '');
  if (lines.length < 2 || !lines.every(([line]) => line.startsWith('{') && line.endsWith('}'))) return undefined;
  const values: unknown[] = [];
  const stripped: InvalidEntry[] = [];
  for (const [line, n] of lines) {
    const one = parseJsonSafely(line);
    if (!one.ok) return { ok: false, error: { ...one.error, message: `${one.error.message} The file holds one JSON object per line (JSON Lines).`, position: `line ${n}` } };
    values.push(one.value);
    stripped.push(...one.stripped.map((entry) => ({ ...entry, position: `[${values.length - 1}]${entry.position.startsWith('[') ? '' : '.'}${entry.position}` })));
  }
  return { ok: true, value: values, stripped };
}
