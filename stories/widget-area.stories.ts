import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { getStorybookHelpers } from '@wc-toolkit/storybook-helpers';
import { html } from 'lit';
import type { WidgetArea, WidgetLayout } from '../src/index.js';
import { PENDING_PATH } from './support/pending-fetch.js';

/*
 * <widget-area>: a sidebar laid out from a Customizer-style JSON layout. Controls come from
 * custom-elements.json; the `layout` control is the layout's JSON text (the `layout` attribute),
 * so editing it in the Controls panel is what a Customizer does: the area updates live and only
 * what changed is touched. Fixtures are the shared test fixtures (served at test/fixtures).
 */
const { args, argTypes, template } = getStorybookHelpers<WidgetArea>('widget-area');

type Args = Record<string, unknown>;
type Story = StoryObj<Args>;

const FIXTURES = 'test/fixtures';

const sidebarLayout: WidgetLayout = [
  {
    widget: 'radio-playlist',
    id: 'radio',
    title: 'On air & mixes',
    attributes: { src: `${FIXTURES}/widget-area/playlist.json` },
  },
  {
    widget: 'news-card',
    id: 'latest-1',
    title: 'Latest news',
    attributes: { layout: 'compact', heading: 'Harbour ferry gets a night timetable from January', href: 'https://example.com/?p=103', date: '2026-11-22', 'heading-level': 3 },
  },
  {
    widget: 'news-card',
    id: 'latest-2',
    attributes: { layout: 'compact', heading: 'Market square reopens after eight months of repairs', href: 'https://example.com/?p=102', date: '2026-11-20', 'heading-level': 3 },
  },
  {
    widget: 'html',
    id: 'about',
    title: 'About FlowFM',
    content: '<p>FlowFM 92.7 broadcasts news, highlife and late-night mixes from Station Road. <a href="https://example.com/contact/">Send us a message</a>.</p>',
  },
];

const json = (layout: WidgetLayout) => JSON.stringify(layout, null, 2);
const sidebar = json(sidebarLayout);

/** Sets the story's width (`parameters.width`) without showing up in the docs' code snippets. */
const withWidth = (story: () => unknown, { parameters }: { parameters: Record<string, unknown> }) =>
  html`<div style="max-inline-size: ${(parameters.width as string | undefined) ?? '22rem'}">${story()}</div>`;

const meta: Meta<Args> = {
  title: 'Elements/Widget area',
  component: 'widget-area',
  tags: ['autodocs'],
  args: { ...args, layout: undefined },
  argTypes: {
    ...argTypes,
    // The layout attribute is JSON text: the control is a text area, as in a Customizer's code field.
    layout: { ...argTypes.layout, control: { type: 'text' } },
    theme: { ...argTypes.theme, control: { type: 'select' }, options: ['', 'light', 'dark'] },
    'heading-level': { ...argTypes['heading-level'], control: { type: 'number', min: 1, max: 6, step: 1 } },
  },
  render: (storyArgs) => template(storyArgs),
  decorators: [withWidth],
  parameters: {
    docs: {
      description: {
        component:
          'A sidebar or column laid out from a Customizer-style JSON layout (`layout` property or attribute, ' +
          '`src`, or inline `<script type="application/json">`). Widgets are real elements in the light DOM; ' +
          'a new layout changes only what differs, so a playing playlist keeps playing.',
      },
    },
  },
};
export default meta;

export const Default: Story = {
  args: { layout: sidebar },
};

export const Customizer: Story = {
  args: { layout: sidebar, name: 'second-layer' },
  parameters: {
    docs: {
      description: {
        story:
          'Edit `layout` in the Controls panel (the layout JSON): reorder widgets, change a title or an ' +
          'attribute, add `{ "widget": "html", "content": "<p>Hi</p>" }`. Press play in the playlist first: ' +
          'it keeps playing, because unchanged widgets stay the same DOM nodes. A real Customizer sends the ' +
          'same JSON by `postMessage` to an area whose `allow-origin` lists its origin.',
      },
    },
  },
};

