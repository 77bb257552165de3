import type { Article, ArticleAuthor, ArticleImage, BreadcrumbItem } from '../article.js';
import { absLinkUrl, absUrl, arr, excerptOf, isObject, posInt, str, textOf, textToHtml, toIsoDate } from './util.js';

type Node = Record<string, unknown>;

const typesOf = (n: Node) => arr(n['@type'] as unknown[]).map((t) => String(t).replace(/^(?:https?:\/\/schema\.org\/|schema:)/, ''));
const isArticle = (n: Node) => typesOf(n).some((t) => /(?:Article|BlogPosting)$/.test(t));

/** Looks like schema.org JSON-LD (an object or array with `@context`, `@graph` or `@type`). */
export function isJsonLd(data: unknown): boolean {
  const first = Array.isArray(data) ? data[0] : data;
  return isObject(first) && ('@context' in first || '@graph' in first || '@type' in first);
}

/** Every node object in the document (top level, `@graph`, arrays), for `@id` lookups. */
function collect(data: unknown, out: Node[] = [], depth = 0): Node[] {
  if (depth > 8) return out;
  for (const v of arr(data as unknown[])) {
    if (!isObject(v)) continue;
    out.push(v);
    if (v['@graph']) collect(v['@graph'], out, depth + 1);
    if (typesOf(v).includes('ItemList')) {
      for (const li of arr(v.itemListElement as unknown[]).filter(isObject)) collect(isObject(li.item) ? li.item : li, out, depth + 1);
    }
  }
  return out;
}

function deref(v: unknown, ids: Map<string, Node>): unknown {
  if (isObject(v) && typeof v['@id'] === 'string' && Object.keys(v).length === 1) return ids.get(v['@id']) ?? v;
  return v;
}

/** A number from `600`, `"600"`, `"600 px"` or a `QuantitativeValue`. */
const dimension = (v: unknown) => posInt(isObject(v) ? v.value : typeof v === 'string' ? v.replace(/\s*px$/i, '') : v);

function imageOf(value: unknown, ids: Map<string, Node>, base: string): ArticleImage | undefined {
  for (const raw of arr(value as unknown[])) {
    const v = deref(raw, ids);
    const src = typeof v === 'string' ? absUrl(v, base) : isObject(v) ? (absUrl(v.url, base) ?? absUrl(v.contentUrl, base)) : undefined;
    if (!src) continue;
    const o = isObject(v) ? v : {};
    return { src, alt: textOf(o.description) ?? '', width: dimension(o.width), height: dimension(o.height), caption: textOf(o.caption) };
  }
  return undefined;
}

function authorOf(value: unknown, ids: Map<string, Node>, base: string): ArticleAuthor | undefined {
  const people = arr(value as unknown[])
    .map((v) => deref(v, ids))
    .map((v) => (typeof v === 'string' ? { name: v } : v))
    .filter((v): v is Node => isObject(v) && !!textOf(v.name));
  if (!people.length) return undefined;
  const one = people.length === 1 ? people[0] : undefined;
  const avatar = one && imageOf(one.image, ids, base);
  return {
    name: people.map((p) => textOf(p.name)!).join(', '),
    url: one ? absLinkUrl(one.url, base) : undefined,
    avatar: avatar?.src,
  };
}

function breadcrumbOf(list: Node | undefined, ids: Map<string, Node>, base: string, articleUrl: string | undefined): BreadcrumbItem[] | undefined {
  if (!list) return undefined;
  const items = arr(list.itemListElement as unknown[])
    .map((v) => deref(v, ids))
    .filter(isObject)
    .sort((a, b) => (Number(a.position) || 0) - (Number(b.position) || 0))
    .map((li) => {
      const item = deref(li.item, ids);
      const url = absUrl(typeof item === 'string' ? item : isObject(item) ? (item['@id'] ?? item.url) : undefined, base);
      return { name: textOf(li.name) ?? (isObject(item) ? textOf(item.name) : undefined) ?? '', url };
    })
    .filter((i) => i.name);
  // The model keeps the category trail only: no "Home", no article itself.
  if (items[0]?.url && new URL(items[0].url).pathname === '/') items.shift();
  const last = items[items.length - 1];
  if (last && (!last.url || last.url === articleUrl)) items.pop();
  return items.length ? items : undefined;
}

const urlOf = (v: unknown, base: string) => absUrl(typeof v === 'string' ? v : isObject(v) ? (v.url ?? v['@id']) : undefined, base);

function toArticle(n: Node, ids: Map<string, Node>, nodes: Node[], base: string): Article {
  const page = deref(n.mainEntityOfPage, ids);
  const idUrl = typeof n['@id'] === 'string' ? absUrl(n['@id'].replace(/#.*$/, ''), base) : undefined;
  const url = absUrl(n.url, base) ?? urlOf(page, base) ?? idUrl;
  const body = str(n.articleBody);
  const sections = arr(n.articleSection as unknown[])
    .map((s) => textOf(s))
    .filter((s): s is string => !!s);
  const lang = deref(n.inLanguage, ids);
  const crumbSource = deref(isObject(page) ? page.breadcrumb : undefined, ids) ?? nodes.find((x) => typesOf(x).includes('BreadcrumbList'));
  const image = imageOf(n.image, ids, base) ?? imageOf(n.thumbnailUrl, ids, base);
  return {
    id: str(n.identifier) ?? (typeof n['@id'] === 'string' ? n['@id'] : undefined) ?? url,
    url,
    title: textOf(n.headline) ?? textOf(n.name) ?? '',
    excerpt: excerptOf(n.description) ?? excerptOf(n.abstract),
    bodyHtml: body?.trim() ? textToHtml(body) : undefined,
    baseUrl: url ?? base,
    image,
    categories: sections.length ? sections.map((name) => ({ name })) : undefined,
    breadcrumb: breadcrumbOf(isObject(crumbSource) ? crumbSource : undefined, ids, base, url),
    published: toIsoDate(n.datePublished) ?? toIsoDate(n.dateCreated),
    modified: toIsoDate(n.dateModified),
    author: authorOf(n.author ?? n.creator, ids, base),
    language: typeof lang === 'string' ? lang : isObject(lang) ? (str(lang.alternateName) ?? str(lang.name)) : undefined,
  };
}

/**
 * schema.org JSON-LD → articles: every node typed `NewsArticle`, `Article`, `BlogPosting` (any
 * type ending in Article or BlogPosting) at the top level, in arrays, in `@graph` or in an
 * `ItemList`. `@id` references are followed within the document (Yoast-style graphs).
 * `headline`, `url`/`mainEntityOfPage`, `description`, `articleBody` (text, turned into
 * paragraphs), `image` (string, `ImageObject` or array), `author` (string, `Person` or array:
 * names joined), `articleSection` as categories, a `BreadcrumbList` as breadcrumb, dates and `inLanguage`.
 */
export function parseJsonLd(data: unknown, baseUrl: string): Article[] {
  const nodes = collect(data);
  const ids = new Map<string, Node>();
  for (const n of nodes) if (typeof n['@id'] === 'string' && Object.keys(n).length > 1) ids.set(n['@id'], n);
  const seen = new Set<Node>();
  return nodes
    .filter((n) => isArticle(n) && !seen.has(n) && seen.add(n))
    .map((n) => toArticle(n, ids, nodes, baseUrl))
    .filter((a) => a.title || a.url);
}
