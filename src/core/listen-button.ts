/**
 * News → audio: the "Listen" button of `<news-card>` and `<article-view>` for an article with an
 * audio enclosure (RSS enclosure, JSON Feed attachment, WordPress featured audio). It plays the
 * audio in the page's shared player with the article as the track's link, so `<audio-bar>` shows
 * the title and links back to the article.
 * @internal
 */
import { css, html, nothing, type TemplateResult } from 'lit';
import type { Article } from './article.js';
import { getPlayer } from './audio/player.js';
import type { Track } from './audio/types.js';
import { safeUrl } from './url.js';

/** Label of the Listen button; override it with the element's `labels` (`{"listen": "Anhören"}`). */
export interface ListenLabels {
  listen: string;
}
export const LISTEN_LABELS: ListenLabels = { listen: 'Listen' };

/** The player track for an article's audio, or `undefined` when it has none (or an unsafe URL). */
export function articleTrack(a: Article, base?: string): Track | undefined {
  const src = safeUrl(a.audio?.src, base);
  if (!src) return undefined;
  const link = safeUrl(a.url, base);
  const track: Track = { title: a.audio?.title || a.title, src, link };
  const subtitle = a.categories?.[0]?.name || (link && new URL(link).hostname); // absolute: cannot throw
  if (subtitle) track.subtitle = subtitle;
  if (a.audio?.type) track.sources = [{ src, type: a.audio.type }];
  const cover = safeUrl(a.image?.src, base);
  if (cover) track.cover = cover;
  if (a.audio?.duration && a.audio.duration > 0) track.duration = a.audio.duration;
  return track;
}

/** Renders `part="listen-button"` for `a` (nothing without audio); it plays in `host`'s player. */
export function renderListenButton(host: HTMLElement, a: Article, labels?: Partial<ListenLabels>, base?: string): TemplateResult | typeof nothing {
  const track = articleTrack(a, base);
  if (!track) return nothing;
  const label = labels?.listen || LISTEN_LABELS.listen;
  return html`<button
    part="listen-button"
    class="nr-retry nr-listen"
    type="button"
    aria-label=${a.title ? `${label}: ${a.title}` : label}
    @click=${() => void getPlayer(host.getAttribute('player') || 'default').play(track)}
  >
    ${label}
  </button>`;
}

/** Adds to `.nr-retry` (data-states.ts), which every news element already has. */
export const listenButtonStyles = css`
  .nr-listen {
    /* as wide as its label, at the start of the line, in block flow, grid or flex columns alike */
    display: block;
    inline-size: fit-content;
    /* above a card's stretched title link */
    position: relative;
    z-index: 2;
  }
`;
