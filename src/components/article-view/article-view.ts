import { html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { html as staticHtml, unsafeStatic } from 'lit/static-html.js';
import type { Article } from '../../core/article.js';
import { adoptBodyStyles, ArticleBody } from '../../core/article-body.js';
import { ArticleElement } from '../../core/article-element.js';
import { ARTICLE_VIEW_LABELS, renderArticleSkeleton, renderBreadcrumb, renderByline, renderShareBar, type ArticleViewLabels } from '../../core/article-templates.js';
import { baseStyles } from '../../core/base.styles.js';
import { dataStateStyles, labelsConverter } from '../../core/data-states.js';
import { formatDate, localeOf } from '../../core/dates.js';
import { registerElement } from '../../core/define.js';
import { mergeArticle } from '../../core/feed-controller.js';
import { breadcrumbLd, breadcrumbTrail, newsArticleLd, primaryCategory, writeJsonLd } from '../../core/json-ld.js';
import { observeLightDom, readArticlePageFromLightDom } from '../../core/light-dom-article.js';
import { formatReadingTime, readingMinutes } from '../../core/reading-time.js';
import { cleanSrcset } from '../../core/srcset.js';
import { canWebShare, copyToClipboard, shareLinks, webShare } from '../../core/share.js';
import { safeUrl } from '../../core/url.js';
import { listenButtonStyles, renderListenButton, type ListenLabels } from '../../core/listen-button.js';
import { articleViewStyles } from './article-view.styles.js';

/** The pieces `show` can list, in display order. */
export const ARTICLE_VIEW_PARTS = ['breadcrumb', 'category', 'title', 'date', 'author', 'reading-time', 'image', 'body', 'share'] as const;
export type ArticleViewPart = (typeof ARTICLE_VIEW_PARTS)[number];
export type { ArticleViewLabels };

const HEADING_TAGS = [1, 2, 3, 4, 5, 6].map((n) => unsafeStatic(`h${n}`));
const IMAGE_SIZES = '(min-width: 52rem) 48rem, 100vw';
const later = (a?: string, b?: string) => !!a && (!b || Date.parse(a) > Date.parse(b));

/**
 * A whole article: breadcrumb, category, title, dates, byline, reading time, featured image,
 * sanitized body and share links, from `src` (WordPress REST, RSS, Atom, JSON Feed, JSON-LD),
 * inline `<script type="application/json">`, the `article` property or plain markup inside it.
 *
 * The body is rendered into the light DOM (`<div slot="body" data-nr-body>`), where crawlers and
 * reader modes see it, styled by a document-level stylesheet whose `:where()` selectors any page
 * rule overrides. `NewsArticle` and `BreadcrumbList` JSON-LD are kept in the light DOM too.
 * Markup written inside the element (`<h1>`, `<time>`, `<img>`, `<p>`…) shows before the script
 * loads and is read as data afterwards; its body paragraphs move into the body container.
 * Fields combine in the order `article` property, `src` data, markup.
 *
 * @summary Full article view with structured data, for single-post pages.
 * @tag article-view
 *
 * @attr lang - Language of dates and reading time; defaults to the nearest `lang`, then the article's.
 * @attr status - Read-only: `loading`, `ready`, `empty` or `error`.
 * @attr player - Name of the shared player the Listen button plays in (default: the page's player).
 *
 * @slot body - Filled by the element itself with the light-DOM body container.
 * @slot error - Replaces the error message (the Retry button stays).
 * @slot empty - Replaces the empty-state message.
 *
 * @csspart article - The frame.
 * @csspart breadcrumb - The breadcrumb `nav`.
 * @csspart breadcrumb-link - Each breadcrumb item (the last has `aria-current="page"`).
 * @csspart category - The category label.
 * @csspart title - The heading.
 * @csspart meta - The line with byline, dates and reading time.
 * @csspart byline - "Written by …" with the avatar.
 * @csspart avatar - The author's picture.
 * @csspart author - The author's name.
 * @csspart date - Publication `<time>`.
 * @csspart updated - "Updated …" with its `<time>`.
 * @csspart reading-time - "4 min read".
 * @csspart figure - The featured image's figure.
 * @csspart image - The featured image.
 * @csspart caption - The image caption.
 * @csspart body - The frame around the body slot.
 * @csspart protected - The message shown for a password-protected post.
 * @csspart share - The share group.
 * @csspart copy-button - Copy link.
 * @csspart share-button - The Web Share API button (only where `navigator.share` exists).
 * @csspart share-link - Each plain share link (X, Facebook, WhatsApp, email).
 * @csspart share-status - The live region with the copy result.
 * @csspart loading - The skeleton.
 * @csspart empty - The empty state.
 * @csspart error - The error box.
 * @csspart retry-button - The Retry button.
 * @csspart listen-button - Plays the article's audio enclosure in the shared player (only when it has one).
 *
 * @cssprop [--nr-article-view-max-width=48rem] - Width of the text column.
 * @cssprop [--nr-article-view-title-size=clamp(1.625rem, 1.1rem + 2.6cqi, 2.75rem)] - Title size (grows with the container).
 * @cssprop [--nr-article-view-body-size=1.0625rem] - Body text size.
 * @cssprop [--nr-color-surface] - Global surface colour.
 * @cssprop [--nr-color-text] - Global text colour.
 * @cssprop [--nr-color-muted] - Global colour of secondary text.
 * @cssprop [--nr-color-accent] - Global accent colour (category, links, quotes).
 * @cssprop [--nr-color-border] - Global border colour.
 * @cssprop [--nr-font-family=inherit] - Global font.
 * @cssprop [--nr-font-family-heading=inherit] - Global heading font.
 * @cssprop [--nr-radius=0.5rem] - Global corner radius.
 *
 * @fires {NrLoadEvent} nr-load - `src` (or inline JSON) loaded; `detail.count` is the number of items.
 * @fires {NrErrorEvent} nr-error - Loading failed; `detail` has `url`, `kind`, `status` and `message`.
 */
export class ArticleView extends ArticleElement {
  static override styles = [baseStyles, dataStateStyles, articleViewStyles, listenButtonStyles];

  /** Space-separated pieces to show, in any order: `breadcrumb category title date author reading-time image body share` (default: all). */
  @property() show?: string;

  /** Link of the breadcrumb's first item. */
  @property({ attribute: 'home-href' }) homeHref = '/';

  /** Text of the breadcrumb's first item. */
  @property({ attribute: 'home-label' }) homeLabel = 'Home';

  /** Level of the title heading, 1–6 (1 on an article page). */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 1;

  /** Overrides for any text, e.g. `{"writtenBy": "Von", "readingTime": "{time} Lesezeit"}` (see `ArticleViewLabels`). */
  @property({ converter: labelsConverter }) labels?: Partial<ArticleViewLabels & ListenLabels>;

  #body = new ArticleBody(this);
  #light: Partial<Article> = {};
  #observer?: MutationObserver;
  #shareStatus = '';

  /** The article as shown: the `article` property over `src` data over the markup, field by field. */
  get resolvedArticle(): Article {
    const merged = mergeArticle(mergeArticle(this.#light, this.loadedArticle), this.article);
    return { ...merged, title: merged.title ?? '' };
  }

  override connectedCallback() {
    super.connectedCallback();
    adoptBodyStyles(this);
    this.#readLightDom();
    this.#observer = observeLightDom(this, () => this.#readLightDom(), '[data-nr-body], [data-nr-jsonld]');
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    this.#observer?.disconnect();
  }

  #readLightDom() {
    const page = readArticlePageFromLightDom(this);
    this.#light = page.data;
    this.#body.takeMarkup(page.body);
    this.requestUpdate();
  }

  #parts(): Set<string> {
    const list = (this.show ?? '').split(/\s+/).filter(Boolean);
    return new Set(list.length ? list : ARTICLE_VIEW_PARTS);
  }

  #labels(): ArticleViewLabels {
    return { ...ARTICLE_VIEW_LABELS, ...this.labels };
  }

  protected override render() {
    const labels = this.#labels();
    const a = this.resolvedArticle;
    const hasContent = !!(a.title || a.bodyHtml || a.protected || this.#body.hasMarkup);
    const state = this.renderDataState(hasContent, labels, () => renderArticleSkeleton(this.#parts()), 'frame');
    if (state) return state;
    return this.#renderArticle(a, labels);
  }

  #renderArticle(a: Article, labels: ArticleViewLabels) {
    const show = this.#parts();
    const locale = localeOf(this) ?? a.language;
    const category = primaryCategory(a);
    const categoryHref = safeUrl(category?.url);
    const published = show.has('date') ? formatDate(a.published, locale, 'long') : undefined;
    const updated = show.has('date') && later(a.modified, a.published) ? formatDate(a.modified, locale, 'long') : undefined;
    const words = show.has('reading-time') ? this.#body.words(a.bodyHtml, locale) : 0;
    const minutes = words ? readingMinutes(words) : 0;
    const author = show.has('author') && a.author?.name ? a.author : undefined;
    const trail = show.has('breadcrumb') ? breadcrumbTrail(a, { name: this.homeLabel, url: this.homeHref }) : [];
    const level = Math.min(6, Math.max(1, Math.round(this.headingLevel) || 1));
    const tag = HEADING_TAGS[level - 1];
    return html`<article part="article" class="article" lang=${a.language && !localeOf(this) ? a.language : nothing}>
      <header class="header">
        ${trail.length > 1 ? renderBreadcrumb(trail, labels.breadcrumb) : nothing}
        ${show.has('category') && category?.name
          ? categoryHref
            ? html`<a part="category" class="category" href=${categoryHref}>${category.name}</a>`
            : html`<span part="category" class="category">${category.name}</span>`
          : nothing}
        ${show.has('title') && a.title ? staticHtml`<${tag} part="title" class="title">${a.title}</${tag}>` : nothing}
        ${author || published || updated || minutes
          ? html`<div part="meta" class="meta">
              ${author ? renderByline(author, labels.writtenBy) : nothing}
              ${published ? html`<time part="date" datetime=${published.datetime}>${published.text}</time>` : nothing}
              ${updated
                ? html`<span part="updated">${labels.updated} <time datetime=${updated.datetime}>${updated.text}</time></span>`
                : nothing}
              ${minutes ? html`<span part="reading-time">${formatReadingTime(minutes, locale, labels.readingTime)}</span>` : nothing}
            </div>`
          : nothing}
        ${renderListenButton(this, a, this.labels, a.baseUrl)}
      </header>
      ${show.has('image') ? this.#renderFigure(a) : nothing}
      ${show.has('body')
        ? a.protected && !a.bodyHtml
          ? html`<p part="protected" class="protected">${labels.protected}</p>`
          : html`<div part="body" class="body"><slot name="body"></slot></div>`
        : nothing}
      ${show.has('share') ? this.#renderShare(a, labels) : nothing}
    </article>`;
  }

  #renderFigure(a: Article) {
    const img = a.image;
    const src = safeUrl(img?.src, a.baseUrl);
    if (!img || !src) return nothing;
    const srcset = img.srcset ? cleanSrcset(img.srcset, a.baseUrl) : undefined;
    const sized = !!(img.width && img.height);
    return html`<figure part="figure" class="figure">
      <img part="image" class="image ${sized ? '' : 'unsized'}" src=${src} srcset=${srcset ?? nothing} sizes=${srcset ? IMAGE_SIZES : nothing}
        alt=${img.alt ?? ''} width=${img.width ?? nothing} height=${img.height ?? nothing} decoding="async" />
      ${img.caption ? html`<figcaption part="caption" class="caption">${img.caption}</figcaption>` : nothing}
    </figure>`;
  }

  #renderShare(a: Article, labels: ArticleViewLabels) {
    const url = safeUrl(a.url) ?? location.href;
    return renderShareBar({
      labels,
      links: shareLinks(url, a.title),
      webShare: canWebShare(),
      status: this.#shareStatus,
      onCopy: async () => this.#announce((await copyToClipboard(url)) ? labels.copied : labels.copyFailed),
      onShare: () => void webShare({ title: a.title, url }),
    });
  }

  async #announce(message: string) {
    // Emptied first so that the same message twice is announced twice.
    this.#shareStatus = '';
    this.requestUpdate();
    await this.updateComplete;
    this.#shareStatus = message;
    this.requestUpdate();
  }

  /** Also waits for the sanitized body (the sanitizer loads lazily) to be in the light DOM. */
  protected override async getUpdateComplete(): Promise<boolean> {
    const result = await super.getUpdateComplete();
    await this.#body.rendered;
    return result;
  }

  protected override updated() {
    super.updated();
    const ready = this.status === 'ready';
    const a = this.resolvedArticle;
    if (ready) this.#body.show(a.bodyHtml, a.baseUrl ?? a.url, a.language && !localeOf(this) ? a.language : undefined);
    const trail = breadcrumbTrail(a, { name: this.homeLabel, url: safeUrl(this.homeHref) });
    writeJsonLd(this, {
      article: ready && a.title ? newsArticleLd(a, location.href) : undefined,
      breadcrumb: ready && trail.length > 1 ? breadcrumbLd(trail) : undefined,
    });
  }
}

registerElement('article-view', ArticleView);

declare global {
  interface HTMLElementTagNameMap {
    'article-view': ArticleView;
  }
}
