import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { getStorybookHelpers } from '@wc-toolkit/storybook-helpers';
import { html, type TemplateResult } from 'lit';
import { AUDIO_BAR_POSITIONS, type AudioBar, type PlayerState, type Track } from '../src/index.js';

/*
 * Controls, the docs table and the ::part()/custom property controls come from
 * custom-elements.json. Every story binds its own named player (`player="story-…"`), so stories
 * on one docs page never drive each other.
 *
 * States that need the network to misbehave (loading, buffering, reconnecting, error…) are
 * rendered from a given state through the `state` property, which exists for previews and tests:
 * it overrides what the bar shows, while the buttons still command the real (idle) player.
 * The Default story is fully live: press play and the 8 s fixture tone really plays.
 * Fixture URLs are relative so a Storybook deployed under a sub-path works too.
 */
const { args, argTypes, template } = getStorybookHelpers<AudioBar>('audio-bar');

type Args = Record<string, unknown>;
type Story = StoryObj<Args>;

const FIXTURES = 'test/fixtures';
const AUDIO = `${FIXTURES}/audio/demo-tone.mp3`;
const COVER = (n: number) => `${FIXTURES}/images/cover-${n}.svg`;

const station: Track = {
  id: 'flowfm',
  title: 'FlowFm92.7',
  subtitle: 'Araba Radio',
  src: `${AUDIO}?station=flowfm`,
  cover: COVER(2),
  live: true,
  link: 'https://example.com/stations/flowfm',
};
const mixes: Track[] = [
  { id: 'lofi', title: '01. LOFI IN SPACE chill lofi beats to vibe', subtitle: 'Afro Lofi Beats', src: `${AUDIO}?mix=lofi`, cover: COVER(3), duration: 1815 },
  { id: 'jazz', title: '01. Jazz', subtitle: 'FlowFM mix', src: `${AUDIO}?mix=jazz`, cover: COVER(1), duration: 2710 },
];
const queue = [station, ...mixes];

/** A state preview: `track` playing from the whole demo queue. */
const preview = (track: Track, patch: Partial<PlayerState> = {}): Partial<PlayerState> => ({
  track,
  queue,
  index: queue.indexOf(track),
  live: !!track.live,
  duration: track.live ? Infinity : (track.duration ?? NaN),
  ...patch,
});

/** Sets the story's width (`parameters.width`) without showing up in the docs' code snippets. */
const withWidth = (story: () => unknown, { parameters }: { parameters: Record<string, unknown> }) =>
  html`<div style="max-inline-size: ${(parameters.width as string | undefined) ?? '56rem'}">${story()}</div>`;

/**
 * A small "browser window" for fixed bars: the transform makes it the containing block of
 * `position: fixed`, so the bar sticks to this frame instead of covering the docs page.
 */
const frame = (bar: TemplateResult, edge: 'top' | 'bottom') => html`<div
  style="transform: translateZ(0); block-size: 16rem; overflow: auto; border: 1px solid #8888; border-radius: 0.5rem"
>
  <div style="padding: 1rem; padding-block-${edge === 'top' ? 'start' : 'end'}: 6rem">
    ${Array.from({ length: 4 }, (_, i) => html`<p style="margin: 0 0 1rem">Paragraph ${i + 1} of the page: the bar never hides it.</p>`)}
  </div>
  ${bar}
</div>`;

const meta: Meta<Args> = {
  title: 'Elements/Audio bar',
  component: 'audio-bar',
  tags: ['autodocs'],
  args: { ...args, labels: undefined, state: undefined, status: undefined },
  argTypes: {
    ...argTypes,
    position: { ...argTypes.position, control: { type: 'select' }, options: [...AUDIO_BAR_POSITIONS] },
    theme: { ...argTypes.theme, control: { type: 'select' }, options: ['', 'light', 'dark'] },
    labels: { ...argTypes.labels, control: { type: 'text' } },
    state: { ...argTypes.state, control: { type: 'object' } },
    status: { ...argTypes.status, control: false },
  },
  render: (storyArgs) => template(storyArgs),
  decorators: [withWidth],
  parameters: {
    docs: {
      description: {
        component:
          'The player bar of the page\'s shared audio engine: play/pause, previous/next, volume and mute, the ' +
          'queue, cover, title and artist, a LIVE badge or a seek bar. `src` + `heading`… make a single-station ' +
          'bar without JavaScript. Keyboard (focus in the bar): Space/K play·pause, M mute, ←/→ seek 5 s (volume ' +
          'when live), ↑/↓ volume, N/P next/previous; Escape closes the queue.',
      },
    },
  },
};
export default meta;

export const Default: Story = {
  name: 'Idle (single station from attributes)',
  args: {
    player: 'story-default',
    src: AUDIO,
    heading: '01. Jazz',
    subtitle: 'FlowFM mix',
    cover: COVER(1),
  },
  parameters: {
    docs: { description: { story: 'No JavaScript needed: the attributes queue one track, which plays only when asked.' } },
  },
};

export const BesidePlaylist: Story = {
  name: 'Idle, without src, beside a playlist',
  args: { player: 'story-beside-playlist' },
  render: (storyArgs) => html`${template(storyArgs)}
    <radio-playlist player="story-beside-playlist" .items=${mixes} style="margin-block-start: 1rem"></radio-playlist>`,
  parameters: {
    docs: {
      description: {
        story:
          'No `src`: the bar shows the first row of the playlist on the page (`PlayerState.suggested`) until ' +
          'something plays, and its Play button starts that row.',
      },
    },
  },
};

