import { safeUrl } from './url.js';

/** Splits a `srcset` the way browsers do (URLs may contain commas; a trailing comma ends one). */
function srcsetCandidates(value: string): [url: string, descriptor: string][] {
  const out: [string, string][] = [];
  let i = 0;
  while (i < value.length) {
    while (i < value.length && /[\s,]/.test(value[i])) i++;
    let url = '';
    while (i < value.length && !/\s/.test(value[i])) url += value[i++];
    if (!url) break;
    let descriptor = '';
    if (url.endsWith(',')) url = url.replace(/,+$/, '');
    else {
      while (i < value.length && value[i] !== ',') descriptor += value[i++];
      i++;
    }
    out.push([url, descriptor.trim()]);
  }
  return out;
}

/** Re-writes a `srcset`, keeping only http(s) candidates (resolved against `baseUrl`) with a valid descriptor. */
export function cleanSrcset(value: string, baseUrl?: string): string | undefined {
  const out: string[] = [];
  for (const [raw, descriptor] of srcsetCandidates(value)) {
    const url = safeUrl(raw, baseUrl || undefined);
    if (url && !/[\s,]/.test(url) && /^(?:\d+w|\d+(?:\.\d+)?x)?$/.test(descriptor)) out.push(descriptor ? `${url} ${descriptor}` : url);
  }
  return out.length ? out.join(', ') : undefined;
}
