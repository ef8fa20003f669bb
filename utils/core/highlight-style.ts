// Relative, not @/: wxt.config.ts imports this file, and the config loader does not resolve the alias.
import { STATUSES, STATUS_STYLES } from './statuses';

/** Names are prefixed so a page's own highlights never collide with ours. */
export const HIGHLIGHT_PREFIX = 'recoupe-';
export const FOCUS_HIGHLIGHT = `${HIGHLIGHT_PREFIX}focus`;

/** The text colour on every status background (each of them light): WCAG AA on all of them. */
export const HIGHLIGHT_TEXT = '#1a1a1a';

/** Where the build writes the stylesheet below, relative to the extension's root. */
export const HIGHLIGHT_CSS_FILE = 'content-scripts/highlights.css';

/**
 * The `::highlight()` rules, shipped as a content-script stylesheet that the browser injects before
 * the page is first styled. They must apply to the page's own document (the ranges are in the light
 * DOM, so rules in our shadow root would never reach them), and a stylesheet added to a loaded page
 * restyles every element of it in one frame: 0.2 to 0.6 s on a page of 30,000 paragraphs. Present
 * from the start, the rules cost nothing until a highlight of that name is registered.
 */
export function highlightCss(): string {
  const rules = STATUSES.map((s) => {
    const st = STATUS_STYLES[s];
    // The text colour goes with the light background we paint: the page's own (inherit) is light grey
    // on a dark theme, and light on light cannot be read.
    return `::highlight(${HIGHLIGHT_PREFIX}${s}){background-color:${st.background};color:${HIGHLIGHT_TEXT};text-decoration:underline ${st.underline} ${st.color};text-decoration-thickness:2px;text-underline-offset:3px;}`;
  });
  rules.push(`::highlight(${FOCUS_HIGHLIGHT}){background-color:#1a1a1a;color:#ffffff;text-decoration:underline solid #ffbf47;text-decoration-thickness:3px;}`);
  return `${rules.join('\n')}\n`;
}