export const Loading: Story = {
  args: { player: 'story-loading', state: preview(mixes[1], { status: 'loading' }) },
};

export const PlayingLive: Story = {
  name: 'Playing live',
  args: {
    player: 'story-live',
    state: preview(station, { status: 'playing', nowPlaying: { title: 'Sade – Smooth Operator', artist: 'FlowFm92.7' } }),
  },
  parameters: {
    docs: { description: { story: 'LIVE badge, no seek bar; the title comes from the stream\'s now-playing metadata.' } },
  },
};

export const PlayingOnDemand: Story = {
  name: 'Playing on-demand',
  args: { player: 'story-ondemand', state: preview(mixes[1], { status: 'playing', position: 754, volume: 0.7 }) },
};

export const Buffering: Story = {
  args: { player: 'story-buffering', state: preview(mixes[0], { status: 'buffering', position: 96 }) },
};

export const Reconnecting: Story = {
  args: { player: 'story-reconnecting', state: preview(station, { status: 'reconnecting', reconnectAttempt: 2 }) },
  parameters: {
    docs: { description: { story: 'A live stream dropped: the player reconnects with backoff and says which attempt it is on.' } },
  },
};

export const ErrorState: Story = {
  name: 'Error',
  args: {
    player: 'story-error',
    state: preview(station, { status: 'error', error: { kind: 'gave-up', message: 'The stream is unavailable.' } }),
  },
  parameters: {
    docs: { description: { story: 'After the last reconnect attempt: an alert and a Retry button (`status="error"`).' } },
  },
};

export const AutoplayBlocked: Story = {
  name: 'Autoplay blocked',
  args: {
    player: 'story-blocked',
    state: preview(station, { status: 'paused', error: { kind: 'autoplay-blocked', message: 'Press play to listen' } }),
  },
};

export const PlayingElsewhere: Story = {
  name: 'Playing in another tab',
  args: { player: 'story-elsewhere', state: preview(station, { status: 'paused', playingElsewhere: mixes[0] }) },
};

export const LongTitles: Story = {
  name: 'Long titles, 240 px',
  args: {
    player: 'story-long',
    state: preview(
      {
        ...mixes[0],
        title: 'LOFI IN SPACE – chill lofi beats to vibe, study and relax to while the universe quietly expands',
        subtitle: 'Afro Lofi Beats featuring the Intergalactic Orchestra of Very Long Names',
      },
      { status: 'playing', position: 1234 },
    ),
  },
  parameters: {
    width: '240px',
    docs: { description: { story: 'A sidebar: titles end in an ellipsis (full text on hover), the volume slider hides behind mute.' } },
  },
};

export const RTL: Story = {
  args: {
    player: 'story-rtl',
    lang: 'ar',
    labels: JSON.stringify({
      play: 'تشغيل',
      pause: 'إيقاف مؤقت',
      previous: 'السابق',
      next: 'التالي',
      mute: 'كتم الصوت',
      volume: 'مستوى الصوت',
      seek: 'التقديم',
      queue: 'قائمة التشغيل',
      live: 'مباشر',
      player: 'مشغل الصوت',
      position: '{elapsed} من {total}',
    }),
    state: preview({ ...mixes[1], title: 'مزيج الجاز المسائي', subtitle: 'إذاعة فلو إف إم' }, { status: 'playing', position: 754 }),
  },
  render: (storyArgs) => html`<div dir="rtl">${template(storyArgs)}</div>`,
  parameters: {
    docs: {
      description: {
        story: 'The layout mirrors; transport buttons and the seek bar keep time running left to right. Numbers follow `lang`.',
      },
    },
  },
};

export const Dark: Story = {
  args: { player: 'story-dark', theme: 'dark', state: preview(station, { status: 'playing' }) },
  render: (storyArgs) => html`<div style="background: #0f1115; padding: 1rem; border-radius: 0.5rem">${template(storyArgs)}</div>`,
};

export const Themed: Story = {
  args: {
    player: 'story-themed',
    state: preview(mixes[1], { status: 'paused', position: 300 }),
    '--nr-color-surface': '#fdf6e3',
    '--nr-color-text': '#073642',
    '--nr-color-muted': '#4a5a60',
    '--nr-color-accent': '#0b5cad',
    '--nr-color-border': '#d9cfb0',
    '--nr-radius': '1rem',
    '--nr-audio-bar-cover-size': '3.5rem',
  },
  parameters: { docs: { description: { story: 'Only `--nr-*` custom properties; set them on `body` to theme every element.' } } },
};

export const Inline: Story = {
  args: { player: 'story-inline', position: 'inline', state: preview(mixes[0], { status: 'paused', position: 42 }) },
  parameters: { docs: { description: { story: 'The default: the bar sits in the page flow like any block.' } } },
};

export const Bottom: Story = {
  name: 'Fixed to the bottom',
  args: { player: 'story-bottom', position: 'bottom', state: preview(station, { status: 'playing' }) },
  render: (storyArgs) => frame(template(storyArgs), 'bottom'),
  parameters: {
    docs: {
      description: {
        story:
          '`position="bottom"`: fixed to the viewport (here, to the framed area). On a real page the bar adds ' +
          'its height to `<body>`\'s bottom padding and sets `--nr-audio-bar-offset-bottom` on `<html>`.',
      },
    },
  },
};

export const Top: Story = {
  name: 'Fixed to the top',
  args: { player: 'story-top', position: 'top', state: preview(mixes[1], { status: 'playing', position: 1200 }) },
  render: (storyArgs) => frame(template(storyArgs), 'top'),
};
