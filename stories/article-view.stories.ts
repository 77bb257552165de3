import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { getStorybookHelpers } from '@wc-toolkit/storybook-helpers';
import { html } from 'lit';
import type { Article, ArticleView } from '../src/index.js';
import { PENDING_PATH } from './support/pending-fetch.js';

/*
 * Every source format, read from the test fixtures (served at /test/fixtures by Storybook's
 * staticDirs and by @web/test-runner from the repo root). The URLs are relative so a Storybook
 * deployed under a sub-path works too; the fixtures' images and links are local, so stories
 * make no outside request.
 */
const { args, argTypes, template } = getStorybookHelpers<ArticleView>('article-view');

type Args = Record<string, unknown>;
type Story = StoryObj<Args>;

const AV = 'test/fixtures/article-view';
const IMG = 'test/fixtures/images';


/** Sets the story's width (`parameters.width`) without showing up in the docs' code snippets. */
const withWidth = (story: () => unknown, { parameters }: { parameters: Record<string, unknown> }) =>
  html`<div style="max-inline-size: ${(parameters.width as string | undefined) ?? '52rem'}">${story()}</div>`;

const meta: Meta<Args> = {
  title: 'Elements/Article view',
  component: 'article-view',
  tags: ['autodocs'],
  args: { ...args, article: undefined, lang: 'en-GB' },
  argTypes: {
    ...argTypes,
    theme: { ...argTypes.theme, control: { type: 'select' }, options: ['', 'light', 'dark'] },
    'heading-level': { ...argTypes['heading-level'], control: { type: 'number', min: 1, max: 6, step: 1 } },
    article: { ...argTypes.article, control: { type: 'object' } },
  },
  render: (storyArgs) => template(storyArgs),
  decorators: [withWidth],
  parameters: {
    docs: {
      description: {
        component:
          'A whole article for single-post pages. Give it `src` (WordPress REST, RSS, Atom, JSON Feed, ' +
          'JSON-LD), inline JSON, the `article` property, or plain markup. The sanitized body lands in the ' +
          'light DOM, and `NewsArticle` + `BreadcrumbList` JSON-LD is emitted next to it for search engines.',
      },
    },
  },
};
export default meta;

export const WordPress: Story = {
  args: { src: `${AV}/post.json` },
  parameters: {
    docs: {
      description: {
        story: 'A single WordPress REST post with `_embed`: breadcrumb from the category parents, featured image with `srcset`, author avatar, table, quote, code.',
      },
    },
  },
};

export const WordPressList: Story = {
  name: 'WordPress list + index',
  args: { src: `${AV}/posts.json`, index: 1 },
  parameters: { docs: { description: { story: '`/wp-json/wp/v2/posts` with `index="1"`: the second post.' } } },
};

export const RSS: Story = {
  args: { src: `${AV}/feed.xml` },
  parameters: { docs: { description: { story: 'RSS 2.0 with `content:encoded`, `dc:creator` and `media:content`.' } } },
};

export const Atom: Story = {
  args: { src: `${AV}/atom.xml` },
  parameters: { docs: { description: { story: 'Atom 1.0 with `xml:base` and relative links; the updated date shows.' } } },
};

export const JSONFeed: Story = {
  name: 'JSON Feed',
  args: { src: `${AV}/feed.json` },
  parameters: { docs: { description: { story: 'JSON Feed 1.1: image, author with avatar, tags as the category.' } } },
};

export const JSONLD: Story = {
  name: 'JSON-LD',
  args: { src: `${AV}/article.jsonld` },
  parameters: { docs: { description: { story: 'A schema.org `NewsArticle` in an `@graph`, with its `BreadcrumbList`.' } } },
};

export const InlineJSON: Story = {
  name: 'Inline JSON',
  render: (storyArgs) =>
    template(
      storyArgs,
      html`<script type="application/json">
        {
          "title": "Inline data: the article travels with the page",
          "categories": [{ "name": "Station news", "url": "/news/station/" }],
          "published": "2026-03-14",
          "author": { "name": "Lena Berg" },
          "bodyHtml": "<p>A <code>script type=application/json</code> child works like <code>src</code>, without a request.</p>"
        }
      </script>`,
    ),
};

export const LightDom: Story = {
  name: 'Light DOM',
  render: (storyArgs) =>
    template(
      storyArgs,
      html`
        <nav><a href="/">Home</a><a href="/sport/">Sport</a></nav>
        <h1>Harbour rowing club wins the spring regatta</h1>
        <p>By <a rel="author" href="/author/efua/">Efua Asante</a>, <time datetime="2026-04-12">12 April 2026</time></p>
        <figure>
          <img src="${IMG}/cover-3.svg" alt="An abstract vinyl record on a magenta and yellow background" width="1200" height="675" />
          <figcaption>The crew after the final.</figcaption>
        </figure>
        <p>The eight from the harbour club crossed the line two lengths ahead of the defending champions.</p>
        <h2>A season of early mornings</h2>
        <p>The crew trained at six every morning since January, the coach said.</p>
      `,
    ),
  parameters: {
    docs: {
      description: {
        story: 'No `src`: the markup inside the element is what visitors and crawlers get without JavaScript, and the data afterwards.',
      },
    },
  },
};

