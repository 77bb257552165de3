import { html, nothing, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { html as staticHtml, unsafeStatic } from 'lit/static-html.js';
import type { Article } from '../../core/article.js';
import { ArticleElement } from '../../core/article-element.js';
import { baseStyles } from '../../core/base.styles.js';
import { formatDate, localeOf } from '../../core/dates.js';
import { dataStateStyles, labelsConverter, STATE_LABELS, type StateLabels } from '../../core/data-states.js';
import { registerElement } from '../../core/define.js';
import { emit } from '../../core/events.js';
import { mergeArticle } from '../../core/feed-controller.js';
import { presentIf } from '../../core/present-if.js';
import { LIGHT_DOM_ARTICLE_ATTRIBUTES, readArticleFromLightDom } from '../../core/light-dom-article.js';
import { listenButtonStyles, renderListenButton, type ListenLabels } from '../../core/listen-button.js';
import { safeUrl } from '../../core/url.js';
import { newsCardStyles } from './news-card.styles.js';

export const NEWS_CARD_LAYOUTS = ['vertical', 'horizontal', 'compact', 'overlay'] as const;
export type NewsCardLayout = (typeof NEWS_CARD_LAYOUTS)[number];

const HEADING_TAGS = [2, 3, 4, 5, 6].map((n) => unsafeStatic(`h${n}`));

/**
 * A teaser for one article: image, category, linked title, date, excerpt and author.
 *
 * Data comes, field by field in this order, from the `article` property, the attributes, the
 * article loaded from `src` (or inline `<script type="application/json">` data), and plain
 * markup inside the element (`<a href>`, `<img>`, `<time datetime>`, `<p>`), which is what
 * visitors see before the script loads. Attributes sit above `src` data on purpose: a Customizer
 * can retitle or re-illustrate one feed item without losing the rest of it.
 *
 * With a source it shows a skeleton of the card's final size while loading (`status="loading"`),
 * then the card (`ready`), a message when the feed has no item at `index` (`empty`), or the
 * error with a Retry button (`error`).
 *
 * @summary Teaser card for one article, in four layouts.
 * @tag news-card
 *
 * @attr lang - Language used to format the date; defaults to the nearest `lang` ancestor.
 * @attr status - Read-only: `loading`, `ready`, `empty` or `error`.
 * @attr player - Name of the shared player the Listen button plays in (default: the page's player).
 *
 * @slot error - Replaces the error message (the Retry button stays).
 * @slot empty - Replaces the empty-state message.
 *
 * @csspart card - The card's frame.
 * @csspart image - The image.
 * @csspart body - The text column.
 * @csspart category - The category label (a link when `category-href` is set).
 * @csspart title - The heading holding the title link.
 * @csspart meta - The line with date and author.
 * @csspart date - The `<time>` element.
 * @csspart author - The author's name.
 * @csspart excerpt - The excerpt, clamped to `--nr-news-card-excerpt-lines` lines.
 * @csspart loading - The skeleton shown while `src` loads.
 * @csspart empty - The empty-state message.
 * @csspart error - The error message box.
 * @csspart retry-button - The Retry button in the error state.
 * @csspart listen-button - Plays the article's audio enclosure in the shared player (only when it has one).
 *
 * @cssprop [--nr-news-card-excerpt-lines=3] - Lines of excerpt shown before it is cut off.
 * @cssprop [--nr-news-card-image-ratio=16 / 9] - Aspect ratio of the image area (4 / 3 in the overlay layout).
 * @cssprop [--nr-news-card-title-size=1.125rem] - Font size of the title.
 * @cssprop [--nr-news-card-background=var(--nr-color-surface)] - Card background.
 * @cssprop [--nr-news-card-border=1px solid var(--nr-color-border)] - Card border.
 * @cssprop [--nr-news-card-category-color=var(--nr-color-accent)] - Category label colour.
 * @cssprop [--nr-news-card-content-visibility=auto] - `content-visibility` of the card: `auto` renders a card only as it nears the viewport (a page of many cards pays for the ones in view); `visible` renders every card at once.
 * @cssprop [--nr-color-surface] - Global surface colour.
 * @cssprop [--nr-color-text] - Global text colour.
 * @cssprop [--nr-color-muted] - Global colour of secondary text.
 * @cssprop [--nr-color-accent] - Global accent colour (category, focus ring).
 * @cssprop [--nr-color-border] - Global border colour.
 * @cssprop [--nr-font-family=inherit] - Global font.
 * @cssprop [--nr-font-family-heading=inherit] - Global heading font.
 * @cssprop [--nr-radius=0.5rem] - Global corner radius.
 *
 * @fires {NrArticleOpenEvent} nr-article-open - The title link was activated; cancel it to route the click yourself.
 * @fires {NrLoadEvent} nr-load - `src` (or inline JSON) loaded; `detail.count` is the number of items.
 * @fires {NrErrorEvent} nr-error - Loading failed; `detail` has `url`, `kind`, `status` and `message`.
 */
export class NewsCard extends ArticleElement {
  static override styles = [baseStyles, dataStateStyles, newsCardStyles, listenButtonStyles];

  /** Overrides for the texts, e.g. `{"retry": "Erneut versuchen"}` (keys: `loading`, `empty`, `retry`, `listen`). */
  @property({ converter: labelsConverter }) labels?: Partial<StateLabels & ListenLabels>;

  /** The title. */
  @property() heading?: string;

  /** URL the title links to. */
  @property() href?: string;

  /** Image URL. */
  @property() image?: string;

  /** Alternative text of the image; leave it out when the image only decorates the title. */
  @property({ attribute: 'image-alt' }) imageAlt?: string;

  /** Category label. */
  @property() category?: string;

  /** URL the category label links to. */
  @property({ attribute: 'category-href' }) categoryHref?: string;

  /** Publication date, ISO 8601 (`2026-11-26` or `2026-11-26T08:30:00Z`). */
  @property() date?: string;

  /** Short summary, shown as text and clamped to a few lines. */
  @property() excerpt?: string;

  /** Author's name. */
  @property() author?: string;

  /**
   * `vertical` (default), `horizontal` (image beside the text), `compact` (title and date, for sidebars) or `overlay` (text on the image).
   * @reflect
   */
  @property() layout: NewsCardLayout = 'vertical';

  /** Level of the title heading, 2–6, to fit the page's outline. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 3;

  #lightDom: Partial<Article> = {};
  #observer?: MutationObserver;

  override connectedCallback() {
    this.#reflectLayout(); // before super creates the shadow root: see `layout`
    super.connectedCallback();
    this.#readLightDom();
    // The card's own attribute changes (layout, status reflection) are not light-DOM data; the
    // filter keeps most of them from queueing records at all.
    this.#observer ??= new MutationObserver((records) => {
      if (records.some((r) => r.type !== 'attributes' || r.target !== this)) this.#readLightDom();
    });
    this.#observer.observe(this, { childList: true, subtree: true, characterData: true, attributeFilter: LIGHT_DOM_ARTICLE_ATTRIBUTES });
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    this.#observer?.disconnect();
  }

  #readLightDom() {
    this.#lightDom = readArticleFromLightDom(this);
    this.requestUpdate();
  }

  /** The article as shown: the `article` property, then attributes, then `src` data, then light-DOM markup. */
  get resolvedArticle(): Article {
    const a = this.article;
    const l = mergeArticle(this.#lightDom, this.loadedArticle);
    const category = a?.categories?.[0] ?? (this.category ? { name: this.category, url: this.categoryHref } : l.categories?.[0]);
    // srcset/size belong to the source that supplied the image; an `image` attribute replaces them.
    const img = a?.image?.src ? a.image : this.image ? { src: this.image } : l.image;
    return {
      ...l,
      ...a,
      title: a?.title ?? this.heading ?? l.title ?? '',
      url: a?.url ?? this.href ?? l.url,
      excerpt: a?.excerpt ?? this.excerpt ?? l.excerpt,
      published: a?.published ?? this.date ?? l.published,
      author: a?.author ?? (this.author ? { name: this.author } : l.author),
      categories: category ? [category] : undefined,
      image: img?.src ? { ...img, alt: a?.image?.alt ?? this.imageAlt ?? img.alt ?? '' } : undefined,
    };
  }

  protected override willUpdate(changed: PropertyValues<this>) {
    if (!changed.has('layout')) return;
    if (!NEWS_CARD_LAYOUTS.includes(this.layout)) this.layout = 'vertical';
    this.#reflectLayout();
  }

  /** By hand, not Lit's `reflect`: set once the shadow root has its styles, an attribute they select on (`:host([layout])`) costs ~40 µs a card, even unchanged; before (connectedCallback), next to nothing. */
  #reflectLayout() {
    if (this.getAttribute('layout') !== this.layout) this.setAttribute('layout', this.layout);
  }

  protected override render() {
    const labels = { ...STATE_LABELS, ...this.labels };
    const article = this.resolvedArticle;
    const state = this.renderDataState(!!(article.title || article.image || article.excerpt), labels, () => this.#renderSkeleton());
    if (state) return state;

    const compact = this.layout === 'compact';
    const imageSrc = compact ? undefined : safeUrl(article.image?.src);
    const category = compact ? undefined : article.categories?.[0];
    const date = formatDate(article.published, localeOf(this));
    const author = compact ? undefined : article.author?.name;
    const excerpt = compact ? undefined : article.excerpt;
    const { width, height, alt, srcset } = article.image ?? {};
    const categoryHref = safeUrl(category?.url);
    const href = safeUrl(article.url);
    const tag = HEADING_TAGS[Math.min(6, Math.max(2, Math.round(this.headingLevel) || 3)) - 2];
    // One template for every combination of fields: a missing field's element is left out by
    // presentIf (a nested template per optional piece cost more than the rest of the render).
    return staticHtml`
      <article part="card" class="card ${imageSrc ? '' : 'no-image'}">
        <figure ${presentIf(imageSrc)} class="media">
          <img part="image" src=${imageSrc ?? nothing} alt=${alt ?? ''} width=${width ?? nothing} height=${height ?? nothing}
            srcset=${srcset && /^[^<>"]*$/.test(srcset) ? srcset : nothing} sizes=${srcset ? '(max-width: 600px) 100vw, 600px' : nothing}
            loading="lazy" decoding="async" />
        </figure>
        <div part="body" class="body">
          <a ${presentIf(category?.name && categoryHref)} part="category" class="category" href=${categoryHref ?? nothing}>${category?.name}</a>
          <span ${presentIf(category?.name && !categoryHref)} part="category" class="category">${category?.name}</span>
          <${tag} ${presentIf(article.title)} part="title" class="title"><a ${presentIf(href)} href=${href ?? nothing} @click=${(e: MouseEvent) => this.#onOpen(e, article, href!)}>${article.title}</a>${href ? nothing : article.title}</${tag}>
          <p ${presentIf(date || author)} part="meta" class="meta">
            <time ${presentIf(date)} part="date" datetime=${date?.datetime ?? nothing}>${date?.text}</time>
            <span ${presentIf(author)} part="author">${author}</span>
          </p>
          <p ${presentIf(excerpt)} part="excerpt" class="excerpt">${excerpt}</p>
          ${renderListenButton(this, article, this.labels)}
        </div>
      </article>
    `;
  }

  /** The card's shape with grey bars: same boxes and line heights as the final card, so nothing moves. */
  #renderSkeleton() {
    const full = this.layout !== 'compact';
    return html`<div class="card skeleton">
      ${full ? html`<div class="media nr-bone"></div>` : nothing}
      <div class="body">
        ${full ? html`<span class="category nr-bone nr-line">&nbsp;</span>` : nothing}
        <div class="title"><span class="nr-bone nr-line">&nbsp;</span><span class="nr-bone nr-line">&nbsp;</span></div>
        <p class="meta"><span class="nr-bone nr-line">&nbsp;</span></p>
        ${full ? html`<p class="excerpt nr-bone nr-lines"></p>` : nothing}
      </div>
    </div>`;
  }

  #onOpen(event: MouseEvent, article: Article, url: string) {
    // Let the browser handle new-tab and download gestures itself.
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    if (!emit(this, 'nr-article-open', { article, url }, true)) event.preventDefault();
  }
}

registerElement('news-card', NewsCard);

declare global {
  interface HTMLElementTagNameMap {
    'news-card': NewsCard;
  }
}
