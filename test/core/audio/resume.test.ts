import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../../src/index.js';
import type { AudioBar } from '../../../src/components/audio-bar/audio-bar.js';
import type { AudioStore } from '../../../src/core/audio/audio-store.js';
import { storageKey } from '../../../src/core/audio/persist.js';
import { disposePlayer, getPlayer } from '../../../src/core/audio/player.js';
import type { Player } from '../../../src/core/audio/types.js';
import { advances, click, ON_DEMAND, part, until, visibleText } from '../../support/pages.js';

/*
 * A full reload with `persist`: the first engine plays and saves to localStorage; the page's
 * players are then disposed (as a reload would drop them) and a NEW engine of the same name
 * starts from that storage. The bar must offer "Resume <title>" and play only on that click.
 */

type Store = Player & AudioStore;

describe('<audio-bar persist>: resume after a reload', function () {
  this.timeout(60000);
  let name = '';

  beforeEach(() => {
    name = `resume-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 6)}`;
    localStorage.removeItem(storageKey(name));
  });
  afterEach(() => {
    disposePlayer(name);
    localStorage.removeItem(storageKey(name));
  });

  it('shows "Resume <title>", never autoplays, and one click plays on from the saved position', async () => {
    const first = getPlayer(name) as Store;
    first.setMuted(true);
    const bar1 = await fixture<AudioBar>(html`<audio-bar player=${name} persist src=${ON_DEMAND} heading="Morning Show"></audio-bar>`);
    expect(part(bar1, 'resume-button'), 'no resume before any reload').to.equal(null);
    await click(part(bar1, 'play-button')!);
    await advances(first, first.media, 1);
    await click(part(bar1, 'play-button')!);
    const paused = await until(first, (s) => s.status === 'paused', 'paused');
    const saved = paused.position;
    expect(saved).to.be.greaterThan(0.5);
    bar1.remove();
    disposePlayer(name); // the "reload": this page's engine is gone, localStorage stays

    const bar2 = await fixture<AudioBar>(html`<audio-bar player=${name} persist></audio-bar>`);
    const again = getPlayer(name) as Store;
    expect(again).not.to.equal(first);
    await bar2.updateComplete;
    const resume = part(bar2, 'resume-button');
    expect(resume, 'resume button').to.exist;
    expect(visibleText(bar2)).to.include('Resume Morning Show');
    expect(again.getState().status).to.equal('paused');
    expect(again.getState().error).to.equal(null);
    expect(again.media.paused).to.equal(true);
    expect(again.media.hasAttribute('src'), 'nothing loaded before the click').to.equal(false);
    await expect(bar2).to.be.accessible();

    await click(resume!);
    const t = await advances(again, again.media, 0.5);
    expect(t).to.be.at.least(saved); // continued, not restarted
    await bar2.updateComplete;
    expect(part(bar2, 'resume-button')).to.equal(null);
  });

  it('offers no resume when nothing was saved', async () => {
    const bar = await fixture<AudioBar>(html`<audio-bar player=${name} persist></audio-bar>`);
    await bar.updateComplete;
    expect(part(bar, 'resume-button')).to.equal(null);
    expect(visibleText(bar)).not.to.include('Resume');
  });

  it('takes the label from `labels`', async () => {
    localStorage.setItem(storageKey(name), JSON.stringify({ v: 1, volume: 1, muted: true, track: { title: 'Radio Uno', src: ON_DEMAND } }));
    const bar = await fixture<AudioBar>(html`<audio-bar player=${name} persist .labels=${{ resume: 'Weiterhören: {title}' }}></audio-bar>`);
    await waitUntil(() => part(bar, 'resume-button'), 'resume button');
    expect(visibleText(bar)).to.include('Weiterhören: Radio Uno');
  });
});
