import { expect } from '@open-wc/testing';
import { safeLinkUrl, safeUrl } from '../../src/core/url.js';

/** What `safeUrl` must return: the browser's own parse, http(s) only. */
function reference(url: string, base: string, schemes = ['http:', 'https:']): string | undefined {
  const trimmed = url.trim();
  if (!trimmed) return undefined;
  try {
    const u = new URL(trimmed, base);
    return schemes.includes(u.protocol) ? u.href : undefined;
  } catch {
    return undefined;
  }
}

const BASES = ['https://radio.example/shows/index.html', 'http://127.0.0.1:8000/a/b?x=1#y', 'http://user:pw@radio.example:8080/', 'file:///tmp/page.html'];

// Shaped like the URLs the fast path takes, and their near misses that must be parsed.
const URLS = [
  'https://cdn.example.com/a/b.mp3',
  'http://stream.example.com:8000/live',
  'http://stream.example.com:80/live',
  'https://stream.example.com:443/live',
  'https://stream.example.com:0443/live',
  'https://stream.example.com:65536/live',
  'http://a-b.c-d.example/x?y=1&z=2/3?4',
  'http://a--b.example/x',
  'http://xn--nxasmq6b.example/x',
  'http://xn--a.example/x',
  'http://-a.example/x',
  'http://a-.example/x',
  'http://1.2.3.4/x',
  'http://1.2.3.999/x',
  'http://example.0x1f/x',
  'http://example.com./x',
  'http://EXAMPLE.com/x',
  'HTTP://example.com/x',
  'http://example.com',
  'http://example.com?x',
  'http://user@example.com/x',
  'http://example.com/a/./b',
  'http://example.com/a/../b',
  'http://example.com/a/..',
  'http://example.com/a/.',
  'http://example.com/a/.../b/.hidden',
  'http://example.com/a%2e%2E/b',
  'http://example.com/a b',
  "http://example.com/it's?q='x'",
  'http://example.com/a"b<c>d`e{f}g|h^i[j]k',
  'http://example.com/a#frag',
  'http://example.com/é',
  'http://example.com/a\\b',
  'http://exa mple.com/x',
  'javascript:alert(1)',
  'java\tscript:alert(1)',
  ' \u0000javascript:alert(1)',
  'data:audio/wav;base64,AAAA',
  'mailto:a@example.com',
  '/bench/assets/tone.wav?t=12',
  '/a/b.mp3',
  '/',
  '//evil.example/x',
  '/\\evil.example/x',
  '/\t/evil.example/x',
  '/a/../b',
  '/a?b=../c',
  '/a/.',
  'a/b.mp3',
  '../a.mp3',
  '?x=1',
  '  /padded.mp3  ',
  '',
  '   ',
];

describe('safeUrl', () => {
  it('returns exactly what the browser URL parser gives (http(s) only), for every shape and base', () => {
    for (const base of BASES) {
      for (const url of URLS) {
        expect(safeUrl(url, base), `${JSON.stringify(url)} against ${base}`).to.equal(reference(url, base));
        expect(safeLinkUrl(url, base), `link ${JSON.stringify(url)} against ${base}`).to.equal(reference(url, base, ['http:', 'https:', 'mailto:']));
      }
    }
  });

  it('never lets a non-http(s) URL through', () => {
    for (const url of ['javascript:alert(1)', 'JaVaScRiPt:alert(1)', 'java\nscript:x', 'vbscript:x', 'data:text/html,x', 'blob:https://a.example/x']) {
      expect(safeUrl(url, 'https://radio.example/')).to.equal(undefined);
    }
    expect(safeUrl('/x', 'file:///tmp/')).to.equal(undefined);
    expect(safeUrl(42)).to.equal(undefined);
  });
});
