import { useState } from 'preact/hooks';
import type { Annotation } from '@/utils/core/model';
import { formatDate, t } from '@/utils/locale/i18n';
import { AnnotationEditForm } from '@/components/library/AnnotationEditForm';
import { ExternalLink } from '@/components/library/ExternalLink';
import { TagList } from '@/components/library/TagList';

export interface AnnotationItemProps {
  annotation: Annotation;
  lang: string;
  onChanged: () => void;
}

/** One annotation: the quote it anchors (marked when it no longer anchors in its page), note and tags. */
export function AnnotationItem({ annotation, lang, onChanged }: AnnotationItemProps) {
  const [editing, setEditing] = useState(false);
  const detached = annotation.anchorState === 'detached';
  return (
    <li class={detached ? 'annotation detached' : 'annotation'}>
      {detached && (
        <p class="detached-mark">
          <span aria-hidden="true">⚠ </span>
          {t('libDetached')}
        </p>
      )}
      <blockquote>{annotation.selectors.quote.exact}</blockquote>
      <p class="muted">
        <ExternalLink href={annotation.url} />
        {' · '}
        <time dateTime={annotation.updatedAt}>{formatDate(annotation.updatedAt, lang)}</time>
      </p>
      {annotation.note && <p class="pre">{annotation.note}</p>}
      {annotation.tags.length > 0 && <TagList tags={annotation.tags} />}
      {annotation.evidence.length > 0 && (
        <ul class="evidence" aria-label={t('libEvidence')}>
          {annotation.evidence.map((e) => (
            <li key={e}>
              <ExternalLink href={e} />
            </li>
          ))}
        </ul>
      )}
      {editing ? (
        <AnnotationEditForm
          annotation={annotation}
          onDone={(changed) => {
            setEditing(false);
            if (changed) onChanged();
          }}
        />
      ) : (
        <button type="button" onClick={() => setEditing(true)}>
          {t('libEditAnnotation')}
        </button>
      )}
    </li>
  );
}
