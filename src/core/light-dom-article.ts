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
  if (!host.firstElementChild) return data; // everything below is read from elements
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

/**
 * The attributes `readArticleFromLightDom` reads or selects by (and the `type` of inline JSON
 * data), for a `MutationObserver`'s `attributeFilter`: other attribute changes, such as the
 * element's own reflected state, cannot change what it reads.
 */
export const LIGHT_DOM_ARTICLE_ATTRIBUTES = ['href', 'src', 'alt', 'width', 'height', 'datetime', 'rel', 'data-category', 'data-author', 'type'];

/** What `readArticlePageFromLightDom` found: the article's data and the nodes that make its body. */
export interface LightArticlePage {
  data: Partial<Article>;
  /** Children that form the body (paragraphs, headings, lists, …), in order. */
  body: Element[];
}

const OWNED = '[data-nr-body], [data-nr-jsonld], script, template, style, [slot]:not([slot="body"])';
const AUTHOR = '[rel~="author"], [data-author]';
const CATEGORY = '[rel~="tag"], [rel~="category"], [data-category]';
const META = `time, ${AUTHOR}, ${CATEGORY}`;
const MODIFIED = 'time[itemprop="dateModified"], time.updated, time[data-modified]';

/**
 * Reads a whole article from the markup a page puts inside `<article-view>` before the script
 * loads, e.g. `<h1>Title</h1><p>By <a rel="author" href>Name</a>, <time datetime></time></p>
 * <figure><img><figcaption></figcaption></figure><p>Body…</p>`. Until the first body element,
 * the first `h1` is the title, a `nav`'s links the breadcrumb, the first `img`/`figure` the
 * featured image (with its caption), `time` the dates (`itemprop="dateModified"`, `.updated` or
 * `data-modified` marks the update), `[rel~=author]` the byline (an `img` inside it the avatar)
 * and `[rel~=tag]` the category, also inside a `header` or a short byline paragraph. Every other
 * child is body (a `slot="body"` wrapper too). Only direct children count; our own
 * `[data-nr-*]` nodes and other `[slot]` children are skipped.
 */
export function readArticlePageFromLightDom(host: Element): LightArticlePage {
  const data: Partial<Article> = {};
  const body: Element[] = [];
  const meta = (scope: Element) => {
    const times = [...(scope.matches('time') ? [scope] : scope.querySelectorAll('time'))];
    for (const t of times) {
      const value = t.getAttribute('datetime') || text(t);
      if (!value) continue;
      if (t.matches(MODIFIED)) data.modified ??= value;
      else data.published ??= value;
    }
    const author = scope.matches(AUTHOR) ? scope : scope.querySelector(AUTHOR);
    const name = author?.getAttribute('data-author') || text(author);
    if (author && name && !data.author) {
      const avatar = author.querySelector('img[src]')?.getAttribute('src') ?? undefined;
      data.author = { name, url: author.getAttribute('href') ?? undefined, avatar };
    }
    const category = scope.matches(CATEGORY) ? scope : scope.querySelector(CATEGORY);
    const categoryName = category?.getAttribute('data-category') || text(category);
    if (category && categoryName && !data.categories) data.categories = [{ name: categoryName, url: category.getAttribute('href') ?? undefined }];
  };
  const title = (h: Element) => {
    data.title ??= text(h);
    const href = h.querySelector('a[href]')?.getAttribute('href');
    if (href) data.url ??= href;
  };
  for (const el of host.children) {
    if (el.matches(OWNED)) continue;
    const tag = el.localName;
    if (!body.length) {
      if (tag === 'h1' && !data.title) {
        title(el);
        continue;
      }
      if (tag === 'header') {
        const h = el.querySelector('h1, h2');
        if (h) title(h);
        meta(el);
        continue;
      }
      if (tag === 'nav') {
        data.breadcrumb = [...el.querySelectorAll('a[href]')].map((a) => ({ name: text(a) ?? '', url: a.getAttribute('href')! }));
        continue;
      }
      const img = tag === 'img' ? el : tag === 'figure' ? el.querySelector('img[src]') : null;
      if (img && !data.image) {
        data.image = {
          src: img.getAttribute('src') ?? '',
          alt: img.getAttribute('alt') ?? '',
          width: num(img.getAttribute('width')),
          height: num(img.getAttribute('height')),
          srcset: img.getAttribute('srcset') ?? undefined,
          caption: text(el.querySelector('figcaption')),
        };
        continue;
      }
      // A short line with a date, author or category is the byline; a long paragraph is body.
      if (el.matches(META) || (el.querySelector(META) && (text(el)?.length ?? 0) < 160)) {
        meta(el);
        continue;
      }
    }
    body.push(el);
  }
  const first = body.find((el) => el.localName === 'p');
  if (text(first)) data.excerpt = text(first);
  return { data, body };
}

/**
 * Calls `onChange` when the markup inside `host` changes, ignoring changes inside (or of) the
 * element's own light-DOM nodes matching `own` (so writing them never loops back).
 */
export function observeLightDom(host: Element, onChange: () => void, own: string): MutationObserver {
  const isOwn = (n: Node) => !!(n instanceof Element ? n : n.parentElement)?.closest(own);
  const observer = new MutationObserver((records) => {
    if (records.every((r) => isOwn(r.target) || (r.target === host && [...r.addedNodes, ...r.removedNodes].every(isOwn)))) return;
    onChange();
  });
  observer.observe(host, { childList: true, subtree: true, characterData: true, attributes: true, attributeFilter: ['href', 'src', 'srcset', 'datetime', 'alt'] });
  return observer;
}
