/**
 * newsradio-elements: importing this module defines every element.
 * Types and element classes are exported for bundler users.
 */
export { NewsCard, NEWS_CARD_LAYOUTS, type NewsCardLayout } from './components/news-card/news-card.js';
export { defineElements, type DefineElementsOptions } from './core/define.js';
export { ArticleView, ARTICLE_VIEW_PARTS, type ArticleViewPart, type ArticleViewLabels } from './components/article-view/article-view.js';
export type { DataStatus, StateLabels } from './core/data-states.js';
export type { NrLoadDetail, NrLoadEvent, NrErrorDetail, NrErrorEvent } from './core/events.js';
export { WidgetArea, WIDGET_AREA_EMPTY_TEXT } from './components/widget-area/widget-area.js';
export { WIDGET_TYPES, type WidgetLayout, type WidgetSpec, type WidgetType, type WidgetAttributeValue } from './core/layout.js';
export type { Article, ArticleAudio, ArticleAuthor, ArticleCategory, ArticleImage, BreadcrumbItem } from './core/article.js';
export type { NrArticleOpenDetail, NrArticleOpenEvent } from './core/events.js';
export { safeUrl } from './core/url.js';
export { getPlayer, getAudioStore } from './core/audio/player.js';
export { AudioBar, AUDIO_BAR_POSITIONS, type AudioBarPosition } from './components/audio-bar/audio-bar.js';
export { AUDIO_BAR_LABELS, type AudioBarLabels } from './core/audio/labels.js';
export { AudioController } from './core/audio/audio-controller.js';
export type {
  NowPlaying,
  Player,
  PlayerError,
  PlayerErrorKind,
  PlayerListener,
  PlayerOptions,
  PlayerState,
  PlayerStatus,
  Track,
  TrackSource,
} from './core/audio/types.js';
export type {
  NrEndedEvent,
  NrPauseEvent,
  NrPlayEvent,
  NrPlayerDetail,
  NrReconnectDetail,
  NrReconnectEvent,
  NrTrackChangeDetail,
  NrTrackChangeEvent,
} from './core/events.js';
export {
  RadioPlaylist,
  RADIO_PLAYLIST_LAYOUTS,
  RADIO_PLAYLIST_LABELS,
  type RadioPlaylistLayout,
  type RadioPlaylistLabels,
} from './components/radio-playlist/radio-playlist.js';
export {
  loadTracks,
  parseTracks,
  type LoadTracksOptions,
  type PlaylistFormat,
  type PlaylistParseResult,
} from './core/loaders/playlist.js';
