import type { Article, ArticleAudio, ArticleAuthor } from '../article.js';
import { absLinkUrl, absUrl, arr, escapeHtml, excerptOf, fallbackTitle, firstImage, isObject, posInt, str, textOf, textToHtml, toIsoDate } from './util.js';

/** A JSON Feed (https://jsonfeed.org/version/1.1 or 1). */
export const isJsonFeed = (data: unknown): data is Record<string, unknown> =>
  isObject(data) && typeof data.version === 'string' && data.version.startsWith('https://jsonfeed.org/version/');

function authorOf(value: unknown, base: string): ArticleAuthor | undefined {
  const people = arr(value as unknown[]).filter(isObject);
  const named = people.filter((p) => textOf(p.name));
  if (!named.length) return undefined;
  const first = named[0];
  return {
    name: named.map((p) => textOf(p.name)!).join(', '),
    url: named.length === 1 ? absLinkUrl(first.url, base) : undefined,
    avatar: named.length === 1 ? absUrl(first.avatar, base) : undefined,
  };
}

function audioOf(item: Record<string, unknown>, base: string, title: string): ArticleAudio | undefined {
  for (const a of arr(item.attachments as unknown[]).filter(isObject)) {
    const type = str(a.mime_type);
    const src = absUrl(a.url, base);
    if (src && type?.startsWith('audio/')) {
      return { src, type, duration: posInt(a.duration_in_seconds), title: textOf(a.title) ?? (title || undefined) };
    }
  }
  return undefined;
}

/**
 * JSON Feed 1.1 (and 1.0) items → articles: `content_html` (else `content_text` as paragraphs) as
 * body, `summary` (else the content) as excerpt, `url` (else `external_url`), `image` (else
 * `banner_image`, else the body's first `<img>`), `authors` (1.1) or `author` (1.0) of the
 * item or the feed, `tags` as categories, the first audio attachment, `language`.
 */
export function parseJsonFeed(feed: Record<string, unknown>, feedUrl: string): Article[] {
  const feedAuthor = authorOf(feed.authors ?? feed.author, feedUrl);
  const items = arr(feed.items as unknown[]).filter(isObject);
  return items
    .map((item): Article => {
      const html = str(item.content_html);
      const text = str(item.content_text);
      const body = html?.trim() ? html : text?.trim() ? textToHtml(text) : undefined;
      const excerpt = excerptOf(item.summary) ?? excerptOf(html) ?? (text ? excerptOf(escapeHtml(text)) : undefined);
      const title = textOf(item.title) ?? fallbackTitle(excerpt);
      const imageSrc = absUrl(item.image, feedUrl) ?? absUrl(item.banner_image, feedUrl);
      const tags = arr(item.tags as unknown[])
        .map((t) => textOf(t))
        .filter((t): t is string => !!t);
      return {
        id: str(item.id),
        url: absUrl(item.url, feedUrl) ?? absUrl(item.external_url, feedUrl),
        title,
        excerpt,
        bodyHtml: body,
        baseUrl: feedUrl,
        image: imageSrc ? { src: imageSrc, alt: '' } : firstImage(html, feedUrl),
        categories: tags.length ? [...new Set(tags)].map((name) => ({ name })) : undefined,
        published: toIsoDate(item.date_published),
        modified: toIsoDate(item.date_modified),
        author: authorOf(item.authors ?? item.author, feedUrl) ?? feedAuthor,
        audio: audioOf(item, feedUrl, title),
        language: str(item.language) ?? str(feed.language),
      };
    })
    .filter((a) => a.title || a.url);
}
