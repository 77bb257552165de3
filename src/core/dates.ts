const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

const formats = new Map<string, Intl.DateTimeFormat>();

/** Formatters are costly to build (a list of 1000 cards would build 1000), so they are cached. */
function dateFormat(locale: string | undefined, options: Intl.DateTimeFormatOptions, utc: boolean): Intl.DateTimeFormat {
  const key = `${locale ?? ''}|${utc}|${JSON.stringify(options)}`;
  let format = formats.get(key);
  if (!format) {
    const opts = utc ? { ...options, timeZone: 'UTC' } : options;
    try {
      format = new Intl.DateTimeFormat(locale || undefined, opts);
    } catch {
      // An invalid locale tag from an attribute falls back to the browser's locale.
      format = new Intl.DateTimeFormat(undefined, opts);
    }
    formats.set(key, format);
  }
  return format;
}

export interface FormattedDate {
  /** Machine-readable value for `<time datetime>`. */
  datetime: string;
  /** Human text in the requested locale. */
  text: string;
}

/**
 * Formats an ISO 8601 date for people, in `locale`, or returns `undefined` for a value that is
 * not a date (missing fields must leave no empty `<time>` behind). A date without a time is
 * formatted in UTC so that it never shifts to the day before in western time zones.
 */
export function formatDate(
  value: string | undefined,
  locale: string | undefined,
  options: Intl.DateTimeFormatOptions = { dateStyle: 'medium' },
): FormattedDate | undefined {
  if (!value) return undefined;
  const trimmed = value.trim();
  const time = Date.parse(trimmed);
  if (Number.isNaN(time)) return undefined;
  const dateOnly = DATE_ONLY.test(trimmed);
  const text = dateFormat(locale, options, dateOnly).format(time);
  return { datetime: dateOnly ? trimmed : new Date(time).toISOString(), text };
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
