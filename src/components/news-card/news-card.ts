import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { html as staticHtml, unsafeStatic } from 'lit/static-html.js';
import type { Article } from '../../core/article.js';
import { baseStyles } from '../../core/base.styles.js';
import { formatDate, localeOf } from '../../core/dates.js';
import { registerElement } from '../../core/define.js';
import { emit } from '../../core/events.js';
import { readArticleFromLightDom } from '../../core/light-dom-article.js';
import { safeUrl } from '../../core/url.js';
import { newsCardStyles } from './news-card.styles.js';

export const NEWS_CARD_LAYOUTS = ['vertical', 'horizontal', 'compact', 'overlay'] as const;
export type NewsCardLayout = (typeof NEWS_CARD_LAYOUTS)[number];

const HEADING_TAGS = [2, 3, 4, 5, 6].map((n) => unsafeStatic(`h${n}`));

/**
 * A teaser for one article: image, category, linked title, date, excerpt and author.
 *
 * Data comes, field by field in this order, from the `article` property, the attributes, and
 * plain markup inside the element (`<a href>`, `<img>`, `<time datetime>`, `<p>`), which is what
 * visitors see before the script loads.
 *
 * @summary Teaser card for one article, in four layouts.
 * @tag news-card
 *
 * @attr lang - Language used to format the date; defaults to the nearest `lang` ancestor.
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
 *
 * @cssprop [--nr-news-card-excerpt-lines=3] - Lines of excerpt shown before it is cut off.
 * @cssprop [--nr-news-card-image-ratio=16 / 9] - Aspect ratio of the image area (4 / 3 in the overlay layout).
 * @cssprop [--nr-news-card-title-size=1.125rem] - Font size of the title.
 * @cssprop [--nr-news-card-background=var(--nr-color-surface)] - Card background.
 * @cssprop [--nr-news-card-border=1px solid var(--nr-color-border)] - Card border.
 * @cssprop [--nr-news-card-category-color=var(--nr-color-accent)] - Category label colour.
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
 */
export class NewsCard extends LitElement {
  static override styles = [baseStyles, newsCardStyles];

  static override get observedAttributes() {
    return [...super.observedAttributes, 'lang'];
  }

  /** The article to show (rich data for JavaScript users); its fields win over attributes. */
  @property({ attribute: false }) article?: Article;

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

  /** `vertical` (default), `horizontal` (image beside the text), `compact` (title and date, for sidebars) or `overlay` (text on the image). */
  @property({ reflect: true }) layout: NewsCardLayout = 'vertical';

  /** Level of the title heading, 2–6, to fit the page's outline. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 3;

  /** `light` or `dark` forces a colour scheme; otherwise the visitor's preference applies. */
  @property({ reflect: true }) theme?: 'light' | 'dark';

  #lightDom: Partial<Article> = {};
  #observer?: MutationObserver;

  override connectedCallback() {
    super.connectedCallback();
    this.#readLightDom();
    this.#observer ??= new MutationObserver(() => this.#readLightDom());
    this.#observer.observe(this, { childList: true, subtree: true, characterData: true, attributes: true });
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    this.#observer?.disconnect();
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null) {
    super.attributeChangedCallback(name, old, value);
    if (name === 'lang') this.requestUpdate();
  }

  #readLightDom() {
    this.#lightDom = readArticleFromLightDom(this);
    this.requestUpdate();
  }

  /** The article as shown: the `article` property, then attributes, then light-DOM markup. */
  get resolvedArticle(): Article {
    const a = this.article;
    const l = this.#lightDom;
    const category = a?.categories?.[0] ?? (this.category ? { name: this.category, url: this.categoryHref } : l.categories?.[0]);
    const imageSrc = a?.image?.src ?? this.image ?? l.image?.src;
    return {
      ...a,
      title: a?.title ?? this.heading ?? l.title ?? '',
      url: a?.url ?? this.href ?? l.url,
      excerpt: a?.excerpt ?? this.excerpt ?? l.excerpt,
      published: a?.published ?? this.date ?? l.published,
      author: a?.author ?? (this.author ? { name: this.author } : l.author),
      categories: category ? [category] : undefined,
      image: imageSrc
        ? { ...(a?.image ?? l.image), src: imageSrc, alt: a?.image?.alt ?? this.imageAlt ?? l.image?.alt ?? '' }
        : undefined,
    };
  }

  protected override willUpdate(changed: PropertyValues<this>) {
    if (changed.has('layout') && !NEWS_CARD_LAYOUTS.includes(this.layout)) this.layout = 'vertical';
  }

  protected override render() {
    const article = this.resolvedArticle;
    const compact = this.layout === 'compact';
    const imageSrc = compact ? undefined : safeUrl(article.image?.src);
    const category = compact ? undefined : article.categories?.[0];
    const date = formatDate(article.published, localeOf(this));
    const author = compact ? undefined : article.author?.name;
    const excerpt = compact ? undefined : article.excerpt;
    return html`
      <article part="card" class="card ${imageSrc ? '' : 'no-image'}">
        ${imageSrc ? this.#renderImage(imageSrc, article) : nothing}
        <div part="body" class="body">
          ${category?.name ? this.#renderCategory(category.name, category.url) : nothing}
          ${article.title ? this.#renderTitle(article) : nothing}
          ${date || author
            ? html`<p part="meta" class="meta">
                ${date ? html`<time part="date" datetime=${date.datetime}>${date.text}</time>` : nothing}
                ${author ? html`<span part="author">${author}</span>` : nothing}
              </p>`
            : nothing}
          ${excerpt ? html`<p part="excerpt" class="excerpt">${excerpt}</p>` : nothing}
        </div>
      </article>
    `;
  }

  #renderImage(src: string, article: Article) {
    const { width, height, alt, srcset } = article.image ?? {};
    return html`<figure class="media">
      <img
        part="image"
        src=${src}
        srcset=${srcset && /^[^<>"]*$/.test(srcset) ? srcset : nothing}
        sizes=${srcset ? '(max-width: 600px) 100vw, 600px' : nothing}
        alt=${alt ?? ''}
        width=${width ?? nothing}
        height=${height ?? nothing}
        loading="lazy"
        decoding="async"
      />
    </figure>`;
  }

  #renderCategory(name: string, url: string | undefined) {
    const href = safeUrl(url);
    return href
      ? html`<a part="category" class="category" href=${href}>${name}</a>`
      : html`<span part="category" class="category">${name}</span>`;
  }

  #renderTitle(article: Article) {
    const level = Math.min(6, Math.max(2, Math.round(this.headingLevel) || 3));
    const tag = HEADING_TAGS[level - 2];
    const href = safeUrl(article.url);
    const content = href
      ? html`<a href=${href} @click=${(e: MouseEvent) => this.#onOpen(e, article, href)}>${article.title}</a>`
      : article.title;
    return staticHtml`<${tag} part="title" class="title">${content}</${tag}>`;
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
