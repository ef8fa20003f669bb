import { vi } from 'vitest';
import { MESSAGES } from '@/scripts/lib/locales-source';

/** English strings as the browser would give them from _locales, with $1… filled in. */
export function englishT(key: string, subs?: string | string[]): string {
  const list = subs === undefined ? [] : Array.isArray(subs) ? subs : [subs];
  return (MESSAGES[key]?.en ?? key).replace(/\$(\d)/g, (_, n: string) => list[Number(n) - 1] ?? '');
}

export async function until<T>(root: HTMLElement, find: () => T | null | undefined | false, what: string): Promise<T> {
  for (let i = 0; i < 300; i++) {
    const found = find();
    if (found) return found;
    await new Promise((r) => setTimeout(r, 10));
  }
  throw new Error(`Timed out waiting for ${what}. Page text: ${root.textContent}`);
}

export const buttonNamed = (root: ParentNode, name: string) =>
  [...root.querySelectorAll('button')].find((b) => b.textContent?.trim() === name) as HTMLButtonElement | undefined;

/** The control a visible <label> names, as a screen reader would find it. */
export function labelled<T extends HTMLElement>(root: HTMLElement, label: string | RegExp): T {
  const l = [...root.querySelectorAll('label')].find((x) => (typeof label === 'string' ? x.textContent?.trim() === label : label.test(x.textContent ?? '')));
  if (!l) throw new Error(`no label ${String(label)} in ${root.innerHTML}`);
  const control = l.htmlFor ? root.querySelector(`#${CSS.escape(l.htmlFor)}`) : l.querySelector('input, select, textarea');
  if (!control) throw new Error(`label ${String(label)} names nothing`);
  return control as T;
}

/** Chooses a file in an <input type=file>, as the file picker would. */
export function chooseFile(input: HTMLInputElement, file: File): void {
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  input.dispatchEvent(new Event('change', { bubbles: true }));
}

/** Captures what downloadFile() saves: the anchor's file name and the Blob's text. */
export function captureDownloads(): { files: { name: string; blob: Blob }[]; restore: () => void } {
  const files: { name: string; blob: Blob }[] = [];
  const blobs = new Map<string, Blob>();
  let n = 0;
  const create = vi.spyOn(URL, 'createObjectURL').mockImplementation((b: Blob | MediaSource) => {
    const url = `blob:test/${++n}`;
    blobs.set(url, b as Blob);
    return url;
  });
  const revoke = vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
  const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    files.push({ name: this.download, blob: blobs.get(this.href)! });
  });
  return {
    files,
    restore: () => {
      create.mockRestore();
      revoke.mockRestore();
      click.mockRestore();
    },
  };
}
