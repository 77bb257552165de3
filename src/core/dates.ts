import { intlFormatter } from './intl.js';

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

export interface FormattedDate {
  /** Machine-readable value for `<time datetime>`. */
  readonly datetime: string;
  /** Human text in the requested locale. */
  readonly text: string;
}

/** How long a date is written: `medium` is "Mar 14, 2026", `long` "March 14, 2026" (in English). */
export type DateStyle = NonNullable<Intl.DateTimeFormatOptions['dateStyle']>;

/** Results by locale, style and input: a page of teasers shows the same few days over and over. */
const results = new Map<string, FormattedDate | undefined>();

/** Most results kept before the memo starts over: bounds memory on a page that keeps loading. */
const MAX_RESULTS = 2000;

const dateFormat = (locale: string | undefined, dateStyle: DateStyle, utc: boolean) =>
  intlFormatter(`date-${dateStyle}${utc ? '-utc' : ''}`, locale, (l) => new Intl.DateTimeFormat(l, { dateStyle, timeZone: utc ? 'UTC' : undefined }));

/**
 * Formats an ISO 8601 date for people, in `locale`, or returns `undefined` for a value that is
 * not a date (missing fields must leave no empty `<time>` behind). A date without a time is
 * formatted in UTC so that it never shifts to the day before in western time zones.
 */
export function formatDate(value: string | undefined, locale: string | undefined, dateStyle: DateStyle = 'medium'): FormattedDate | undefined {
  if (!value) return undefined;
  const key = `${locale ?? ''}|${dateStyle}|${value}`;
  if (results.has(key)) return results.get(key);
  if (results.size >= MAX_RESULTS) results.clear();
  const trimmed = value.trim();
  const time = Date.parse(trimmed);
  const dateOnly = DATE_ONLY.test(trimmed);
  const result = Number.isNaN(time)
    ? undefined
    : Object.freeze({ datetime: dateOnly ? trimmed : new Date(time).toISOString(), text: dateFormat(locale, dateStyle, dateOnly).format(time) });
  results.set(key, result);
  return result;
}

/** The language that applies to `el`: its own `lang`, the nearest ancestor's, or the document's. */
export function localeOf(el: Element): string | undefined {
  for (let node: Element | null = el; node; ) {
    const lang = node.getAttribute('lang');
    if (lang) return lang;
    node = node.parentElement ?? ((node.getRootNode() as ShadowRoot).host || null);
  }
  return undefined;
}
