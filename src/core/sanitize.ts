import DOMPurify, { type Config, type DOMPurify as Purifier } from 'dompurify';
import { cleanSrcset } from './srcset.js';
import { withTrustedPolicy } from './trusted-types.js';

export { cleanSrcset };

/**
 * Hosts whose players may be embedded in article bodies as `<iframe>` (https only). Every other
 * iframe is removed. Embeds keep working, with `sandbox="allow-scripts allow-same-origin
 * allow-presentation allow-popups"` (the player runs in its own origin and can open its site in
 * a new tab, but cannot navigate the page, open dialogs or submit forms), `loading="lazy"` and
 * `referrerpolicy="strict-origin-when-cross-origin"` (YouTube refuses to play without a referrer origin).
 */
export const EMBED_HOSTS: readonly string[] = [
  'www.youtube-nocookie.com',
  'www.youtube.com',
  'youtube.com',
  'player.vimeo.com',
  'w.soundcloud.com',
  'open.spotify.com',
  'embed.spotify.com',
  'www.mixcloud.com',
  'player-widget.mixcloud.com',
  'player.simplecast.com',
  'embed.podcasts.apple.com',
  'www.podbean.com',
  'html5-player.libsyn.com',
  'play.libsyn.com',
  'www.buzzsprout.com',
  'bandcamp.com',
  'www.dailymotion.com',
  'geo.dailymotion.com',
  'embed.ted.com',
  'www.google.com', // Google Maps embeds (path checked below)
];

/** Path prefixes required for hosts that also serve non-embed pages. */
const EMBED_PATHS: Record<string, string> = {
  'www.youtube.com': '/embed/',
  'youtube.com': '/embed/',
  'www.youtube-nocookie.com': '/embed/',
  'open.spotify.com': '/embed',
  'www.mixcloud.com': '/widget/',
  'bandcamp.com': '/EmbeddedPlayer/',
  'www.dailymotion.com': '/embed/',
  'www.google.com': '/maps/embed',
};

/** Prefix given to every `id` in sanitized HTML (and to in-page `#fragment` links) so they cannot clash with the page's. */
export const ID_PREFIX = 'nr-';

const IFRAME_SANDBOX = 'allow-scripts allow-same-origin allow-presentation allow-popups';

/**
 * The allowlist. Everything else is removed (the text of unknown elements is kept; scripts,
 * styles, templates, SVG and MathML go with their content). No `style`, `class`, `on*`, `data-*`,
 * `aria-*`, `target`, `name`, form controls, `<object>`, `<embed>`, `<base>`, `<meta>`, `<link>`.
 * `<h1>` becomes `<h2>` (the article's title is the page's `h1`).
 */
export const ALLOWED_TAGS: readonly string[] = [
  'p', 'br', 'hr', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'li', 'dl', 'dt', 'dd', 'a', 'img',
  'figure', 'figcaption', 'blockquote', 'cite', 'q', 'pre', 'code', 'kbd', 'samp', 'var', 'em', 'strong',
  'b', 'i', 'u', 's', 'del', 'ins', 'sub', 'sup', 'mark', 'small', 'abbr', 'time', 'span', 'div',
  'table', 'caption', 'thead', 'tbody', 'tfoot', 'tr', 'th', 'td', 'colgroup', 'col',
  'iframe', 'audio', 'video', 'source', 'picture', 'details', 'summary',
];

export const ALLOWED_ATTRIBUTES: readonly string[] = [
  'href', 'src', 'srcset', 'sizes', 'width', 'height', 'alt', 'title', 'cite', 'datetime', 'lang', 'dir',
  'id', 'colspan', 'rowspan', 'scope', 'start', 'reversed', 'type', 'controls', 'poster', 'allowfullscreen',
  'abbr', 'value', 'span', 'media',
];

const NUMERIC_ATTRS = ['width', 'height', 'colspan', 'rowspan', 'start', 'span', 'value'];

export interface SanitizeOptions {
  /** URL that relative URLs in the HTML resolve against (the article's or feed's URL). Default: the page's base URL. */
  baseUrl?: string;
  /** `target` for links that leave the page's origin (`_blank` or none). Default: none. */
  externalLinkTarget?: '_blank' | null;
}

let purifier: Purifier | undefined;
let current: Required<SanitizeOptions> & { pageOrigin: string } = { baseUrl: '', externalLinkTarget: null, pageOrigin: '' };

const CONFIG: Config = {
  ALLOWED_TAGS: [...ALLOWED_TAGS],
  ALLOWED_ATTR: [...ALLOWED_ATTRIBUTES],
  ALLOW_DATA_ATTR: false,
  ALLOW_ARIA_ATTR: false,
  ALLOW_UNKNOWN_PROTOCOLS: false,
  ALLOWED_URI_REGEXP: /^(?:(?:https?|mailto):|[^a-z]|[a-z+.-]+(?:[^a-z+.\-:]|$))/i,
  RETURN_DOM_FRAGMENT: true,
};

/** Resolves `value` against the base URL; `undefined` unless the result is http(s) (or mailto when allowed). */
function cleanUrl(value: string | null, mailto = false): string | undefined {
  const v = value?.trim();
  if (!v) return undefined;
  try {
    const url = new URL(v, current.baseUrl);
    if (url.protocol === 'http:' || url.protocol === 'https:' || (mailto && url.protocol === 'mailto:')) return url.href;
  } catch {
    /* not a URL */
  }
  return undefined;
}

function setOrRemove(el: Element, name: string, value: string | undefined) {
  if (value === undefined) el.removeAttribute(name);
  else el.setAttribute(name, value);
}

