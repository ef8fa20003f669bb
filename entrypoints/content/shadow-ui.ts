/**
 * A piece of UI in an open shadow root, built as WXT's createShadowRootUi builds it (a custom
 * element holding html > head > style and body, the entrypoint's stylesheet with `:host` reset),
 * without WXT's anchors, positions and auto-mount, which we do not use: they cost every page load
 * about 2 KB gzip (with their dependencies).
 */
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { uiLang } from '@/utils/locale/i18n';
import { textDirection } from '@/utils/core/text-direction';

export interface ShadowUi {
  shadowHost: HTMLElement;
  uiContainer: HTMLElement;
  /** Appends the host to the page's root element (html), then calls onMount. */
  mount(): void;
  remove(): void;
}

export interface ShadowUiOptions {
  /** A custom element name (two words, kebab-case). */
  name: string;
  /** Events stopped at the UI's body, so the page's handlers do not see them. */
  isolateEvents?: string[];
  onMount(container: HTMLElement): void;
  onRemove?(): void;
}

/** The content script's stylesheet (web-accessible, listed by WXT for cssInjectionMode 'ui'), fetched once. */
let stylesheet: Promise<string> | undefined;
function loadStylesheet(): Promise<string> {
  stylesheet ??= fetch(browser.runtime.getURL('/content-scripts/content.css' as '/'))
    .then((r) => r.text())
    .catch((e) => {
      stylesheet = undefined;
      console.warn('Recoupe: the card stylesheet did not load', e);
      return '';
    });
  return stylesheet;
}

export async function createShadowUi(ctx: ContentScriptContext, options: ShadowUiOptions): Promise<ShadowUi> {
  const css = await loadStylesheet();
  const shadowHost = document.createElement(options.name);
  const shadow = shadowHost.attachShadow({ mode: 'open' });
  const html = document.createElement('html');
  // `all: initial` on the host resets every property but `direction` and `unicode-bidi`, which the
  // host inherits from the page: on a right-to-left page the interface text would be laid out right
  // to left. The UI is in the interface language, and takes its direction.
  const lang = uiLang();
  html.lang = lang;
  html.dir = textDirection(lang);
  const head = document.createElement('head');
  const style = document.createElement('style');
  // The page's inherited styles stop at the host.
  style.textContent = `:host{all:initial !important;}\n${css.replaceAll(':root', ':host')}`;
  head.append(style);
  const uiContainer = document.createElement('body');
  html.append(head, uiContainer);
  shadow.append(html);
  for (const type of options.isolateEvents ?? []) uiContainer.addEventListener(type, (e) => e.stopPropagation());
  let mounted = false;
  const remove = () => {
    if (mounted) options.onRemove?.();
    mounted = false;
    shadowHost.remove();
    uiContainer.replaceChildren();
  };
  ctx.onInvalidated(remove);
  return {
    shadowHost,
    uiContainer,
    mount() {
      // Not in the body: a transform, filter or zoom on the body (or a container) makes it the
      // containing block of fixed-position descendants, and the UI would be placed, and scrolled to
      // on focus, relative to it rather than to the viewport.
      document.documentElement.append(shadowHost);
      mounted = true;
      options.onMount(uiContainer);
    },
    remove,
  };
}
