import type { Article } from './article.js';

const text = (el: Element | null | undefined) => el?.textContent?.replace(/\s+/g, ' ').trim() || undefined;
const num = (value: string | null) => {
  const n = Number(value);
  return value && Number.isFinite(n) && n > 0 ? n : undefined;
};

/**
 * Reads an article from plain markup placed inside an element before the script loads, e.g.
 * `<a href="/post">Title</a><img src alt><time datetime></time><p>Excerpt</p>`. The markup is
 * what visitors (and crawlers) see without JavaScript; afterwards it is the element's data.
 * Recognised: the first heading link or link (title + url), `img`, `time[datetime]`, the first
 * `p` (excerpt), `[rel~=tag]`/`[rel~=category]`/`[data-category]` (category) and
 * `[rel~=author]`/`[data-author]` (author). Everything is read as text.
 */
export function readArticleFromLightDom(host: Element): Partial<Article> {
  const data: Partial<Article> = {};
  const category = host.querySelector('[rel~="tag"], [rel~="category"], [data-category]');
  const author = host.querySelector('[rel~="author"], [data-author]');
  const isMeta = (el: Element) => el === category || el === author || !!category?.contains(el) || !!author?.contains(el);

  const titleLink =
    host.querySelector('h1 a[href], h2 a[href], h3 a[href], h4 a[href], h5 a[href], h6 a[href]') ??
    [...host.querySelectorAll('a[href]')].find((a) => !isMeta(a));
  const heading = host.querySelector('h1, h2, h3, h4, h5, h6');
  const title = text(titleLink) ?? text(heading);
  if (title) data.title = title;
  const href = titleLink?.getAttribute('href');
  if (href) data.url = href;

  const img = host.querySelector('img[src]');
  if (img) {
    data.image = {
      src: img.getAttribute('src')!,
      alt: img.getAttribute('alt') ?? '',
      width: num(img.getAttribute('width')),
      height: num(img.getAttribute('height')),
    };
  }

  const time = host.querySelector('time');
  const datetime = time?.getAttribute('datetime') || text(time);
  if (datetime) data.published = datetime;

  const excerpt = [...host.querySelectorAll('p')].find((p) => !isMeta(p) && !p.contains(titleLink ?? null));
  if (text(excerpt)) data.excerpt = text(excerpt);

  const categoryName = category?.getAttribute('data-category') || text(category);
  if (categoryName) {
    const url = category?.getAttribute('href') ?? undefined;
    data.categories = [{ name: categoryName, url }];
  }
  const authorName = author?.getAttribute('data-author') || text(author);
  if (authorName) data.author = { name: authorName, url: author?.getAttribute('href') ?? undefined };
  return data;
}
