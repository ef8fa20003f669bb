import { t } from '@/utils/locale/i18n';

export interface TagListProps {
  tags: string[];
}

/** Tags as a labelled list of chips. */
export function TagList({ tags }: TagListProps) {
  if (!tags.length) return null;
  return (
    <ul class="tags" aria-label={t('libTags')}>
      {tags.map((tag) => (
        <li key={tag} class="tag">{tag}</li>
      ))}
    </ul>
  );
}
