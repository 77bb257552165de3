/**
 * newsradio-elements: importing this module defines every element.
 * Types and element classes are exported for bundler users.
 */
export { NewsCard, NEWS_CARD_LAYOUTS, type NewsCardLayout } from './components/news-card/news-card.js';
export { defineElements, type DefineElementsOptions } from './core/define.js';
export type { Article, ArticleAudio, ArticleAuthor, ArticleCategory, ArticleImage, BreadcrumbItem } from './core/article.js';
export type { NrArticleOpenDetail, NrArticleOpenEvent } from './core/events.js';
export { safeUrl } from './core/url.js';
