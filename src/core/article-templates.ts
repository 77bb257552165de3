import { html, nothing, type TemplateResult } from 'lit';
import type { ArticleAuthor, BreadcrumbItem } from './article.js';
import { STATE_LABELS, type StateLabels } from './data-states.js';
import type { ShareLink } from './share.js';
import { safeLinkUrl, safeUrl } from './url.js';

/** Every text `<article-view>` shows; override any of them with its `labels` property. */
export interface ArticleViewLabels extends StateLabels {
  /** Accessible name of the breadcrumb `nav`. */
  breadcrumb: string;
  /** Before the author's name. */
  writtenBy: string;
  /** Before the updated date. */
  updated: string;
  /** Reading time; `{time}` becomes the formatted minutes ("4 min"). */
  readingTime: string;
  /** Accessible name of the share group. */
  share: string;
  copyLink: string;
  /** Announced after the link was copied. */
  copied: string;
  /** Announced when the browser refused to copy. */
  copyFailed: string;
  /** The Web Share API button. */
  webShare: string;
  shareX: string;
  shareFacebook: string;
  shareWhatsapp: string;
  shareEmail: string;
  /** Shown instead of the body of a password-protected post. */
  protected: string;
}

export const ARTICLE_VIEW_LABELS: ArticleViewLabels = {
  ...STATE_LABELS,
  loading: 'Loading article…',
  empty: 'No article to show.',
  breadcrumb: 'Breadcrumb',
  writtenBy: 'Written by',
  updated: 'Updated',
  readingTime: '{time} read',
  share: 'Share this article',
  copyLink: 'Copy link',
  copied: 'Link copied to the clipboard.',
  copyFailed: 'Could not copy the link; copy it from the address bar.',
  webShare: 'Share…',
  shareX: 'Share on X',
  shareFacebook: 'Share on Facebook',
  shareWhatsapp: 'Share on WhatsApp',
  shareEmail: 'Share by email',
  protected: 'This article is password protected.',
};

/** `Home › News › Politics`: an ordered list of links; the last item carries `aria-current="page"`. */
export function renderBreadcrumb(items: BreadcrumbItem[], label: string): TemplateResult | typeof nothing {
  if (!items.length) return nothing;
  const last = items.length - 1;
  return html`<nav part="breadcrumb" class="breadcrumb" aria-label=${label}>
    <ol>
      ${items.map((item, i) => {
        const href = safeUrl(item.url);
        const current = i === last ? 'page' : nothing;
        return html`<li>
          ${href
            ? html`<a part="breadcrumb-link" href=${href} aria-current=${current}>${item.name}</a>`
            : html`<span part="breadcrumb-link" aria-current=${current}>${item.name}</span>`}
        </li>`;
      })}
    </ol>
  </nav>`;
}

/** "Written by <a>Name</a>" with a decorative avatar (`alt=""`: the name is right next to it). */
export function renderByline(author: ArticleAuthor, label: string): TemplateResult {
  const avatar = safeUrl(author.avatar);
  const href = safeLinkUrl(author.url);
  return html`<span part="byline" class="byline">
    ${avatar
      ? html`<img part="avatar" class="avatar" src=${avatar} alt="" width="40" height="40" loading="lazy" decoding="async" />`
      : nothing}
    <span>${label}
      ${href ? html`<a part="author" rel="author" href=${href}>${author.name}</a>` : html`<span part="author">${author.name}</span>`}</span>
  </span>`;
}

export interface ShareBarOptions {
  labels: ArticleViewLabels;
  links: ShareLink[];
  webShare: boolean;
  status: string;
  onCopy: () => void;
  onShare: () => void;
}

const LINK_LABEL = { x: 'shareX', facebook: 'shareFacebook', whatsapp: 'shareWhatsapp', email: 'shareEmail' } as const;

/**
 * Copy link (Clipboard API) with its result in a polite live region, then either the Web Share
 * API button (where `navigator.share` exists) or plain share links.
 */
export function renderShareBar(o: ShareBarOptions): TemplateResult {
  return html`<div part="share" class="share" role="group" aria-label=${o.labels.share}>
    <button part="copy-button" class="share-button" type="button" @click=${o.onCopy}>${o.labels.copyLink}</button>
    ${o.webShare
      ? html`<button part="share-button" class="share-button" type="button" @click=${o.onShare}>${o.labels.webShare}</button>`
      : o.links.map(
          (l) => html`<a part="share-link" class="share-link" data-network=${l.id} href=${l.href} target="_blank" rel="noopener noreferrer"
            >${o.labels[LINK_LABEL[l.id]]}</a
          >`,
        )}
    <p part="share-status" class="share-status" role="status">${o.status}</p>
  </div>`;
}

/** The article's shape with grey bars: breadcrumb, category, two title lines, meta, image, body lines. */
export function renderArticleSkeleton(show: Set<string>): TemplateResult {
  const line = (cls: string) => html`<span class="nr-bone nr-line ${cls}">&nbsp;</span>`;
  return html`<div class="article skeleton">
    ${show.has('breadcrumb') ? html`<div class="breadcrumb">${line('w-30')}</div>` : nothing}
    ${show.has('category') ? html`<div class="category">${line('w-20')}</div>` : nothing}
    ${show.has('title') ? html`<div class="title">${line('')}${line('w-60')}</div>` : nothing}
    ${show.has('date') || show.has('author') ? html`<div class="meta">${line('w-40')}</div>` : nothing}
    ${show.has('image') ? html`<div class="figure"><div class="image nr-bone"></div></div>` : nothing}
    ${show.has('body') ? html`<div class="body-lines nr-bone nr-lines"></div>` : nothing}
  </div>`;
}
