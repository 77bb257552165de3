import { safeUrl } from '../url.js';
import type { PlayerState, PlayerStatus, Track } from './types.js';

/**
 * Every text of `<audio-bar>`, in English. `{name}` placeholders are filled in. Override any of
 * them with the bar's `labels` property or its JSON `labels` attribute.
 */
export const AUDIO_BAR_LABELS = {
  /** Name of the bar's region landmark. */
  player: 'Audio player',
  play: 'Play',
  pause: 'Pause',
  previous: 'Previous',
  next: 'Next',
  mute: 'Mute',
  volume: 'Volume',
  seek: 'Seek',
  /** `aria-valuetext` of the seek slider. */
  position: '{elapsed} of {total}',
  queue: 'Queue',
  queueEmpty: 'The queue is empty.',
  /** Badge text (shown in capitals through CSS). */
  live: 'Live',
  idle: 'Nothing playing',
  loading: 'Loading…',
  buffering: 'Buffering…',
  reconnecting: 'Reconnecting… (attempt {attempt})',
  autoplayBlocked: 'Press play to listen',
  playingElsewhere: 'Listening in another tab',
  takeOver: 'Listen here',
  /** Shown while the popup player has taken playback over (the bar controls nothing then). */
  playingInPopup: 'Playing in the popup',
  /** The button that opens the popup player (`popup` attribute). */
  popup: 'Open the player in a popup',
  /** After a reload with `persist`: one click plays the remembered track again. */
  resume: 'Resume {title}',
  /** Announced (politely, throttled) when a track starts. */
  nowPlaying: 'Now playing: {title}',
  error: 'The audio could not be played.',
  errorNetwork: 'The audio could not be loaded. Check your connection and try again.',
  errorUnsupported: 'This audio could not be played: it is missing or in a format this browser cannot play.',
  errorGaveUp: 'The stream is not responding.',
  retry: 'Retry',
};
export type AudioBarLabels = typeof AUDIO_BAR_LABELS;

/** `fill('Attempt {n}', { n: 2 })` → `Attempt 2`; unknown placeholders stay as they are. @internal */
export const fill = (text: string, values: Record<string, string | number>) =>
  text.replace(/\{(\w+)\}/g, (m, key: string) => (key in values ? String(values[key]) : m));

const ACTIVE: readonly PlayerStatus[] = ['playing', 'loading', 'buffering', 'reconnecting'];
const ERROR_LABEL: Partial<Record<string, keyof AudioBarLabels>> = {
  network: 'errorNetwork',
  decode: 'errorUnsupported',
  unsupported: 'errorUnsupported',
  'gave-up': 'errorGaveUp',
};

/** What a player bar shows for a state: texts resolved, URLs checked. @internal */
export interface BarView {
  track: Track | null;
  live: boolean;
  /** Play/pause shows "Pause" (the toggle would pause). */
  active: boolean;
  title: string;
  subtitle: string;
  cover?: string;
  link?: string;
  /** Loading, buffering, reconnecting or autoplay-blocked text; `''` otherwise. */
  status: string;
  /** Error text (not for a blocked autoplay, which is a status); `''` otherwise. */
  error: string;
  /** Text for the polite live region; `''` when there is nothing to say. */
  announcement: string;
}

/**
 * Derives the bar's view of `s`. `own` is the bar's attribute track (`src`, `heading`…): its fields
 * win while it is the current track, and it shows before the player has it; without either, the
 * track a playlist suggests (`s.suggested`) shows, ready to play. Live metadata
 * (`nowPlaying`) wins over the track's own title; the station name moves to the subtitle then.
 * @internal
 */
export function barView(s: PlayerState, own: Track | undefined, L: AudioBarLabels): BarView {
  const track = s.track && own && s.track.id === own.id ? { ...s.track, ...own } : (s.track ?? own ?? s.suggested ?? null);
  const live = !!(s.live || track?.live);
  const np = live ? s.nowPlaying : null;
  const title = np?.title || track?.title || '';
  const subtitle = (np?.title ? np.artist || track?.title : track?.subtitle || np?.artist) || '';
  const blocked = s.error?.kind === 'autoplay-blocked';
  const active = ACTIVE.includes(s.status);
  const status = blocked
    ? L.autoplayBlocked
    : s.status === 'reconnecting'
      ? fill(L.reconnecting, { attempt: s.reconnectAttempt })
      : s.status === 'buffering' || s.status === 'loading'
        ? L[s.status]
        : '';
  const error = s.status === 'error' && !blocked ? L[ERROR_LABEL[s.error?.kind ?? ''] ?? 'error'] : '';
  const announcement = s.playingElsewhere
    ? s.elsewhere === 'popup'
      ? L.playingInPopup
      : L.playingElsewhere
    : blocked || s.status === 'reconnecting'
      ? status
      : active && title
        ? fill(L.nowPlaying, { title: [title, subtitle].filter(Boolean).join(', ') })
        : '';
  return {
    track,
    live,
    active,
    title,
    subtitle,
    cover: safeUrl(np?.cover || track?.cover),
    link: safeUrl(track?.link),
    status,
    error,
    announcement,
  };
}
