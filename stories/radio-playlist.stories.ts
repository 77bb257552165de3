import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { getStorybookHelpers } from '@wc-toolkit/storybook-helpers';
import { html } from 'lit';
import { RADIO_PLAYLIST_LAYOUTS, type RadioPlaylist, type Track } from '../src/index.js';
import { PENDING_PATH } from './support/pending-fetch.js';

/*
 * Controls, docs table, events and ::part()/custom property controls come from
 * custom-elements.json. Data, covers and the one short audio file are the shared test fixtures
 * (served at /test/fixtures by Storybook's staticDirs and by @web/test-runner); URLs are relative
 * so a Storybook deployed under a sub-path works too. Clicking a row really plays (an 8 s tone).
 */
const { args, argTypes, template } = getStorybookHelpers<RadioPlaylist>('radio-playlist');

type Args = Record<string, unknown>;
type Story = StoryObj<Args>;

const FIXTURES = 'test/fixtures';
const LISTS = `${FIXTURES}/playlists`;
const AUDIO = `${FIXTURES}/audio/demo-tone.mp3`;


/** Sets the story's width (`parameters.width`) without showing up in the docs' code snippets. */
const withWidth = (story: () => unknown, { parameters }: { parameters: Record<string, unknown> }) =>
  html`<div style="max-inline-size: ${(parameters.width as string | undefined) ?? '32rem'}">${story()}</div>`;

const stations = (count: number): Track[] =>
  Array.from({ length: count }, (_, i) => ({
    title: `Station ${String(i + 1).padStart(6, '0')}`,
    subtitle: ['News', 'Jazz', 'Talk', 'Classical', 'Pop'][i % 5],
    src: `${AUDIO}?station=${i + 1}`,
    live: true,
  }));

const meta: Meta<Args> = {
  title: 'Elements/Radio playlist',
  component: 'radio-playlist',
  tags: ['autodocs'],
  args: { ...args, items: undefined, labels: undefined, src: `${LISTS}/demo.json` },
  argTypes: {
    ...argTypes,
    layout: { ...argTypes.layout, control: { type: 'select' }, options: [...RADIO_PLAYLIST_LAYOUTS] },
    theme: { ...argTypes.theme, control: { type: 'select' }, options: ['', 'light', 'dark'] },
    items: { ...argTypes.items, control: { type: 'object' } },
  },
  render: (storyArgs) => template(storyArgs),
  decorators: [withWidth],
  parameters: {
    docs: {
      description: {
        component:
          'Stations and mixes that play through the page\'s one shared player. Data from `src` (JSON, M3U, ' +
          'PLS, XSPF), the `items` property, inline JSON or plain links. Keyboard: a listbox (arrows, ' +
          'Home/End, type-ahead, Enter/Space play or pause). Long lists are virtualized.',
      },
    },
  },
};
export default meta;

export const Default: Story = {
  parameters: {
    docs: {
      description: {
        story: 'A JSON playlist (`src`). Its `javascript:` entry is skipped and counted in `nr-load`.',
      },
    },
  },
};

export const Grid: Story = {
  args: { layout: 'grid' },
  parameters: { width: '48rem', docs: { description: { story: 'Cover cards; ←/→ move by one, ↑/↓ by a row.' } } },
};

export const Compact: Story = {
  args: { layout: 'compact' },
  parameters: { width: '16rem', docs: { description: { story: 'Small rows for a 240 px sidebar.' } } },
};

export const Searchable: Story = {
  args: { searchable: true, filter: 'jazz' },
  parameters: {
    docs: { description: { story: '`searchable` shows a filter box; `filter` filters by title and subtitle.' } },
  },
};

export const FromPlaylistFile: Story = {
  name: 'From an M3U file',
  args: { src: `${LISTS}/demo.m3u` },
  parameters: {
    docs: { description: { story: 'Extended M3U with `tvg-logo`, `group-title`, `#EXTIMG` and relative entries.' } },
  },
};

export const InlineJson: Story = {
  render: () => html`<radio-playlist>
    <script type="application/json">
      [
        { "title": "City Radio", "subtitle": "News", "src": "test/fixtures/audio/demo-tone.mp3?inline=1", "cover": "test/fixtures/images/cover-1.svg", "live": true },
        { "title": "Night Shift", "subtitle": "DJ Aurora", "src": "test/fixtures/audio/demo-tone.mp3?inline=2", "duration": 5425 }
      ]
    </script>
  </radio-playlist>`,
  parameters: { docs: { description: { story: 'Data from a `<script type="application/json">` child.' } } },
};

