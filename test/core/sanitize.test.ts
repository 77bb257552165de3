import { expect } from '@open-wc/testing';
import { EMBED_HOSTS, htmlToText, sanitizeHtml } from '../../src/core/sanitize.js';
import { findUnsafe, installTrap, loadPayloads, settle } from '../support/xss-helpers.js';

const BASE = 'https://news.example/2026/03/post/';
const html = (frag: DocumentFragment) => {
  const div = document.createElement('div');
  div.append(frag);
  return div;
};
const clean = (input: string, opts?: Parameters<typeof sanitizeHtml>[1]) => html(sanitizeHtml(input, { baseUrl: BASE, ...opts }));

describe('sanitizeHtml', () => {
  it('returns a DocumentFragment', () => {
    expect(sanitizeHtml('<p>x</p>')).to.be.instanceOf(DocumentFragment);
  });

  describe('allowlist', () => {
    it('keeps article structure: paragraphs, headings, lists, quotes, code, tables, figures', () => {
      const input = `<h2>Sub</h2><h3>Sub 3</h3><p>Text <em>em</em> <strong>strong</strong> <b>b</b> <i>i</i> <u>u</u> <s>s</s> <mark>m</mark> <small>s</small> <sub>1</sub><sup>2</sup><br>next</p>
        <ul><li>one</li></ul><ol start="3" reversed><li>two</li></ol><blockquote cite="/source"><p>Quote</p><cite>Someone</cite></blockquote>
        <pre><code>let x = 1;</code></pre><hr><table><caption>Votes</caption><thead><tr><th scope="col">Party</th></tr></thead><tbody><tr><td colspan="2">31</td></tr></tbody></table>
        <figure><img src="a.jpg" alt="A" width="800" height="450"><figcaption>Caption</figcaption></figure>`;
      const out = clean(input);
      for (const sel of ['h2', 'h3', 'p', 'em', 'strong', 'b', 'i', 'u', 's', 'mark', 'small', 'sub', 'sup', 'br', 'ul li', 'ol[start="3"][reversed] li', 'blockquote p', 'blockquote cite', 'pre code', 'hr', 'table caption', 'th[scope="col"]', 'td[colspan="2"]', 'figure img', 'figcaption']) {
        expect(out.querySelector(sel), sel).to.exist;
      }
      expect(out.querySelector('blockquote')!.getAttribute('cite')).to.equal('https://news.example/source');
    });

    it('keeps <picture> sources and <details> blocks', () => {
      const out = clean('<picture><source srcset="a.avif 1x" type="image/avif" media="(min-width: 600px)"><source srcset="javascript:x 1x"><img src="a.jpg" alt="A"></picture><details open ontoggle="x()"><summary>More</summary><p>Hidden</p></details>');
      const sources = out.querySelectorAll('picture source');
      expect(sources).to.have.length(1);
      expect(sources[0].getAttribute('srcset')).to.equal('https://news.example/2026/03/post/a.avif 1x');
      expect(sources[0].getAttribute('media')).to.equal('(min-width: 600px)');
      expect(out.querySelector('details summary')!.textContent).to.equal('More');
      expect(out.querySelector('details')!.hasAttribute('ontoggle')).to.equal(false);
    });

    it('demotes h1 to h2 (the article title is the page h1)', () => {
      const out = clean('<h1 id="top" lang="fr">Titre <em>x</em></h1>');
      expect(out.querySelector('h1')).to.equal(null);
      const h2 = out.querySelector('h2')!;
      expect(h2.textContent).to.equal('Titre x');
      expect(h2.getAttribute('lang')).to.equal('fr');
      expect(h2.querySelector('em')).to.exist;
    });

    it('removes style attributes, style elements, classes, data and aria attributes', () => {
      const out = clean('<style>p{color:red}</style><p style="position:fixed;inset:0" class="wp-block" data-x="1" aria-hidden="true" role="dialog">T</p>');
      expect(out.innerHTML).to.equal('<p>T</p>');
    });

    it('removes forms and controls but keeps their text', () => {
      const out = clean('<form action="https://evil.invalid"><label>Password <input type="password" name="p"></label><button>Log in</button><select><option>a</option></select><textarea>t</textarea></form>');
      expect(out.querySelector('form, input, button, select, textarea, label, option')).to.equal(null);
      expect(out.textContent).to.contain('Password').and.contain('Log in');
    });

    it('removes scripts, SVG, MathML, object, embed, base, meta and link with their content', () => {
      const out = clean('<script>x()</script><svg><circle r="1"/></svg><math><mi>x</mi></math><object data="a"></object><embed src="a"><base href="https://evil.invalid/"><meta http-equiv="refresh" content="0"><link rel="stylesheet" href="a.css"><noscript>ns</noscript><template><p>t</p></template>ok');
      expect(out.innerHTML).to.equal('ok');
    });

    it('prefixes ids and rewrites in-page links to match, so nothing clashes with the page', () => {
      const out = clean('<p id="fn1">Note</p><a href="#fn1">1</a><p id="location">x</p><p id="bad id">y</p>');
      expect(out.querySelector('#nr-fn1')).to.exist;
      expect(out.querySelector('a')!.getAttribute('href')).to.equal('#nr-fn1');
      expect(out.querySelector('[id="location"], [id="bad id"]')).to.equal(null);
    });

    it('keeps only numeric width/height', () => {
      const out = clean('<img src="a.jpg" width="800" height="x;y">');
      const img = out.querySelector('img')!;
      expect(img.getAttribute('width')).to.equal('800');
      expect(img.hasAttribute('height')).to.equal(false);
    });
  });

  describe('URLs', () => {
    it('resolves relative URLs against baseUrl', () => {
      const out = clean('<a href="../other/">o</a><img src="img/a.jpg" srcset="img/a-300.jpg 300w, /img/a-1024.jpg 1024w"><video poster="p.jpg" src="v.mp4"></video>');
      expect(out.querySelector('a')!.getAttribute('href')).to.equal('https://news.example/2026/03/other/');
      expect(out.querySelector('img')!.getAttribute('src')).to.equal('https://news.example/2026/03/post/img/a.jpg');
      expect(out.querySelector('img')!.getAttribute('srcset')).to.equal('https://news.example/2026/03/post/img/a-300.jpg 300w, https://news.example/img/a-1024.jpg 1024w');
      expect(out.querySelector('video')!.getAttribute('poster')).to.equal('https://news.example/2026/03/post/p.jpg');
    });

    it('drops javascript:, data:, vbscript: and other schemes everywhere', () => {
      const out = clean(`<a href="javascript:alert(1)">a</a><a href=" JaVa&#x09;script:alert(1)">b</a><a href="data:text/html,x">c</a><a href="vbscript:x">d</a><a href="ftp://x/">e</a>
        <img src="data:image/png;base64,iVBORw0KGgo="><img src="x.jpg" srcset="ok.jpg 2x, javascript:alert(1) 1x, data:image/png,x 3x"><blockquote cite="javascript:x">q</blockquote><video poster="javascript:x" src="data:video/mp4,x"></video>`);
      for (const a of out.querySelectorAll('a')) expect(a.hasAttribute('href'), a.textContent!).to.equal(false);
      expect(out.querySelectorAll('img')).to.have.length(1);
      expect(out.querySelector('img')!.getAttribute('srcset')).to.equal('https://news.example/2026/03/post/ok.jpg 2x');
      expect(out.querySelector('blockquote')!.hasAttribute('cite')).to.equal(false);
      expect(out.querySelector('video')!.hasAttribute('poster')).to.equal(false);
      expect(out.querySelector('video')!.hasAttribute('src')).to.equal(false);
      expect(findUnsafe(out)).to.deep.equal([]);
    });

    it('lets mailto: through on links only', () => {
      const out = clean('<a href="mailto:desk@news.example">mail</a><img src="mailto:x@y">');
      expect(out.querySelector('a')!.getAttribute('href')).to.equal('mailto:desk@news.example');
      expect(out.querySelector('img')).to.equal(null);
    });

    it('adds rel="noopener noreferrer" to links and target only to external ones when asked', () => {
      const local = new URL('/local/', location.href).href;
      const out = clean(`<a href="https://other.example/">ext</a><a href="${local}">int</a><a href="mailto:a@b.c">m</a><a href="https://x.example" target="_top">t</a>`, { externalLinkTarget: '_blank' });
      const [ext, int, mail, t] = out.querySelectorAll('a');
      expect(ext.getAttribute('rel')).to.equal('noopener noreferrer');
      expect(ext.getAttribute('target')).to.equal('_blank');
      expect(int.getAttribute('rel')).to.equal('noopener noreferrer');
      expect(int.hasAttribute('target')).to.equal(false);
      expect(mail.hasAttribute('target')).to.equal(false);
      expect(t.getAttribute('target')).to.equal('_blank');
      const none = clean('<a href="https://other.example/" target="_blank">x</a>');
      expect(none.querySelector('a')!.hasAttribute('target')).to.equal(false);
    });

    it('uses the page URL when no baseUrl is given', () => {
      const out = html(sanitizeHtml('<a href="rel">x</a>'));
      expect(out.querySelector('a')!.getAttribute('href')).to.equal(new URL('rel', document.baseURI).href);
    });
  });

  describe('media and embeds', () => {
    it('makes images lazy and gives them an alt', () => {
      const img = clean('<img src="a.jpg">').querySelector('img')!;
      expect(img.getAttribute('loading')).to.equal('lazy');
      expect(img.getAttribute('decoding')).to.equal('async');
      expect(img.getAttribute('alt')).to.equal('');
    });

    it('keeps iframes from allowed embed hosts, sandboxed, lazy and with a referrer policy', () => {
      const out = clean('<iframe src="https://www.youtube.com/embed/abc?feature=oembed" width="640" height="360" allow="autoplay; clipboard-write" allowfullscreen onload="x()" srcdoc="<b>x</b>" style="border:0"></iframe>');
      const f = out.querySelector('iframe')!;
      expect(f.getAttribute('src')).to.equal('https://www.youtube.com/embed/abc?feature=oembed');
      expect(f.getAttribute('sandbox')).to.equal('allow-scripts allow-same-origin allow-presentation allow-popups');
      expect(f.getAttribute('loading')).to.equal('lazy');
      expect(f.getAttribute('referrerpolicy')).to.equal('strict-origin-when-cross-origin');
      expect(f.getAttribute('allow')).to.equal('encrypted-media; fullscreen; picture-in-picture');
      expect(f.getAttribute('title')).to.equal('Embedded content');
      for (const a of ['srcdoc', 'onload', 'style']) expect(f.hasAttribute(a), a).to.equal(false);
    });

    it('accepts every documented embed host (with its embed path) over https', () => {
      for (const host of ['player.vimeo.com/video/1', 'w.soundcloud.com/player/?url=x', 'open.spotify.com/embed/episode/1', 'www.youtube-nocookie.com/embed/x', 'www.mixcloud.com/widget/iframe/', 'player.simplecast.com/abc']) {
        expect(clean(`<iframe src="https://${host}"></iframe>`).querySelector('iframe'), host).to.exist;
      }
      expect(EMBED_HOSTS).to.include('player.vimeo.com');
    });

    it('removes other iframes: unknown hosts, http, non-embed paths, javascript:, srcdoc only', () => {
      for (const src of ['https://evil.invalid/embed', 'http://www.youtube.com/embed/x', 'https://www.youtube.com/watch?v=x', 'https://open.spotify.com/track/1', 'javascript:alert(1)', '']) {
        expect(clean(`<iframe src="${src}"></iframe>`).querySelector('iframe'), src).to.equal(null);
      }
      expect(clean('<iframe srcdoc="<script>x</script>"></iframe>').querySelector('iframe')).to.equal(null);
    });

    it('forces controls on audio and video and drops autoplay', () => {
      const out = clean('<audio src="a.mp3" autoplay loop></audio><video autoplay><source src="v.mp4" type="video/mp4"><source src="javascript:x"></video>');
      const audio = out.querySelector('audio')!;
      expect(audio.hasAttribute('controls')).to.equal(true);
      expect(audio.hasAttribute('autoplay')).to.equal(false);
      expect(audio.getAttribute('src')).to.equal('https://news.example/2026/03/post/a.mp3');
      expect(out.querySelector('video')!.hasAttribute('controls')).to.equal(true);
      expect(out.querySelectorAll('source')).to.have.length(1);
    });
  });

  describe('live document', () => {
    let trap: ReturnType<typeof installTrap>;
    beforeEach(() => (trap = installTrap()));
    afterEach(() => trap.restore());

    it('runs none of the corpus payloads once inserted into the page', async () => {
      const payloads = await loadPayloads();
      expect(payloads.length).to.be.at.least(120);
      const container = document.createElement('div');
      document.body.append(container);
      try {
        for (const p of payloads) {
          const box = document.createElement('div');
          box.append(sanitizeHtml(p, { baseUrl: BASE }));
          container.append(box);
        }
        await settle(container);
        expect(trap.hits).to.deep.equal([]);
        expect(findUnsafe(container)).to.deep.equal([]);
      } finally {
        container.remove();
      }
    });

    it('does not create live DOM while sanitizing (an onerror in the input never fires)', async () => {
      sanitizeHtml('<img src=x onerror="__xss(1)"><svg onload="__xss(2)"></svg>');
      htmlToText('<img src=x onerror="__xss(3)"><iframe src="javascript:__xss(4)"></iframe>');
      await settle(document.body);
      expect(trap.hits).to.deep.equal([]);
    });
  });
});

describe('htmlToText', () => {
  it('decodes entities and strips tags', () => {
    expect(htmlToText('Council&#8217;s budget: roads &#038; schools &amp; <em>more</em>&hellip;')).to.equal('Council’s budget: roads & schools & more…');
  });

  it('separates blocks with a space and collapses whitespace', () => {
    expect(htmlToText('<p>One</p><p>Two<br>three</p>\n\n<ul><li>a</li><li>b</li></ul>')).to.equal('One Two three a b');
  });

  it('drops the content of script, style and template', () => {
    expect(htmlToText('a<script>var x = "<b>";</script><style>p{}</style><template>t</template>b')).to.equal('ab');
  });

  it('returns plain text unchanged (trimmed) and handles null', () => {
    expect(htmlToText('  plain   text ')).to.equal('plain text');
    expect(htmlToText(null)).to.equal('');
    expect(htmlToText('5 < 6')).to.equal('5 < 6');
  });
});
