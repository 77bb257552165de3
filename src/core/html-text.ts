/** HTML → plain text for titles, names and excerpts (no DOMPurify needed: nothing is kept but text). */
import { parseInertFragment } from './trusted-types.js';

const SKIP_TEXT = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT', 'TITLE', 'IFRAME', 'NOEMBED', 'NOFRAMES', 'XMP']);
const BLOCK =
  /^(?:P|DIV|BR|HR|LI|UL|OL|DL|DT|DD|H[1-6]|BLOCKQUOTE|PRE|TABLE|TR|TD|TH|FIGURE|FIGCAPTION|SECTION|ARTICLE|HEADER|FOOTER|ASIDE|NAV|ADDRESS)$/;

/**
 * Plain text of an HTML snippet (titles, excerpts, names): tags removed, entities decoded
 * (`&#8217;` → ’), whitespace collapsed, blocks separated by a space. Parsed into an inert
 * template, so markup in feeds never loads or runs anything.
 */
export function htmlToText(html: string | null | undefined): string {
  if (html == null) return '';
  const source = String(html);
  if (!/[<&]/.test(source)) return source.replace(/\s+/g, ' ').trim();
  const root = parseInertFragment(source);
  let out = '';
  const walk = (node: Node) => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === Node.TEXT_NODE || child.nodeType === Node.CDATA_SECTION_NODE) out += (child as Text).data;
      else if (child.nodeType === Node.ELEMENT_NODE) {
        const tag = (child as Element).tagName.toUpperCase();
        if (SKIP_TEXT.has(tag)) continue;
        const block = BLOCK.test(tag);
        if (block) out += ' ';
        walk(child);
        if (block) out += ' ';
      }
    }
  };
  walk(root);
  return out.replace(/\s+/g, ' ').trim();
}
