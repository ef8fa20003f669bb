/** Verification statuses: one colour and one non-colour cue each, so colour-blind readers can tell them apart. */
export const STATUSES = ['confirmed', 'partly-true', 'unverified', 'disputed', 'misleading', 'false'] as const;
export type Status = (typeof STATUSES)[number];

export interface StatusStyle {
  /** Highlight background: light, under the dark text highlights paint (highlight-style.ts), whatever the page's colours. */
  background: string;
  /** Strong colour for markers, badges and underlines (WCAG AA against white). */
  color: string;
  /** Underline style drawn under highlighted text: the non-colour cue in the page. */
  underline: 'solid' | 'double' | 'dotted' | 'dashed' | 'wavy';
  /** A short glyph shown beside badges and in lists: the non-colour cue in the UI. */
  glyph: string;
  label: { en: string; fr: string };
}

export const STATUS_STYLES: Record<Status, StatusStyle> = {
  confirmed: { background: '#d3f0d9', color: '#17692f', underline: 'solid', glyph: '✓', label: { en: 'Confirmed', fr: 'Confirmé' } },
  'partly-true': { background: '#dcecfa', color: '#1d5a99', underline: 'double', glyph: '◐', label: { en: 'Partly true', fr: 'En partie vrai' } },
  unverified: { background: '#fff1b8', color: '#7a5a00', underline: 'dotted', glyph: '?', label: { en: 'Unverified', fr: 'Non vérifié' } },
  disputed: { background: '#ffe0c2', color: '#9a4300', underline: 'dashed', glyph: '⇄', label: { en: 'Disputed', fr: 'Contesté' } },
  misleading: { background: '#efdcf7', color: '#6f2c91', underline: 'wavy', glyph: '!', label: { en: 'Misleading', fr: 'Trompeur' } },
  false: { background: '#fbd5d5', color: '#a61b1b', underline: 'wavy', glyph: '✗', label: { en: 'False', fr: 'Faux' } },
};

export function isStatus(value: unknown): value is Status {
  return typeof value === 'string' && (STATUSES as readonly string[]).includes(value);
}

export function statusLabel(status: Status, lang: string): string {
  return STATUS_STYLES[status].label[lang.startsWith('fr') ? 'fr' : 'en'];
}
