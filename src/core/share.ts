import { safeUrl } from './url.js';

/** A plain share link (works without JavaScript APIs). */
export interface ShareLink {
  id: 'x' | 'facebook' | 'whatsapp' | 'email';
  href: string;
}

/**
 * Share links for `url` with `title`, built with `URLSearchParams` so nothing in the title can
 * break out of its parameter. Returns an empty list when `url` is not http(s).
 */
export function shareLinks(url: string | undefined, title: string): ShareLink[] {
  const href = safeUrl(url);
  if (!href) return [];
  const q = (params: Record<string, string>) => new URLSearchParams(params).toString();
  return [
    { id: 'x', href: `https://x.com/intent/post?${q({ url: href, text: title })}` },
    { id: 'facebook', href: `https://www.facebook.com/sharer/sharer.php?${q({ u: href })}` },
    { id: 'whatsapp', href: `https://wa.me/?${q({ text: title ? `${title} ${href}` : href })}` },
    // mailto wants %20 for spaces (RFC 6068); URLSearchParams writes "+".
    { id: 'email', href: `mailto:?${q({ subject: title, body: href }).replace(/\+/g, '%20')}` },
  ];
}

/** True where the Web Share API exists (most phones; some desktops). */
export const canWebShare = (): boolean => typeof navigator !== 'undefined' && typeof navigator.share === 'function';

/** Writes `text` to the clipboard; resolves `false` when the browser refuses. */
export async function copyToClipboard(text: string): Promise<boolean> {
  try {
    if (!navigator.clipboard?.writeText) return false;
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

/**
 * Opens the system share sheet. Resolves `true` when shared, `false` when the visitor cancelled
 * or the browser refused.
 */
export async function webShare(data: ShareData): Promise<boolean> {
  try {
    await navigator.share(data);
    return true;
  } catch {
    return false;
  }
}
