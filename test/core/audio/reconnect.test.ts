import { expect } from '@open-wc/testing';
import { backoffDelay, cacheBust } from '../../../src/core/audio/reconnect.js';

describe('reconnect backoff', () => {
  it('doubles from 1 s and caps at 30 s, with ±20 % jitter', () => {
    const mid = () => 0.5;
    expect([1, 2, 3, 4, 5, 6, 7, 8].map((n) => backoffDelay(n, 1000, 30000, mid))).to.deep.equal([1000, 2000, 4000, 8000, 16000, 30000, 30000, 30000]);
    expect(backoffDelay(1, 1000, 30000, () => 0)).to.equal(800);
    expect(backoffDelay(6, 1000, 30000, () => 0.999)).to.be.within(35900, 36000);
    for (let i = 0; i < 50; i++) expect(backoffDelay(3, 1000, 30000)).to.be.within(3200, 4800);
  });

  it('cache-busts a URL, keeping its own query', () => {
    const a = new URL(cacheBust('https://radio.example.org/live.mp3?token=x'));
    const b = new URL(cacheBust('https://radio.example.org/live.mp3?token=x'));
    expect(a.searchParams.get('token')).to.equal('x');
    expect(a.searchParams.get('_nr')).to.be.a('string').and.not.equal(b.searchParams.get('_nr'));
    expect(a.pathname).to.equal('/live.mp3');
  });
});
