/** An image attached to an article. URLs are checked with `safeUrl` before they reach the DOM. */
export interface ArticleImage {
  src: string;
  alt?: string;
  width?: number;
  height?: number;
  /** A ready `srcset` string (`url 300w, url 1024w`). */
  srcset?: string;
  caption?: string;
}

export interface ArticleCategory {
  name: string;
  url?: string;
  /** Name of the parent category, used to build breadcrumbs. */
  parent?: string;
}

export interface ArticleAuthor {
  name: string;
  url?: string;
  avatar?: string;
}

/** An audio enclosure (podcast episode, radio segment) attached to an article. */
export interface ArticleAudio {
  src: string;
  type?: string;
  /** Seconds. */
  duration?: number;
  title?: string;
}

export interface BreadcrumbItem {
  name: string;
  url?: string;
}

/**
 * The article model shared by every news element (`<news-card>`, `<article-view>`) and every
 * news loader. Text fields are plain text (never HTML) except `bodyHtml`, which is CMS HTML that
 * must go through the sanitizer before it reaches the DOM.
 */
export interface Article {
  id?: string;
  url?: string;
  title: string;
  excerpt?: string;
  bodyHtml?: string;
  image?: ArticleImage;
  categories?: ArticleCategory[];
  /**
   * The category trail above the article, outermost first, without "Home" and without the
   * article itself (`News › Politics`).
   */
  breadcrumb?: BreadcrumbItem[];
  /** ISO 8601 date or date-time. */
  published?: string;
  /** ISO 8601 date or date-time. */
  modified?: string;
  author?: ArticleAuthor;
  audio?: ArticleAudio;
  /** BCP 47 language tag of the content. */
  language?: string;
  /** URL that relative URLs inside `bodyHtml` resolve against (pass it to `sanitizeHtml` as `baseUrl`). */
  baseUrl?: string;
  /** The post is password-protected (WordPress): `bodyHtml` is absent. */
  protected?: boolean;
}
