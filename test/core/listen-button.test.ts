import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../../src/index.js';
import type { ArticleView } from '../../src/components/article-view/article-view.js';
import type { AudioBar } from '../../src/components/audio-bar/audio-bar.js';
import type { NewsCard } from '../../src/components/news-card/news-card.js';
import type { Article } from '../../src/core/article.js';
import type { AudioStore } from '../../src/core/audio/audio-store.js';
import { disposePlayer, getPlayer } from '../../src/core/audio/player.js';
import type { Player } from '../../src/core/audio/types.js';
import { advances, click, ON_DEMAND, part, text } from '../support/pages.js';

/*
 * News → audio: a card or article with an audio enclosure shows "Listen", which plays the audio
 * in the shared player (real audio from test/support/audio-servers.js, muted for Firefox
 * headless), and the bar shows the article's title linking back to it.
 */

type Store = Player & AudioStore;
const names: string[] = [];
let n = 0;
function fresh(): { name: string; player: Store } {
  const name = `listen-${Date.now().toString(36)}-${n++}`;
  names.push(name);
  const player = getPlayer(name) as Store;
  player.setMuted(true);
  return { name, player };
}

const episode = (over: Partial<Article> = {}): Article => ({
  title: 'Storm report, evening edition',
  url: '/news/storm-report/',
  categories: [{ name: 'Weather' }],
  image: { src: '/test/fixtures/images/cover-1.svg', alt: '' },
  audio: { src: ON_DEMAND, duration: 60 },
  ...over,
});

describe('Listen button (news → audio)', function () {
  this.timeout(60000);

  afterEach(() => {
    for (const name of names.splice(0)) disposePlayer(name);
  });

  it('shows on a card whose RSS item has an enclosure, and not on the others', async () => {
    const withAudio = await fixture<NewsCard>(html`<news-card src="/test/fixtures/feed.xml" index="1"></news-card>`);
    if (withAudio.status !== 'ready') await oneEvent(withAudio, 'nr-load');
    await withAudio.updateComplete;
    const button = part(withAudio, 'listen-button');
    expect(button, 'listen button').to.exist;
    expect(text(button)).to.equal('Listen');
    expect(button!.getAttribute('aria-label')).to.equal('Listen: Morning Show, episode 12: the budget explained');
    expect(withAudio.resolvedArticle.audio?.src).to.match(/morning-show-ep-12\.mp3$/);
    await expect(withAudio).to.be.accessible();

    const without = await fixture<NewsCard>(html`<news-card src="/test/fixtures/feed.xml" index="0"></news-card>`);
    if (without.status !== 'ready') await oneEvent(without, 'nr-load');
    await without.updateComplete;
    expect(part(without, 'title'), 'the card rendered').to.exist;
    expect(part(without, 'listen-button')).to.equal(null);
  });

  it('plays the card article audio in the shared engine; the bar shows the title linking back', async () => {
    const { name, player } = fresh();
    const [card, bar] = await Promise.all([
      fixture<NewsCard>(html`<news-card player=${name} .article=${episode()}></news-card>`),
      fixture<AudioBar>(html`<audio-bar player=${name}></audio-bar>`),
    ]);
    await card.updateComplete;
    await click(part(card, 'listen-button')!);
    await advances(player, player.media, 0.5);
    const track = player.getState().track!;
    expect(track.src).to.equal(new URL(ON_DEMAND, document.baseURI).href);
    expect(player.media.currentSrc).to.equal(track.src);
    expect(track.title).to.equal('Storm report, evening edition');
    expect(track.subtitle).to.equal('Weather');
    await bar.updateComplete;
    const title = part<HTMLAnchorElement>(bar, 'title')!;
    expect(title.tagName).to.equal('A');
    expect(text(title)).to.equal('Storm report, evening edition');
    expect(title.href).to.equal(new URL('/news/storm-report/', document.baseURI).href);
    expect(part<HTMLImageElement>(bar, 'cover')!.src).to.match(/cover-1\.svg$/);
  });

  it('works in <article-view>, with the label from `labels`', async () => {
    const { name, player } = fresh();
    const view = await fixture<ArticleView>(
      html`<article-view player=${name} .article=${episode({ bodyHtml: '<p>Text</p>' })} .labels=${{ listen: 'Anhören' }}></article-view>`,
    );
    await waitUntil(() => part(view, 'listen-button'), 'listen button in article-view');
    expect(text(part(view, 'listen-button'))).to.equal('Anhören');
    await expect(view).to.be.accessible();
    await click(part(view, 'listen-button')!);
    await advances(player, player.media, 0.5);
    expect(player.getState().track?.link).to.equal(new URL('/news/storm-report/', document.baseURI).href);
  });

  it('shows no button for an unsafe audio URL', async () => {
    const card = await fixture<NewsCard>(html`<news-card .article=${episode({ audio: { src: 'javascript:alert(1)' } })}></news-card>`);
    await card.updateComplete;
    expect(part(card, 'title')).to.exist;
    expect(part(card, 'listen-button')).to.equal(null);
  });
});