export const LightDomLinks: Story = {
  name: 'Light DOM links',
  render: () => html`<radio-playlist layout="compact">
    <ul>
      <li><a href="${AUDIO}?link=1" data-cover="${FIXTURES}/images/cover-1.svg" data-subtitle="News" data-live>City Radio</a></li>
      <li><a href="${AUDIO}?link=2" data-cover="${FIXTURES}/images/cover-2.svg" data-subtitle="Jazz FM" data-live>Evening Jazz</a></li>
      <li><a href="${AUDIO}?link=3" data-duration="3540">Morning Show</a></li>
    </ul>
  </radio-playlist>`,
  parameters: {
    width: '16rem',
    docs: {
      description: {
        story: 'Plain links: without JavaScript they are a list of links to the streams; with it, they become the data.',
      },
    },
  },
};

export const LongList: Story = {
  name: '100,000 stations (virtualized)',
  render: () => html`<radio-playlist searchable .items=${stations(100_000)}></radio-playlist>`,
  parameters: {
    docs: {
      description: {
        story: 'Only the visible rows are in the DOM; End, type-ahead ("Station 050") and filtering still reach every row.',
      },
    },
  },
};

export const SharedPlayer: Story = {
  name: 'Two playlists, one player',
  render: () => html`<div style="display: grid; gap: 1rem">
    <radio-playlist layout="compact" .items=${stations(3)}></radio-playlist>
    <radio-playlist layout="compact" src="${LISTS}/demo.m3u"></radio-playlist>
  </div>`,
  parameters: {
    docs: { description: { story: 'Starting a row in one list stops the row playing in the other: they share one player.' } },
  },
};

export const Loading: Story = {
  args: { src: PENDING_PATH.slice(1), timeout: 0 },
  parameters: { docs: { description: { story: 'While `src` loads: a skeleton of rows (`status="loading"`).' } } },
};

export const Empty: Story = {
  args: { src: undefined },
  render: () => html`<radio-playlist .items=${[]}></radio-playlist>`,
  parameters: { docs: { description: { story: 'No tracks: `status="empty"`; replace the text with `slot="empty"`.' } } },
};

export const ErrorState: Story = {
  name: 'Error',
  args: { src: `${LISTS}/missing.m3u` },
  parameters: {
    // The element logs the failure once (with URL and cause) and the browser reports the 404:
    // both are what this story is about.
    checkStories: { allowConsoleErrors: ['missing.m3u'] },
    docs: { description: { story: 'Loading failed: a message and a Retry button (`status="error"`, `nr-error`).' } },
  },
};

export const Themed: Story = {
  render: (storyArgs) => html`
    <style>
      .nr-demo-themed {
        --nr-color-surface: #fdf6e3;
        --nr-color-text: #073642;
        --nr-color-muted: #4a5a60;
        --nr-color-accent: #0b5cad;
        --nr-color-border: #d9cfb0;
        --nr-radius: 1rem;
        --nr-font-family: Georgia, 'Times New Roman', serif;
        --nr-radio-playlist-cover-size: 3.5rem;
      }
    </style>
    <div class="nr-demo-themed">${template(storyArgs)}</div>
  `,
  parameters: { docs: { description: { story: 'Only `--nr-*` custom properties, set on a container.' } } },
};

export const Parts: Story = {
  render: (storyArgs) => html`
    <style>
      .nr-demo-parts radio-playlist::part(item) {
        border-block-end: 1px dashed #8a8f98;
        border-radius: 0;
      }
      .nr-demo-parts radio-playlist::part(cover) {
        border-radius: 50%;
      }
      .nr-demo-parts radio-playlist::part(live-badge) {
        background: #1b5e20;
        color: #fff;
      }
    </style>
    <div class="nr-demo-parts">${template(storyArgs)}</div>
  `,
  parameters: { docs: { description: { story: 'Styled from outside with `::part(item)`, `::part(cover)`, `::part(live-badge)`.' } } },
};

export const Dark: Story = {
  args: { theme: 'dark' },
  render: (storyArgs) => html`<div style="background: #0f1115; padding: 1rem; border-radius: 0.5rem">${template(storyArgs)}</div>`,
  parameters: { docs: { description: { story: '`theme="dark"` forces the dark scheme.' } } },
};

export const RTL: Story = {
  render: () => html`<div dir="rtl" lang="ar">
    <radio-playlist
      .items=${[
        { title: 'إذاعة المدينة', subtitle: 'أخبار', src: `${AUDIO}?ar=1`, cover: `${FIXTURES}/images/cover-1.svg`, live: true },
        { title: 'برنامج الصباح', subtitle: 'حوارات', src: `${AUDIO}?ar=2`, duration: 3540 },
      ]}
    ></radio-playlist>
  </div>`,
  parameters: { docs: { description: { story: 'Mirrored in `dir="rtl"`; durations are formatted for the `lang` in force.' } } },
};
