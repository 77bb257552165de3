const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

export interface FormattedDate {
  /** Machine-readable value for `<time datetime>`. */
  readonly datetime: string;
  /** Human text in the requested locale. */
  readonly text: string;
}

/** How long a date is written: `medium` is "Mar 14, 2026", `long` "March 14, 2026" (in English). */
export type DateStyle = NonNullable<Intl.DateTimeFormatOptions['dateStyle']>;

interface DateFormat {
  locale: string | undefined;
  dateStyle: DateStyle;
  local?: Intl.DateTimeFormat;
  utc?: Intl.DateTimeFormat;
  /** Results by input: a page of teasers shows the same few days over and over. */
  results: Map<string, FormattedDate | undefined>;
}

/** Most results a format keeps before it starts over: bounds memory on a page that keeps loading. */
const MAX_RESULTS = 2000;

const formats = new Map<string, DateFormat>();

function newFormat(locale: string | undefined, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  try {
    return new Intl.DateTimeFormat(locale || undefined, options);
  } catch {
    // An invalid locale tag from an attribute falls back to the browser's locale.
    return new Intl.DateTimeFormat(undefined, options);
  }
}

/** Formatters are costly to build and key strings to hash (a list of 1000 cards would build 1000), so they are cached by locale and style. */
function dateFormat(locale: string | undefined, dateStyle: DateStyle): DateFormat {
  const key = `${locale ?? ''}|${dateStyle}`;
  let format = formats.get(key);
  if (!format) {
    format = { locale, dateStyle, results: new Map() };
    formats.set(key, format);
  }
  return format;
}

function parseAndFormat(value: string, format: DateFormat): FormattedDate | undefined {
  const trimmed = value.trim();
  const time = Date.parse(trimmed);
  if (Number.isNaN(time)) return undefined;
  const dateOnly = DATE_ONLY.test(trimmed);
  const { locale, dateStyle } = format;
  const formatter = dateOnly
    ? (format.utc ??= newFormat(locale, { dateStyle, timeZone: 'UTC' }))
    : (format.local ??= newFormat(locale, { dateStyle }));
  const text = formatter.format(time);
  return Object.freeze({ datetime: dateOnly ? trimmed : new Date(time).toISOString(), text });
}

/**
 * Formats an ISO 8601 date for people, in `locale`, or returns `undefined` for a value that is
 * not a date (missing fields must leave no empty `<time>` behind). A date without a time is
 * formatted in UTC so that it never shifts to the day before in western time zones.
 */
export function formatDate(value: string | undefined, locale: string | undefined, dateStyle: DateStyle = 'medium'): FormattedDate | undefined {
  if (!value) return undefined;
  const format = dateFormat(locale, dateStyle);
  if (format.results.has(value)) return format.results.get(value);
  if (format.results.size >= MAX_RESULTS) format.results.clear();
  const result = parseAndFormat(value, format);
  format.results.set(value, result);
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
