/** XML helpers for the RSS and Atom parsers. @internal */
import { parseDocument, parseInertFragment } from '../trusted-types.js';
import { htmlToText } from '../html-text.js';
import { parseError } from './util.js';

const XML_NS = 'http://www.w3.org/XML/1998/namespace';
const XML_ENTITIES = new Set(['amp', 'lt', 'gt', 'quot', 'apos']);

const hasParserError = (doc: Document) =>
  !doc.documentElement || doc.documentElement.localName === 'parsererror' || doc.getElementsByTagName('parsererror').length > 0;

/**
 * Parses XML, throwing a `parse` LoadError when it is not well-formed. Feeds that use HTML
 * named entities XML does not know (`&nbsp;`, `&hellip;` — common in hand-made feeds) get a
 * second chance with those entities turned into character references.
 */
export function parseXml(text: string, url: string): Document {
  let doc = parseDocument(text, 'application/xml');
  if (hasParserError(doc) && /&[a-z][a-z0-9]*;/i.test(text)) {
    const fixed = text.replace(/&([a-z][a-z0-9]*);/gi, (all, name: string) => {
      if (XML_ENTITIES.has(name)) return all;
      const decoded = parseInertFragment(all).textContent;
      return decoded && decoded !== all ? `&#${decoded.codePointAt(0)};` : all;
    });
    doc = parseDocument(fixed, 'application/xml');
  }
  if (hasParserError(doc)) {
    const detail = doc.getElementsByTagName('parsererror')[0]?.textContent?.replace(/\s+/g, ' ').trim().slice(0, 200);
    throw parseError(url, 'it is not well-formed XML.', detail);
  }
  return doc;
}

/** Child elements of `el` with local name `name`, in namespace `ns` (`null`: no namespace or the RSS 1.0 one). */
export function kids(el: Element, name: string, ns: string | null = null): Element[] {
  const out: Element[] = [];
  for (const c of el.children) {
    if (c.localName !== name) continue;
    const uri = c.namespaceURI;
    if (ns === null ? uri === null || uri === 'http://purl.org/rss/1.0/' : uri !== null && uri.startsWith(ns)) out.push(c);
  }
  return out;
}

export const kid = (el: Element, name: string, ns: string | null = null): Element | undefined => kids(el, name, ns)[0];

/** Raw text content (HTML in feeds arrives as CDATA or escaped text: this is that HTML). */
export const raw = (el: Element | undefined): string | undefined => el?.textContent ?? undefined;

/** Collapsed plain text of an element holding plain text. */
export const plain = (el: Element | undefined): string | undefined => el?.textContent?.replace(/\s+/g, ' ').trim() || undefined;

/** Text of an element holding HTML (tags stripped, entities decoded). */
export const htmlText = (el: Element | undefined): string | undefined => {
  const s = raw(el);
  return s ? htmlToText(s) || undefined : undefined;
};

/** The base URL in effect for `el`: `xml:base` attributes from the root down, resolved against `url`. */
export function baseOf(el: Element, url: string): string {
  const chain: string[] = [];
  for (let n: Element | null = el; n; n = n.parentElement) {
    const b = n.getAttributeNS(XML_NS, 'base');
    if (b) chain.unshift(b);
  }
  let base = url;
  for (const b of chain) {
    try {
      base = new URL(b.trim(), base).href;
    } catch {
      /* ignore a broken xml:base */
    }
  }
  return base;
}

/** The nearest `xml:lang`. */
export function langOf(el: Element): string | undefined {
  for (let n: Element | null = el; n; n = n.parentElement) {
    const l = n.getAttributeNS(XML_NS, 'lang');
    if (l) return l.trim();
  }
  return undefined;
}
