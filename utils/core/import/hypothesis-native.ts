import type { InvalidLog } from '@/utils/core/import/invalid-log';
import { isHttpUrl, isRecord } from '@/utils/core/import/read-fields';
import { asList } from '@/utils/core/import/web-annotation-parts';

/**
 * Hypothesis's own JSON, not W3C: the file its client exports ({export_date, client_version,
 * annotations}) and its search API's answer ({total, rows}). Each annotation has uri, text, tags,
 * target[{source, selector[]}] with W3C selectors, created and updated.
 */
export function isHypothesisNative(value: unknown): value is Record<string, unknown> {
  if (!isRecord(value)) return false;
  if (Array.isArray(value.annotations) && (value.export_date !== undefined || value.client_version !== undefined)) return true;
  return Array.isArray(value.rows) && typeof value.total === 'number';
}

/** The annotations as W3C annotations, with their positions in the file; replies are left out, and said so. */
export function hypothesisAnnotations(doc: Record<string, unknown>, log: InvalidLog): [Record<string, unknown>, string][] {
  const key = Array.isArray(doc.annotations) ? 'annotations' : 'rows';
  const out: [Record<string, unknown>, string][] = [];
  asList(doc[key]).forEach((item, i) => {
    const at = `${key}[${i}]`;
    if (!isRecord(item)) {
      log.add(at, 'Expected an annotation.');
      return;
    }
    if (asList(item.references).length > 0) {
      log.add(at, 'A reply to another annotation: it quotes nothing, so it was left out.');
      return;
    }
    const html = isRecord(item.links) && typeof item.links.html === 'string' && isHttpUrl(item.links.html) ? item.links.html : undefined;
    // The id Hypothesis gives the same annotation in its W3C form, so both files meet as one.
    const id = html ?? (typeof item.id === 'string' ? `https://hypothes.is/a/${item.id}` : undefined);
    const tags = asList(item.tags).filter((t) => typeof t === 'string').map((value) => ({ type: 'TextualBody', value, purpose: 'tagging' }));
    out.push([{
      type: 'Annotation', id, created: item.created, modified: item.updated,
      body: [{ type: 'TextualBody', value: typeof item.text === 'string' ? item.text : '', format: 'text/markdown' }, ...tags],
      target: asList(item.target).map((t) => (isRecord(t) ? { source: t.source ?? item.uri, selector: t.selector } : t)),
    }, at]);
  });
  return out;
}
