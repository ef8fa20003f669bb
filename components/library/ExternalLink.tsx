import type { ComponentChildren } from 'preact';
import { safeHttpUrl } from '@/utils/core/safe-url';

export interface ExternalLinkProps {
  href: string;
  children?: ComponentChildren;
}

/** A link only for http(s) addresses; anything else (javascript:, data:…) is shown as plain text. */
export function ExternalLink({ href, children }: ExternalLinkProps) {
  const url = safeHttpUrl(href);
  if (!url) return <span class="not-a-link">{children ?? href}</span>;
  return (
    <a href={url} target="_blank" rel="noopener noreferrer">
      {children ?? url}
    </a>
  );
}
