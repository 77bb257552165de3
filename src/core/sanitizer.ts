import type { SanitizeOptions } from './sanitize.js';

type SanitizeModule = typeof import('./sanitize.js');
let loading: Promise<SanitizeModule> | undefined;

/**
 * DOMPurify and our allowlist (about 14 KB gzip) are needed only where CMS HTML is rendered
 * (article bodies, html widgets), so they are a lazy chunk beside the bundle: a radio page with a
 * player and a playlist never downloads them.
 */
export const loadSanitizer = (): Promise<SanitizeModule> => (loading ??= import('./sanitize.js'));

/**
 * Replaces `target`'s children with the sanitized `html` once the sanitizer has loaded. A later
 * call for the same target wins over an earlier one that is still waiting.
 */
export async function renderSanitized(target: Element, html: string, options?: SanitizeOptions): Promise<void> {
  const token = {};
  pending.set(target, token);
  const { sanitizeHtml } = await loadSanitizer();
  if (pending.get(target) !== token) return;
  pending.delete(target);
  target.replaceChildren(sanitizeHtml(html, options));
}

const pending = new WeakMap<Element, object>();
