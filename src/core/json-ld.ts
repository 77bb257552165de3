import type { Article, ArticleCategory, BreadcrumbItem } from './article.js';
import { parseInertFragment } from './trusted-types.js';
import { safeUrl } from './url.js';

/** The most specific category: one that is no other category's parent (WordPress lists them by id). */
export function primaryCategory(article: Pick<Article, 'categories'>): ArticleCategory | undefined {
  const cats = article.categories ?? [];
  return cats.find((c) => !cats.some((o) => o.parent === c.name)) ?? cats[0];
}

/**
 * The breadcrumb trail of an article, starting at `home`: `article.breadcrumb` when the data
 * gives one, otherwise the most specific category and its parents (`Home › News › Politics`), looked up
 * by name among the article's categories. Cycles and repeats are cut.
 */
export function breadcrumbTrail(article: Pick<Article, 'breadcrumb' | 'categories'>, home?: BreadcrumbItem): BreadcrumbItem[] {
  let items: BreadcrumbItem[] = [];
  if (article.breadcrumb?.length) {
    items = article.breadcrumb.filter((b) => b?.name);
  } else if (article.categories?.length) {
    const cats = article.categories;
    const seen = new Set<string>();
    for (let c: ArticleCategory | undefined = primaryCategory(article); c && !seen.has(c.name); ) {
      seen.add(c.name);
      items.unshift({ name: c.name, url: c.url });
      const parent: string | undefined = c.parent;
      c = parent ? (cats.find((p) => p.name === parent) ?? { name: parent }) : undefined;
    }
  }
  if (!home) return items;
  const first = items[0];
  const isHome = first && (first.name === home.name || (!!first.url && safeUrl(first.url) === safeUrl(home.url)));
  return isHome ? items : [home, ...items];
}

const absolute = (url: string | undefined) => safeUrl(url);
const compact = <T extends Record<string, unknown>>(o: T): T =>
  Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined && v !== '' && !(Array.isArray(v) && !v.length))) as T;

/** schema.org `NewsArticle` for `article` (URLs absolute, empty fields left out). */
export function newsArticleLd(article: Article, pageUrl?: string): Record<string, unknown> {
  const url = absolute(article.url) ?? absolute(pageUrl);
  const image = absolute(article.image?.src);
  const author = article.author?.name
    ? compact({ '@type': 'Person', name: article.author.name, url: absolute(article.author.url) })
    : undefined;
  return compact({
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: article.title,
    description: article.excerpt,
    url,
    mainEntityOfPage: url ? { '@type': 'WebPage', '@id': url } : undefined,
    image: image ? [image] : undefined,
    datePublished: article.published,
    dateModified: article.modified,
    author: author ? [author] : undefined,
    articleSection: primaryCategory(article)?.name,
    inLanguage: article.language,
  });
}

/** schema.org `BreadcrumbList` for a trail; `undefined` for an empty one. */
export function breadcrumbLd(items: BreadcrumbItem[]): Record<string, unknown> | undefined {
  if (!items.length) return undefined;
  return {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: items.map((b, i) => compact({ '@type': 'ListItem', position: i + 1, name: b.name, item: absolute(b.url) })),
  };
}

/** JSON for a `<script type="application/ld+json">`: `<` escaped so no `</script>` can end it early. */
export const jsonLdText = (data: unknown): string => JSON.stringify(data).replace(/</g, '\\u003c');

/**
 * Keeps one `<script type="application/ld+json" data-nr-jsonld="key">` child of `host` per entry
 * (light DOM, where search engines read it), removing those whose data is `undefined`.
 *
 * The element comes from the HTML parser (an inert template, through our Trusted Types policy)
 * rather than `document.createElement` plus text: parser-made scripts are marked "already
 * started", so inserting them never runs the script-preparation steps, where Chromium checks the
 * text against Trusted Types and reports a violation even for a JSON block. `<` is escaped in
 * the JSON, so the text cannot end the script element.
 */
export function writeJsonLd(host: Element, entries: Record<string, unknown>): void {
  for (const [key, data] of Object.entries(entries)) {
    const old = [...host.children].find((c) => c.localName === 'script' && c.getAttribute('data-nr-jsonld') === key);
    if (data === undefined) {
      old?.remove();
      continue;
    }
    const text = jsonLdText(data);
    if (old?.textContent === text) continue;
    const script = document.importNode(parseInertFragment(`<script type="application/ld+json" data-nr-jsonld="${key}">${text}</script>`).firstChild!, true);
    if (old) old.replaceWith(script);
    else host.append(script);
  }
}