export const LongArticle: Story = {
  args: { src: `${AV}/long.json` },
  parameters: { docs: { description: { story: 'Long text with subheadings: typography for reading, and a reading time of several minutes.' } } },
};

export const MissingImage: Story = {
  args: { src: `${AV}/no-image.json` },
  parameters: { docs: { description: { story: 'No image: no figure and no empty box.' } } },
};

export const PasswordProtected: Story = {
  args: { src: `${AV}/protected.json` },
  parameters: { docs: { description: { story: 'A password-protected WordPress post has no body: a message shows instead.' } } },
};

export const Loading: Story = {
  args: { src: PENDING_PATH.slice(1) },
  parameters: { docs: { description: { story: 'While `src` loads: a skeleton in the shape of the article (`status="loading"`).' } } },
};

export const Empty: Story = {
  args: { src: 'test/fixtures/empty-feed.xml' },
  parameters: { docs: { description: { story: 'A feed without items: `status="empty"`; replace the text with `slot="empty"`.' } } },
};

export const ErrorState: Story = {
  name: 'Error',
  args: { src: `${AV}/missing.json` },
  parameters: {
    // The element logs the failure once (with URL and cause) and the browser reports the 404:
    // both are what this story is about.
    checkStories: { allowConsoleErrors: ['missing.json'] },
    docs: { description: { story: 'A 404: the message, a Retry button, `status="error"` and `nr-error`.' } },
  },
};

const arabic: Article = {
  title: 'مجلس المدينة يوافق على ميزانية جديدة للطرق والمدارس',
  url: 'https://example.com/ar/news/budget',
  categories: [
    { name: 'أخبار', url: 'https://example.com/ar/news/' },
    { name: 'سياسة', url: 'https://example.com/ar/news/politics/', parent: 'أخبار' },
  ],
  published: '2026-03-14',
  modified: '2026-03-15',
  author: { name: 'أمينة أوكافور', url: 'https://example.com/ar/author/amina/' },
  image: { src: `${IMG}/cover-1.svg`, alt: 'ميكروفون استوديو أمام سماء بلون الغروب', width: 1200, height: 675, caption: 'الاستوديو عند الغروب.' },
  bodyHtml:
    '<p>وافق مجلس المدينة على ميزانية عام ٢٠٢٦ مساء الخميس بعد نقاش استمر تسع ساعات تقريباً.</p>' +
    '<h2>ما الذي يتغير</h2><ul><li>مزيد من الأموال لإصلاح الطرق</li><li>مدرستان جديدتان في الحي الشمالي</li></ul>' +
    '<blockquote><p>«إنها ميزانية للشوارع التي نقود عليها فعلاً»، قال رئيس البلدية.</p></blockquote>',
};

const arabicLabels = {
  breadcrumb: 'مسار التنقل',
  writtenBy: 'بقلم',
  updated: 'حُدّث في',
  readingTime: 'مدة القراءة {time}',
  share: 'شارك المقال',
  copyLink: 'نسخ الرابط',
  copied: 'تم نسخ الرابط.',
  shareX: 'شارك على X',
  shareFacebook: 'شارك على فيسبوك',
  shareWhatsapp: 'شارك على واتساب',
  shareEmail: 'شارك بالبريد',
};

export const RTL: Story = {
  render: () =>
    html`<div dir="rtl" lang="ar">
      <article-view home-label="الرئيسية" .labels=${arabicLabels} .article=${arabic}></article-view>
    </div>`,
  parameters: {
    docs: {
      description: { story: 'Inside `dir="rtl" lang="ar"`: mirrored layout, Arabic dates and reading time, every text replaced through `labels`.' },
    },
  },
};

export const Dark: Story = {
  args: { src: `${AV}/post.json`, theme: 'dark' },
  render: (storyArgs) => html`<div style="background: #0f1115; padding: 1rem; border-radius: 0.5rem">${template(storyArgs)}</div>`,
  parameters: {
    docs: { description: { story: '`theme="dark"` forces the dark scheme; the light-DOM body follows it.' } },
  },
};

export const NarrowColumn: Story = {
  args: { src: `${AV}/post.json`, show: 'breadcrumb category title date author image body share' },
  parameters: {
    width: '240px',
    docs: { description: { story: 'In a 240 px column: everything wraps, the table scrolls inside its box.' } },
  },
};

export const OnlySomeParts: Story = {
  args: { src: `${AV}/post.json`, show: 'title date body' },
  parameters: { docs: { description: { story: '`show="title date body"`: only the listed pieces.' } } },
};

export const Themed: Story = {
  args: {
    src: `${AV}/post.json`,
    '--nr-color-surface': '#fdf6e3',
    '--nr-color-text': '#073642',
    '--nr-color-muted': '#4a5a60',
    '--nr-color-accent': '#0b5cad',
    '--nr-color-border': '#d9cfb0',
    '--nr-font-family': 'Georgia, "Times New Roman", serif',
    '--nr-article-view-max-width': '40rem',
  },
  parameters: { docs: { description: { story: 'Only `--nr-*` custom properties; set them on `body` to theme every element at once.' } } },
};
