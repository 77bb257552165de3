import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { getStorybookHelpers } from '@wc-toolkit/storybook-helpers';
import { html, type TemplateResult } from 'lit';
import { NEWS_CARD_LAYOUTS, type NewsCard } from '../src/index.js';
import { PENDING_PATH } from './support/pending-fetch.js';

/*
 * Controls, docs table, events (Actions panel), CSS custom property and ::part() controls all
 * come from custom-elements.json through @wc-toolkit/storybook-helpers. Attribute args use the
 * attribute names (`image-alt`, `heading-level`), exactly what a Customizer or plain HTML writes.
 * Images are the shared test fixtures (served at /test/fixtures by Storybook's staticDirs and by
 * @web/test-runner from the repo root); the URLs are relative so a Storybook deployed under a
 * sub-path works too.
 */
const { args, argTypes, template } = getStorybookHelpers<NewsCard>('news-card');

type Args = Record<string, unknown>;
type Story = StoryObj<Args>;

const FIXTURES = 'test/fixtures';
const IMG = `${FIXTURES}/images`;


const sample: Args = {
  heading: 'City council approves new night-bus routes after months of debate',
  href: 'https://example.com/news/politics/night-bus-routes',
  image: `${IMG}/cover-1.svg`,
  'image-alt': 'A studio microphone in front of a sunset-coloured sky',
  category: 'Politics',
  'category-href': 'https://example.com/news/politics',
  date: '2026-11-26',
  excerpt:
    'Three new lines will run every 20 minutes between midnight and 5 a.m. from January, connecting the ' +
    'university district, the harbour and the two hospitals. Opposition members called the budget ' +
    'optimistic; the transport authority says ridership data supports it.',
  author: 'Amina Okafor',
};

/** Sets the story's width (`parameters.width`) without showing up in the docs' code snippets. */
const withWidth = (story: () => unknown, { parameters }: { parameters: Record<string, unknown> }) =>
  html`<div style="max-inline-size: ${(parameters.width as string | undefined) ?? '22rem'}">${story()}</div>`;

const meta: Meta<Args> = {
  title: 'Elements/News card',
  component: 'news-card',
  tags: ['autodocs'],
  args: { ...args, article: undefined },
  argTypes: {
    ...argTypes,
    layout: { ...argTypes.layout, control: { type: 'select' }, options: [...NEWS_CARD_LAYOUTS] },
    theme: { ...argTypes.theme, control: { type: 'select' }, options: ['', 'light', 'dark'] },
    'heading-level': { ...argTypes['heading-level'], control: { type: 'number', min: 2, max: 6, step: 1 } },
    article: { ...argTypes.article, control: { type: 'object' } },
  },
  render: (storyArgs) => template(storyArgs),
  decorators: [withWidth],
  parameters: {
    docs: {
      description: {
        component:
          'Teaser for one article. Set attributes, the `article` property, or put plain markup inside ' +
          'the element (see *Light DOM*). Lays out as `vertical`, `horizontal`, `compact` or `overlay`, ' +
          'and fits anything from a 240 px sidebar to a full column through container queries.',
      },
    },
  },
};
export default meta;

export const Default: Story = {
  args: { ...sample },
};

export const Horizontal: Story = {
  args: {
    ...sample,
    layout: 'horizontal',
    heading: 'Morning show moves to a new studio with a window on the market square',
    image: `${IMG}/cover-2.svg`,
    'image-alt': 'A city skyline at night with radio waves above it',
    category: 'Station news',
    'category-href': 'https://example.com/news/station',
  },
  parameters: {
    width: '48rem',
    docs: {
      description: {
        story: 'Image beside the text. Below a 28rem container width it falls back to the vertical layout.',
      },
    },
  },
};

export const Compact: Story = {
  args: { ...sample, layout: 'compact' },
  parameters: {
    docs: { description: { story: 'Title and date only, for sidebars and "latest news" lists.' } },
  },
};