function isAllowedEmbed(src: string | undefined): src is string {
  if (!src) return false;
  const url = new URL(src);
  if (url.protocol !== 'https:' || !EMBED_HOSTS.includes(url.hostname)) return false;
  const path = EMBED_PATHS[url.hostname];
  return !path || url.pathname.startsWith(path);
}

function afterAttributes(el: Element) {
  const tag = el.localName;
  for (const name of NUMERIC_ATTRS) {
    const v = el.getAttribute(name);
    if (v !== null && !/^\s*\d{1,5}%?\s*$/.test(v)) el.removeAttribute(name);
  }
  const id = el.getAttribute('id');
  if (id !== null) setOrRemove(el, 'id', /^[\w:.-]{1,100}$/.test(id) ? ID_PREFIX + id : undefined);
  for (const name of ['src', 'cite', 'poster']) if (el.hasAttribute(name)) setOrRemove(el, name, cleanUrl(el.getAttribute(name)));
  if (el.hasAttribute('srcset')) setOrRemove(el, 'srcset', cleanSrcset(el.getAttribute('srcset')!, current.baseUrl));

  if (el.hasAttribute('href')) {
    const raw = el.getAttribute('href')!.trim();
    if (tag !== 'a') el.removeAttribute('href');
    else if (/^#[\w:.-]+$/.test(raw)) el.setAttribute('href', `#${ID_PREFIX}${raw.slice(1)}`);
    else setOrRemove(el, 'href', cleanUrl(raw, true));
  }
  if (tag === 'a' && el.hasAttribute('href')) {
    el.setAttribute('rel', 'noopener noreferrer');
    const href = el.getAttribute('href')!;
    const external = /^https?:/.test(href) && new URL(href).origin !== current.pageOrigin;
    if (external && current.externalLinkTarget) el.setAttribute('target', current.externalLinkTarget);
  }
  if (tag === 'img') {
    el.setAttribute('loading', 'lazy');
    el.setAttribute('decoding', 'async');
    if (!el.hasAttribute('alt')) el.setAttribute('alt', '');
  }
  if (tag === 'iframe') {
    const src = el.getAttribute('src') ?? undefined;
    if (!isAllowedEmbed(src)) {
      el.removeAttribute('src');
    } else {
      el.setAttribute('sandbox', IFRAME_SANDBOX);
      el.setAttribute('loading', 'lazy');
      el.setAttribute('referrerpolicy', 'strict-origin-when-cross-origin');
      el.setAttribute('allow', 'encrypted-media; fullscreen; picture-in-picture');
      if (!el.hasAttribute('title')) el.setAttribute('title', 'Embedded content');
    }
  }
  if (tag === 'audio' || tag === 'video') {
    el.setAttribute('controls', '');
    el.setAttribute('preload', 'metadata');
  }
}

function getPurifier(): Purifier {
  if (!purifier) {
    // A private instance: our hooks never affect another user of DOMPurify on the page.
    purifier = DOMPurify(window);
    purifier.addHook('afterSanitizeAttributes', afterAttributes);
  }
  return purifier;
}

/** Post-processing by DOM operations only (no re-parsing): drop unusable embeds, demote `h1`. */
function finish(fragment: DocumentFragment) {
  for (const el of fragment.querySelectorAll('iframe:not([src]), source:not([src]):not([srcset]), img:not([src]):not([srcset])')) el.remove();
  for (const h1 of fragment.querySelectorAll('h1')) {
    const h2 = h1.ownerDocument.createElement('h2');
    for (const attr of ['id', 'lang', 'dir', 'title']) if (h1.hasAttribute(attr)) h2.setAttribute(attr, h1.getAttribute(attr)!);
    h2.append(...h1.childNodes);
    h1.replaceWith(h2);
  }
}

/**
 * Sanitizes CMS HTML (article bodies, RSS descriptions) into an inert `DocumentFragment` to
 * insert with DOM methods (no string-to-HTML sink in our components). See `ALLOWED_TAGS`,
 * `ALLOWED_ATTRIBUTES` and `EMBED_HOSTS` for what survives. URLs (`href`, `src`, `srcset`,
 * `cite`, `poster`) are resolved against `baseUrl` and kept only when http(s) (links: also
 * mailto); links get `rel="noopener noreferrer"`, images `loading="lazy"`, media `controls`,
 * ids the `nr-` prefix. Works with Trusted Types enforced (through the `newsradio-elements`
 * policy; DOMPurify's own `dompurify` policy is never created).
 */
export function sanitizeHtml(html: string, opts: SanitizeOptions = {}): DocumentFragment {
  const purify = getPurifier();
  const pageBase = globalThis.document?.baseURI ?? 'http://localhost/';
  let baseUrl = pageBase;
  try {
    if (opts.baseUrl) baseUrl = new URL(opts.baseUrl, pageBase).href;
  } catch {
    /* keep the page's base */
  }
  const saved = current;
  current = { baseUrl, externalLinkTarget: opts.externalLinkTarget ?? null, pageOrigin: new URL(pageBase).origin };
  try {
    const fragment = withTrustedPolicy(
      (policy) =>
        purify.sanitize(String(html ?? ''), {
          ...CONFIG,
          RETURN_DOM_FRAGMENT: true,
          TRUSTED_TYPES_POLICY: (policy ?? null) as Config['TRUSTED_TYPES_POLICY'],
        }) as DocumentFragment | null,
    );
    // DOMPurify answers null when the input leaves no body at all (e.g. a lone <frameset>).
    if (!fragment) return document.createDocumentFragment();
    finish(fragment);
    return fragment;
  } finally {
    current = saved;
  }
}

export { htmlToText } from './html-text.js';
