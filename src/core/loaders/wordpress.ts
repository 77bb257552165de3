import type { Article, ArticleAudio, ArticleAuthor, ArticleCategory, ArticleImage, BreadcrumbItem } from '../article.js';
import { LoadError } from './errors.js';
import { parseJsonLd } from './json-ld.js';
import { absLinkUrl, absUrl, arr, excerptOf, isObject, posInt, srcsetOf, str, textOf, toIsoDate } from './util.js';

type Obj = Record<string, unknown>;

const rendered = (v: unknown) => (isObject(v) ? str(v.rendered) : str(v));
/** Embedded relations arrive as arrays; a failed embed as `{ code, message, data: { status } }`. */
const embedded = (post: Obj, rel: string): Obj[] =>
  arr((isObject(post._embedded) ? post._embedded[rel] : undefined) as unknown[]).filter((v): v is Obj => isObject(v) && !('code' in v && 'message' in v));

const isPost = (v: unknown): v is Obj =>
  isObject(v) && (isObject(v.title) || isObject(v.content) || isObject(v.guid)) && ('id' in v || 'link' in v);

/** WordPress REST posts: one post object or an array of them (`/wp-json/wp/v2/posts`). */
export const isWordPress = (data: unknown): boolean => (Array.isArray(data) ? data.length > 0 && isPost(data[0]) : isPost(data));

/** A REST error body (`{ code: "rest_post_invalid_id", message, data: { status: 404 } }`) as a LoadError. */
export function wordPressError(data: unknown, url: string): LoadError | undefined {
  if (!isObject(data) || typeof data.code !== 'string' || typeof data.message !== 'string') return undefined;
  const status = isObject(data.data) ? posInt(data.data.status) : undefined;
  return status && status >= 400 ? new LoadError('http', url, { status }) : new LoadError('empty', url);
}

function imageOf(post: Obj, base: string): ArticleImage | undefined {
  const media = embedded(post, 'wp:featuredmedia').find((m) => m.media_type === 'image' || str(m.mime_type)?.startsWith('image/'));
  if (media) {
    const details = isObject(media.media_details) ? media.media_details : {};
    const sizes = (isObject(details.sizes) ? Object.values(details.sizes) : []).filter(isObject);
    const full = { url: absUrl(media.source_url, base), width: posInt(details.width), height: posInt(details.height) };
    const candidates = [full, ...sizes.map((s) => ({ url: absUrl(s.source_url, base), width: posInt(s.width), height: posInt(s.height) }))];
    const large = isObject(details.sizes) && isObject(details.sizes.large) ? details.sizes.large : undefined;
    const main = (large && candidates.find((c) => c.url === absUrl(large.source_url, base))) || (full.url ? full : candidates.find((c) => c.url));
    if (main?.url) {
      return {
        src: main.url,
        alt: textOf(media.alt_text) ?? '',
        width: main.width,
        height: main.height,
        // Hard crops (150×150 thumbnails) have another shape: they do not belong in srcset.
        srcset: srcsetOf(candidates.filter((c) => !main.height || !c.height || Math.abs(c.width! / c.height - main.width! / main.height) < 0.02 * (main.width! / main.height))),
        caption: textOf(rendered(media.caption)),
      };
    }
  }
  // Without _embed: Jetpack's field, then Yoast's Open Graph image.
  const jetpack = absUrl(post.jetpack_featured_media_url, base);
  if (jetpack) return { src: jetpack, alt: '' };
  const og = isObject(post.yoast_head_json) ? arr(post.yoast_head_json.og_image as unknown[]).find(isObject) : undefined;
  const ogSrc = og && absUrl(og.url, base);
  return ogSrc ? { src: ogSrc, alt: '', width: posInt(og!.width), height: posInt(og!.height) } : undefined;
}

function authorOf(post: Obj, base: string): ArticleAuthor | undefined {
  const a = embedded(post, 'author')[0];
  if (a && textOf(a.name)) {
    const avatars = isObject(a.avatar_urls) ? Object.entries(a.avatar_urls).sort((x, y) => Number(y[0]) - Number(x[0])) : [];
    return { name: textOf(a.name)!, url: absLinkUrl(a.link, base) ?? absLinkUrl(a.url, base), avatar: absUrl(avatars[0]?.[1], base) };
  }
  const yoast = isObject(post.yoast_head_json) ? textOf(post.yoast_head_json.author) : undefined;
  return yoast ? { name: yoast } : undefined;
}

