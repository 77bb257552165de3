import { LitElement, type TemplateResult, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import type { Article } from './article.js';
import { reflectStatus, renderEmpty, renderError, renderLoading, type DataStatus, type StateLabels } from './data-states.js';
import { FeedController } from './feed-controller.js';

/**
 * What `<news-card>` and `<article-view>` share: one article from the `article` property, a `src`
 * feed (item `index`, `timeout`) or the element's own markup; the four data states with the
 * `status` they reflect; `lang` and `theme`.
 */
export abstract class ArticleElement extends LitElement {
  static override get observedAttributes() {
    return [...super.observedAttributes, 'lang'];
  }

  /** The article to show (rich data for JavaScript users); its fields win over every other source. */
  @property({ attribute: false }) article?: Article;

  /** URL of a post or feed to take the article from: WordPress REST, RSS, Atom, JSON Feed, JSON-LD, or an HTML page with JSON-LD. */
  @property() src?: string;

  /** Which item of a `src` feed to show, counting from 0. */
  @property({ type: Number }) index = 0;

  /** Milliseconds to wait for `src` before showing the timeout error (default 15000). */
  @property({ type: Number }) timeout?: number;

  /** `light` or `dark` forces a colour scheme, `auto` follows the visitor's preference; otherwise the page's `color-scheme` applies. */
  @property({ reflect: true }) theme?: 'light' | 'dark' | 'auto';

  readonly #feed = new FeedController(this);
  #status: DataStatus = 'ready';

  /** Read-only: `loading`, `ready`, `empty` or `error` (also reflected as the `status` attribute). */
  get status(): DataStatus {
    return this.#status;
  }

  /** The article item `index` of the `src` feed (or inline JSON), once loaded. @internal */
  protected get loadedArticle(): Article | undefined {
    return this.#feed.articles?.[this.index];
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null) {
    super.attributeChangedCallback(name, old, value);
    if (name === 'lang') this.requestUpdate(); // dates and texts follow the language
  }

  /**
   * Settles `status` for this render and returns the loading skeleton, the error with Retry or the
   * empty state when one applies; `undefined` means: render the article.
   * @internal
   */
  protected renderDataState(
    hasContent: boolean,
    labels: StateLabels,
    skeleton: () => TemplateResult | typeof nothing,
    loadingClass?: string,
  ): TemplateResult | undefined {
    const feed = this.#feed.status;
    const error = this.#feed.error;
    this.#status = feed === 'loading' || feed === 'error' ? feed : hasContent ? 'ready' : 'empty';
    if (this.#status === 'loading') return renderLoading(labels, skeleton(), loadingClass);
    if (error) return renderError(error, labels, this.#feed.retry);
    if (this.#status === 'empty') return renderEmpty(labels);
    return undefined;
  }

  protected override updated() {
    reflectStatus(this, this.#status);
  }
}