export const FromSrc: Story = {
  args: { src: `${FIXTURES}/widget-area/layout.json` },
  parameters: { docs: { description: { story: 'The layout comes from a JSON file (`src`).' } } },
};

export const InlineJson: Story = {
  args: {},
  render: (storyArgs) =>
    template(
      storyArgs,
      html`<script type="application/json">
        [{ "widget": "news-card", "title": "Top story", "attributes": { "heading": "Inline layouts ship with the page", "layout": "compact", "date": "2026-11-24" } }]
      </script>`,
    ),
  parameters: { docs: { description: { story: 'The layout as a `<script type="application/json">` child: no request.' } } },
};

export const Wide: Story = {
  args: {
    layout: json([
      ...sidebarLayout,
      { widget: 'news-card', title: 'Station news', attributes: { layout: 'compact', heading: 'The Morning Drive moves studio', date: '2026-11-17' } },
    ]),
  },
  parameters: {
    width: '75rem',
    docs: { description: { story: 'In a wide container (a footer, a full-width column) the widgets flow into columns.' } },
  },
};

export const Empty: Story = {
  args: {},
  parameters: { docs: { description: { story: 'An area without widgets shows the reference page\'s text (`empty-text` changes it).' } } },
};

export const EmptySlot: Story = {
  args: {},
  render: (storyArgs) => template(storyArgs, html`<p slot="empty">No widgets yet. <a href="https://example.com/wp-admin/customize.php">Open the Customizer</a>.</p>`),
  parameters: { docs: { description: { story: 'The empty text replaced with markup through `slot="empty"`.' } } },
};

export const Loading: Story = {
  args: { src: PENDING_PATH.slice(1) },
  parameters: { docs: { description: { story: 'While `src` loads: a skeleton (`status="loading"`).' } } },
};

export const Error: Story = {
  args: { src: `${FIXTURES}/widget-area/missing.json` },
  parameters: {
    checkStories: { allowConsoleErrors: ['missing.json'] },
    docs: { description: { story: 'The layout could not be loaded: a message and Retry (`status="error"`, `nr-error`).' } },
  },
};

export const RTL: Story = {
  args: {
    layout: json([
      { widget: 'news-card', title: 'آخر الأخبار', attributes: { layout: 'compact', heading: 'مجلس المدينة يوافق على خطوط حافلات ليلية جديدة', href: 'https://example.com/ar/1', date: '2026-11-25' } },
      { widget: 'html', title: 'عن الإذاعة', content: '<p>تبث الإذاعة الأخبار والموسيقى من الميناء القديم.</p>' },
    ]),
  },
  render: (storyArgs) => html`<div dir="rtl" lang="ar">${template(storyArgs)}</div>`,
  parameters: { docs: { description: { story: 'Inside `dir="rtl" lang="ar"`: titles, rules and widgets mirror.' } } },
};

export const DarkAncestor: Story = {
  args: { layout: sidebar },
  render: (storyArgs) => html`<div theme="dark" style="background: #0f1115; padding: 1rem; border-radius: 0.5rem">${template(storyArgs)}</div>`,
  parameters: {
    docs: {
      description: {
        story: '`theme="dark"` on an ancestor: the area and every widget inside take the dark scheme.',
      },
    },
  },
};

export const Themed: Story = {
  args: {
    layout: sidebar,
    '--nr-color-accent': '#0b5cad',
    '--nr-widget-area-title-size': '1rem',
    '--nr-widget-area-title-border': '0',
    '--nr-widget-area-gap': '2rem',
    '--nr-font-family-heading': 'Georgia, "Times New Roman", serif',
  },
  parameters: { docs: { description: { story: 'Only `--nr-*` custom properties.' } } },
};

export const Parts: Story = {
  args: {
    layout: sidebar,
    'widget-part': 'padding: 0.75rem; border: 1px solid #d9dce1; border-radius: 0.75rem;',
    'title-part': 'text-transform: uppercase; letter-spacing: 0.06em; font-size: 0.875rem;',
  },
  parameters: { docs: { description: { story: 'Styled from outside with `widget-area::part(widget)` and `::part(title)`.' } } },
};
