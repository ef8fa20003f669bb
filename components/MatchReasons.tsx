import type { MatchWhy } from '@/utils/protocol/messages';
import { t } from '@/utils/locale/i18n';

export interface MatchReasonsProps {
  why: MatchWhy;
}

/** What a matched sentence shares with the claim and what it contradicts, as plain text lines. */
export function MatchReasons({ why }: MatchReasonsProps) {
  const lines: [string, string[]][] = [
    ['whyNames', why.names],
    ['whyFigures', why.figures],
    ['whyWords', why.words],
    ['whyContradicts', why.contradicts],
  ];
  const shown = lines.filter(([, items]) => items.length > 0);
  if (!shown.length) return null;
  return (
    <ul class="match-reasons" aria-label={t('whyTitle')}>
      {shown.map(([key, items]) => (
        <li class={key === 'whyContradicts' ? 'contradicts' : undefined}>{t(key, items.join(', '))}</li>
      ))}
    </ul>
  );
}
