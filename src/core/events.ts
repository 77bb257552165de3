import type { Article } from './article.js';

/** Detail of `nr-article-open`: cancel it to route the click yourself. */
export interface NrArticleOpenDetail {
  article: Article;
  url: string;
}
export type NrArticleOpenEvent = CustomEvent<NrArticleOpenDetail>;

declare global {
  interface GlobalEventHandlersEventMap {
    'nr-article-open': NrArticleOpenEvent;
  }
}

/** Dispatches a bubbling, composed `CustomEvent`; returns `false` when a listener cancelled it. */
export function emit<D extends object>(el: Element, type: string, detail: D, cancelable = false): boolean {
  return el.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true, cancelable }));
}