/** WordPress has no featured audio: read an audio featured media, or a podcast plugin's `meta`. */
function audioOf(post: Obj, base: string, title: string): ArticleAudio | undefined {
  const media = embedded(post, 'wp:featuredmedia').find((m) => str(m.mime_type)?.startsWith('audio/'));
  if (media) {
    const src = absUrl(media.source_url, base);
    const details = isObject(media.media_details) ? media.media_details : {};
    if (src) return { src, type: str(media.mime_type), duration: posInt(details.length), title: textOf(rendered(media.title)) ?? (title || undefined) };
  }
  const meta = isObject(post.meta) ? post.meta : {};
  // Seriously Simple Podcasting: audio_file; core's enclosure meta: "url\nlength\ntype".
  const [url, , type] = (str(meta.audio_file) ?? str(arr(meta.enclosure as unknown[])[0]) ?? '').split(/\r?\n/);
  const src = absUrl(url?.trim(), base);
  return src ? { src, type: type?.trim() || undefined, title: title || undefined } : undefined;
}

function termsOf(post: Obj): Obj[] {
  const groups = arr((isObject(post._embedded) ? post._embedded['wp:term'] : undefined) as unknown[]);
  return groups.flatMap((g) => arr(g as unknown[])).filter((t): t is Obj => isObject(t) && !('code' in t));
}

/** Parent of a term: by `parent` id (view context) or by the path of its archive link (`/category/news/politics/`). */
function parentOf(term: Obj, terms: Obj[]): Obj | undefined {
  if (typeof term.parent === 'number' && term.parent > 0) return terms.find((t) => t.id === term.parent);
  const slug = str(term.slug);
  const path = str(term.link)?.replace(/^[a-z]+:\/\/[^/]+/i, '').split('/').filter(Boolean) ?? [];
  const i = slug ? path.lastIndexOf(encodeURIComponent(slug)) : -1;
  const parentSlug = i > 0 ? decodeURIComponent(path[i - 1]) : undefined;
  return parentSlug ? terms.find((t) => t.slug === parentSlug && t.taxonomy === term.taxonomy && t !== term) : undefined;
}

function categoriesOf(post: Obj, base: string): { categories?: ArticleCategory[]; breadcrumb?: BreadcrumbItem[] } {
  const terms = termsOf(post).filter((t) => t.taxonomy === 'category' && textOf(t.name));
  if (!terms.length) return {};
  const categories = terms.map((t) => ({ name: textOf(t.name)!, url: absUrl(t.link, base), parent: textOf(parentOf(t, terms)?.name) }));
  // The breadcrumb follows the deepest category (one that is no other's parent).
  const leaf = terms.find((t) => !terms.some((o) => parentOf(o, terms) === t)) ?? terms[0];
  const trail: BreadcrumbItem[] = [];
  for (let t: Obj | undefined = leaf; t && trail.length < 10; t = parentOf(t, terms)) trail.unshift({ name: textOf(t.name)!, url: absUrl(t.link, base) });
  return { categories, breadcrumb: trail };
}

function parsePost(post: Obj, base: string): Article {
  const url = absUrl(post.link, base);
  const title = textOf(rendered(post.title)) ?? '';
  const content = isObject(post.content) ? post.content : {};
  const isProtected = content.protected === true;
  const body = rendered(post.content);
  const { categories, breadcrumb } = categoriesOf(post, base);
  const schema = isObject(post.yoast_head_json) ? post.yoast_head_json.schema : undefined;
  return {
    id: str(post.id),
    url,
    title,
    excerpt: excerptOf(rendered(post.excerpt)),
    bodyHtml: !isProtected && body?.trim() ? body : undefined,
    baseUrl: url ?? base,
    image: imageOf(post, base),
    categories,
    breadcrumb: breadcrumb ?? (schema ? parseJsonLd(schema, base)[0]?.breadcrumb : undefined),
    published: toIsoDate(post.date_gmt, true) ?? toIsoDate(post.date),
    modified: toIsoDate(post.modified_gmt, true) ?? toIsoDate(post.modified),
    author: authorOf(post, base),
    audio: audioOf(post, base, title),
    language: str(post.lang) ?? (isObject(post.yoast_head_json) ? str(post.yoast_head_json.og_locale)?.replace('_', '-') : undefined),
    protected: isProtected || undefined,
  };
}

/**
 * WordPress REST posts → articles (a list or a single post). `title`/`excerpt.rendered` are HTML
 * with texturized entities: they become plain text. With `_embed`: the featured image (largest
 * "large" size as `src`, every size in `srcset`, `alt_text`, caption), the author (archive
 * link, largest avatar), `wp:term` categories with their parents (by id, or by the hierarchy in
 * the archive link) and the breadcrumb; an audio featured media or podcast meta as audio.
 * Without `_embed`: Jetpack's `jetpack_featured_media_url` and Yoast's `yoast_head_json`
 * (image, author, breadcrumb) when present. Embed errors are skipped. Password-protected posts
 * have no body and `protected: true`. `date_gmt` (no zone) is read as UTC.
 */
export function parseWordPress(data: unknown, baseUrl: string): Article[] {
  return arr(data as unknown[])
    .filter(isPost)
    .map((p) => parsePost(p, baseUrl))
    .filter((a) => a.title || a.url);
}
