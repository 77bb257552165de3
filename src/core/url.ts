const DEFAULT_SCHEMES = ['http:', 'https:'] as const;

/**
 * Returns `url` resolved against `base` when it is http(s) (or one of `schemes`), otherwise
 * `undefined`. Lit does not sanitize attribute bindings, so every URL that comes from data goes
 * through here before it is bound to `href` or `src`. Parsing with `URL` (the browser's own
 * parser) means tricks like `java\tscript:` or leading control characters are seen the way the
 * browser would see them.
 */
export function safeUrl(
  url: unknown,
  base: string = globalThis.document?.baseURI ?? 'http://localhost/',
  schemes: readonly string[] = DEFAULT_SCHEMES,
): string | undefined {
  if (typeof url !== 'string') return undefined;
  const trimmed = url.trim();
  if (!trimmed) return undefined;
  try {
    const parsed = new URL(trimmed, base);
    return schemes.includes(parsed.protocol) ? parsed.href : undefined;
  } catch {
    return undefined;
  }
}

/** `safeUrl` that also lets `mailto:` links through (bylines, share links). */
export const safeLinkUrl = (url: unknown, base?: string) =>
  safeUrl(url, base, ['http:', 'https:', 'mailto:']);