export const Overlay: Story = {
  args: {
    ...sample,
    layout: 'overlay',
    heading: 'Festival weekend: the full line-up for the open-air stage',
    image: `${IMG}/cover-3.svg`,
    'image-alt': 'An abstract vinyl record on a magenta and yellow background',
    category: 'Culture',
    'category-href': 'https://example.com/news/culture',
  },
  parameters: { width: '28rem' },
};

export const MissingImage: Story = {
  args: { ...sample, image: '', 'image-alt': '' },
  parameters: {
    docs: { description: { story: 'Without an image the card keeps its padding and shows text only.' } },
  },
};

export const LongTitle: Story = {
  args: {
    ...sample,
    heading:
      'Donaudampfschifffahrtselektrizitätenhauptbetriebswerkbauunterbeamtengesellschaft announces ' +
      'that the https://example.com/a/very/long/path/without/any/break/opportunities/at/all report is ' +
      'now public, and the mayor says the findings are "deeply concerning" for the whole region',
    category: 'Investigations and long-form reporting',
    author: 'Maximiliane Wolkenkratzer-Schwanengesang',
    excerpt: 'Pneumonoultramicroscopicsilicovolcanoconiosis '.repeat(4) + sample.excerpt,
  },
  parameters: {
    docs: {
      description: { story: 'Very long words break instead of overflowing; the excerpt is clamped to three lines.' },
    },
  },
};

export const RTL: Story = {
  args: {
    ...sample,
    heading: 'مجلس المدينة يوافق على خطوط حافلات ليلية جديدة بعد أشهر من النقاش',
    'image-alt': 'ميكروفون استوديو أمام سماء بلون الغروب',
    category: 'سياسة',
    excerpt:
      'ستعمل ثلاثة خطوط جديدة كل عشرين دقيقة بين منتصف الليل والخامسة صباحاً اعتباراً من يناير، ' +
      'لتربط الحي الجامعي بالميناء والمستشفيين.',
    author: 'أمينة أوكافور',
  },
  render: (storyArgs) => html`
    <div dir="rtl" lang="ar" style="display: grid; gap: 1rem">
      ${template(storyArgs)}
      <news-card
        layout="compact"
        heading="الإذاعة تطلق برنامجاً صباحياً جديداً"
        href="https://example.com/ar/news/2"
        date="2026-11-25"
      ></news-card>
    </div>
  `,
  parameters: {
    docs: {
      description: {
        story: 'Inside `dir="rtl" lang="ar"`: the layout mirrors and the date is formatted in Arabic.',
      },
    },
  },
};

export const Dark: Story = {
  args: { ...sample, theme: 'dark' },
  render: (storyArgs) => html`
    <div style="background: #0f1115; padding: 1rem; border-radius: 0.5rem">${template(storyArgs)}</div>
  `,
  parameters: {
    width: '24rem',
    docs: {
      description: {
        story: '`theme="dark"` forces the dark scheme; without it the page\'s `color-scheme` applies (`theme="auto"`: the visitor\'s preference).',
      },
    },
  },
};

const sidebarItems: [string, string][] = [
  ['Traffic: roadworks on the ring road until Friday', '2026-11-25'],
  ['Weekend weather: sunshine and a cold north wind', '2026-11-24'],
  ['Local choir wins the national competition', '2026-11-23'],
];

export const NarrowSidebar: Story = {
  args: { ...sample, layout: 'horizontal', 'heading-level': 3 },
  render: (storyArgs) => html`
    <aside aria-labelledby="sidebar-title" style="inline-size: 240px; display: grid; gap: 0.75rem">
      <h2 id="sidebar-title" style="margin: 0; font-size: 1rem">Latest news</h2>
      ${template(storyArgs)}
      ${sidebarItems.map(
        ([heading, date], i) => html`<news-card
          layout="compact"
          heading=${heading}
          href="https://example.com/news/${i + 2}"
          date=${date}
        ></news-card>`,
      )}
    </aside>
  `,
  parameters: {
    width: 'none',
    docs: {
      description: {
        story: 'In a 240 px widget area: even `layout="horizontal"` stacks vertically, compact cards list below.',
      },
    },
  },
};

