/** Small helpers shared by the format parsers. @internal */
import type { ArticleImage } from '../article.js';
import { htmlToText } from '../html-text.js';
import { safeLinkUrl, safeUrl } from '../url.js';
import { LoadError } from './errors.js';

export { htmlToText };

/** An http(s) URL resolved against `base`, or `undefined`. */
export const absUrl = (value: unknown, base: string): string | undefined =>
  typeof value === 'string' ? safeUrl(value, base) : undefined;

/** Like `absUrl` but also keeps `mailto:` (author links). */
export const absLinkUrl = (value: unknown, base: string): string | undefined =>
  typeof value === 'string' ? safeLinkUrl(value, base) : undefined;

export const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

export const str = (v: unknown): string | undefined =>
  typeof v === 'string' ? v : typeof v === 'number' && Number.isFinite(v) ? String(v) : undefined;

/** A positive whole number from a number or numeric string. */
export const posInt = (v: unknown): number | undefined => {
  const n = typeof v === 'number' ? v : typeof v === 'string' && v.trim() ? Number(v) : NaN;
  return Number.isFinite(n) && n > 0 ? Math.round(n) : undefined;
};

/** Plain text, or `undefined` when empty. */
export const textOf = (html: unknown): string | undefined => {
  const s = str(html);
  return s ? htmlToText(s) || undefined : undefined;
};

const MAX_EXCERPT = 600;

/** Plain-text excerpt, cut at a word boundary after ~600 characters. */
export function excerptOf(html: unknown): string | undefined {
  const text = textOf(html);
  if (!text || text.length <= MAX_EXCERPT) return text;
  const cut = text.slice(0, MAX_EXCERPT);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), MAX_EXCERPT - 80)).replace(/[\s,;:.–—-]+$/, '')}…`;
}

/** A title from the text when an item has none (JSON Feed and RSS allow that). */
export function fallbackTitle(text: string | undefined): string {
  if (!text) return '';
  return text.length > 100 ? `${text.slice(0, Math.max(text.lastIndexOf(' ', 100), 60))}…` : text;
}

const ZONES: Record<string, number> = {
  UT: 0, UTC: 0, GMT: 0, Z: 0, EST: -5, EDT: -4, CST: -6, CDT: -5, MST: -7, MDT: -6, PST: -8, PDT: -7,
};
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const RFC822 =
  /^(?:[a-z]+,?\s*)?(\d{1,2})\s+([a-z]{3})[a-z]*\.?\s+(\d{2,4})(?:\s+(\d{1,2}):(\d{2})(?::(\d{2}))?)?\s*([+-]\d{2}:?\d{2}|[a-z]{1,5})?/i;

/**
 * ISO 8601 from an RFC 822 (RSS), ISO 8601 (Atom, JSON Feed, JSON-LD) or WordPress
 * `date_gmt` (no zone: UTC) value; `undefined` when it is not a date. Date-only values stay
 * date-only. Zone names other than UT/GMT/US zones and military letters count as UTC.
 */
export function toIsoDate(value: unknown, assumeUtc = false): string | undefined {
  const v = str(value)?.trim();
  if (!v) return undefined;
  if (/^\d{4}-\d{2}-\d{2}$/.test(v)) return v;
  const m = RFC822.exec(v);
  if (m && !/^\d{4}-/.test(v)) {
    const month = MONTHS.indexOf(m[2].toLowerCase());
    if (month < 0) return undefined;
    let year = Number(m[3]);
    if (m[3].length === 2) year += year < 50 ? 2000 : 1900;
    let offset = 0;
    const zone = m[7]?.toUpperCase();
    if (zone && /^[+-]/.test(zone)) {
      const digits = zone.replace(':', '');
      offset = (Number(digits.slice(1, 3)) * 60 + Number(digits.slice(3, 5))) * (zone[0] === '-' ? -1 : 1);
    } else if (zone && zone in ZONES) offset = ZONES[zone] * 60;
    const ms = Date.UTC(year, month, Number(m[1]), Number(m[4] ?? 0), Number(m[5] ?? 0), Number(m[6] ?? 0)) - offset * 60000;
    return Number.isNaN(ms) ? undefined : new Date(ms).toISOString();
  }
  const iso = /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?$/.test(v) && assumeUtc ? `${v.replace(' ', 'T')}Z` : v;
  const ms = Date.parse(iso);
  return Number.isNaN(ms) ? undefined : new Date(ms).toISOString();
}

/** Seconds from `3725`, `"3725"`, `"62:05"` or `"1:02:05"` (iTunes duration). */
export function toSeconds(value: unknown): number | undefined {
  const v = str(value)?.trim();
  if (!v) return undefined;
  if (/^\d+(\.\d+)?$/.test(v)) return Number(v) || undefined;
  if (!/^\d+(:\d{1,2}){1,2}$/.test(v)) return undefined;
  return v.split(':').reduce((total, part) => total * 60 + Number(part), 0) || undefined;
}

/** `url 300w, url 1024w` from candidates, dropping unsafe URLs and duplicates; `undefined` if fewer than two. */
export function srcsetOf(candidates: { url?: string; width?: number }[]): string | undefined {
  const seen = new Map<string, number>();
  for (const c of candidates) if (c.url && c.width && !/[\s,]/.test(c.url) && !seen.has(c.url)) seen.set(c.url, c.width);
  const list = [...seen].sort((a, b) => a[1] - b[1]);
  return list.length > 1 ? list.map(([url, w]) => `${url} ${w}w`).join(', ') : undefined;
}

/** The first `<img>` of an HTML body, as a fallback cover image. */
export function firstImage(html: string | undefined, base: string): ArticleImage | undefined {
  if (!html || !/<img\b/i.test(html)) return undefined;
  const img = matchImg(html);
  if (!img) return undefined;
  const src = absUrl(img.src, base);
  return src ? { src, alt: img.alt ?? '', width: posInt(img.width), height: posInt(img.height) } : undefined;
}

/** Reads the attributes of the first `<img>` without building any DOM (cheap for big feeds). */
function matchImg(html: string): { src?: string; alt?: string; width?: string; height?: string } | undefined {
  const tag = /<img\b([^>]*)>/i.exec(html)?.[1];
  if (!tag) return undefined;
  const attr = (name: string) => {
    const m = new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i').exec(tag);
    const raw = m ? (m[1] ?? m[2] ?? m[3]) : undefined;
    return raw === undefined ? undefined : htmlToText(raw.replace(/</g, '&lt;'));
  };
  return { src: attr('src'), alt: attr('alt'), width: attr('width'), height: attr('height') };
}

/** Minimal HTML escaping, for turning plain text into `bodyHtml`. */
export const escapeHtml = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/** Plain text with blank lines → `<p>` paragraphs. */
export const textToHtml = (text: string) =>
  text
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean)
    .map((p) => `<p>${escapeHtml(p).replace(/\n/g, '<br>')}</p>`)
    .join('\n');

export const parseError = (url: string, message?: string, cause?: unknown) =>
  new LoadError('parse', url, { message: message ? `The feed could not be read: ${message}` : undefined, cause });

/** Values as an array (`undefined` → `[]`, one value → `[value]`). */
export const arr = <T>(v: T | T[] | undefined | null): T[] => (v == null ? [] : Array.isArray(v) ? v : [v]);
