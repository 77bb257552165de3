/**
 * `Intl` formatters shared by every element: costly to build (a list of 1000 cards would build
 * 1000), so each is built once per `name` and locale. A locale tag that is not one (from a `lang`
 * attribute) falls back to the browser's locale.
 * @internal
 */
const formatters = new Map<string, unknown>();

export function intlFormatter<T>(name: string, locale: string | undefined, make: (locale: string | undefined) => T): T {
  const key = `${name}|${locale ?? ''}`;
  let format = formatters.get(key) as T | undefined;
  if (!format) {
    try {
      format = make(locale || undefined);
    } catch {
      format = make(undefined);
    }
    formatters.set(key, format);
  }
  return format;
}