const lightDomMarkup: TemplateResult = html`
  <a rel="category tag" href="https://example.com/news/community">Community</a>
  <h3><a href="https://example.com/news/community/food-bank">Food bank doubles its opening hours for winter</a></h3>
  <img
    src="${IMG}/cover-2.svg"
    alt="A city skyline at night with radio waves above it"
    width="1200"
    height="675"
  />
  <time datetime="2026-11-20">20 November 2026</time>
  <p>Volunteers will now open the doors on weekday evenings as well as Saturday mornings.</p>
  <a rel="author" href="https://example.com/author/jonas">Jonas Berg</a>
`;

export const LightDom: Story = {
  args: {},
  render: (storyArgs) => template(storyArgs, lightDomMarkup),
  parameters: {
    docs: {
      description: {
        story:
          'No attributes: the data is plain markup inside the element, which is also what visitors and ' +
          'crawlers get before (or without) the script.',
      },
    },
  },
};

export const Themed: Story = {
  args: { ...sample },
  // Tokens set on a container (or on `body`, to theme every element at once); scoped to this
  // story's wrapper so the docs page's other cards stay untouched.
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
        --nr-news-card-title-size: 1.375rem;
        --nr-news-card-excerpt-lines: 2;
      }
    </style>
    <div class="nr-demo-themed">${template(storyArgs)}</div>
  `,
  parameters: {
    docs: {
      description: {
        story: 'Only `--nr-*` custom properties, set on a container; set them on `body` to theme every element at once.',
      },
    },
  },
};

export const Parts: Story = {
  args: { ...sample },
  render: (storyArgs) => html`
    <style>
      .nr-demo-parts news-card::part(card) {
        box-shadow: 0 0.5rem 1.5rem rgb(0 0 0 / 0.15);
      }
      .nr-demo-parts news-card::part(image) {
        filter: saturate(1.3);
      }
      .nr-demo-parts news-card::part(category) {
        background: #b3261e;
        color: #fff;
        padding: 0.125rem 0.5rem;
        border-radius: 999px;
      }
      .nr-demo-parts news-card::part(title) {
        font-style: italic;
        letter-spacing: -0.01em;
      }
      .nr-demo-parts news-card::part(meta) {
        text-transform: uppercase;
        font-size: 0.75rem;
      }
    </style>
    <div class="nr-demo-parts">${template(storyArgs)}</div>
  `,
  parameters: {
    docs: {
      description: {
        story: 'Styled from outside with `news-card::part(card)`, `::part(category)`, `::part(title)`, …',
      },
    },
  },
};

export const FromFeed: Story = {
  // Item 1 of the fixture has no featured image (the others point at an offline host).
  args: { src: `${FIXTURES}/wp-posts.json`, index: 1 },
  parameters: {
    docs: {
      description: {
        story:
          'Data from a WordPress REST response (`src`, item `index`). Attributes still win over feed data, ' +
          'so a Customizer can retitle one item without losing the rest of it.',
      },
    },
  },
};

export const Loading: Story = {
  args: { src: PENDING_PATH.slice(1), timeout: 0 },
  parameters: {
    docs: {
      description: {
        story: 'While `src` loads: a skeleton of the final size (`status="loading"`), so nothing shifts when it arrives.',
      },
    },
  },
};

export const Empty: Story = {
  args: { src: `${FIXTURES}/empty-feed.xml` },
  parameters: {
    docs: { description: { story: 'The feed has no item at `index`: `status="empty"` and a short message.' } },
  },
};

export const ErrorState: Story = {
  name: 'Error',
  args: { src: `${FIXTURES}/missing.json` },
  parameters: {
    // The element logs the failure once (with URL and cause) and the browser reports the 404:
    // both are what this story is about.
    checkStories: { allowConsoleErrors: ['missing.json'] },
    docs: {
      description: {
        story: 'Loading failed: a human message and a Retry button (`status="error"`, `nr-error` event).',
      },
    },
  },
};
