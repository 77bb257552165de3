// Runs inside test/support/trusted-types.html (Trusted Types enforced by its CSP header) and
// posts what happened to the parent test (test/core/trusted-types.test.ts).
import '../../src/components/news-card/news-card.js';
import { loadArticles } from '../../src/core/loaders/news.js';
import { parseArticles } from '../../src/core/loaders/parse-articles.js';
import { htmlToText, sanitizeHtml } from '../../src/core/sanitize.js';

const MARKER = 'tt-enforcement-probe';
const violations: string[] = [];
document.addEventListener('securitypolicyviolation', (e) => {
  if (!e.sample.includes(MARKER)) violations.push(`${e.violatedDirective} ${e.blockedURI} ${e.sample}`);
});

const report: Record<string, unknown> = {};
const frame = () => new Promise((r) => requestAnimationFrame(() => r(undefined)));

async function run() {
  // 1. Is a plain string → HTML sink refused here? (It is in Chromium; not every engine has Trusted Types.)
  try {
    document.createElement('div').innerHTML = `<b>${MARKER}</b>`;
    report.enforced = false;
  } catch {
    report.enforced = true;
  }

  // 2. The sanitizer parses through our policy and returns nodes.
  const body = document.createElement('article');
  body.append(
    sanitizeHtml(
      '<h1>Heading</h1><p>Text <a href="/rel">link</a> <img src="/img.jpg" srcset="/a.jpg 300w" alt="A"></p><iframe src="https://www.youtube.com/embed/x"></iframe><img src=x onerror="__xss()"><script>__xss()</script>',
      { baseUrl: 'https://news.example/post/' },
    ),
  );
  document.body.append(body);
  report.sanitized = {
    h2: body.querySelector('h2')?.textContent,
    href: body.querySelector('a')?.getAttribute('href'),
    iframeSandbox: body.querySelector('iframe')?.getAttribute('sandbox'),
    imgs: body.querySelectorAll('img').length,
    scripts: body.querySelectorAll('script').length,
  };
  report.text = htmlToText('Council&#8217;s <em>budget</em> &amp; more');

  // 3. Every loader path: XML (RSS, Atom), JSON (WordPress, JSON Feed), HTML page with JSON-LD.
  const fixtures = ['feed.xml', 'atom.xml', 'wp-posts.json', 'feed.json', 'article-page.html'];
  report.titles = await Promise.all(fixtures.map(async (f) => (await loadArticles(`/test/fixtures/${f}`))[0].title));
  report.inline = parseArticles('<rss version="2.0"><channel><item><title>Caf&eacute; &lt;b&gt;</title><link>/x</link></item></channel></rss>', 'application/rss+xml', location.href)[0].title;

  // 4. <news-card> renders an article (Lit's own lit-html policy).
  const card = document.createElement('news-card');
  card.article = { title: 'Card <img src=x onerror=__xss()>', url: '/story', excerpt: 'Excerpt', published: '2026-03-14' };
  document.body.append(card);
  await card.updateComplete;
  report.card = card.shadowRoot?.querySelector('[part~="title"]')?.textContent?.trim();

  // 5. A second copy of the policy module (as a second bundle on the page would have) reuses the
  //    policy instead of creating "newsradio-elements" twice (the CSP has no 'allow-duplicates').
  const copy = (await import(/* @vite-ignore */ `../../src/core/trusted-types.ts?copy=${Date.now()}`)) as typeof import('../../src/core/trusted-types.js');
  report.secondCopy = copy.parseDocument('<rss version="2.0"><channel/></rss>', 'application/xml').documentElement.localName;

  // 6. The shared policy refuses to be used outside our parsing.
  const tt = (window as unknown as { trustedTypes?: unknown }).trustedTypes;
  if (tt) {
    const shared = (globalThis as unknown as Record<symbol, { policy?: { createHTML(s: string): unknown } }>)[Symbol.for('newsradio-elements.trusted-types.v1')];
    try {
      shared.policy?.createHTML('<img src=x onerror=__xss()>');
      report.policyOutsideParsing = 'allowed';
    } catch {
      report.policyOutsideParsing = 'refused';
    }
  }

  await frame();
  await frame();
}

(window as unknown as { __xss: () => void }).__xss = () => violations.push('payload ran');
run()
  .catch((e: unknown) => {
    report.error = String((e as Error)?.stack ?? e);
  })
  .finally(() => {
    report.violations = violations;
    parent.postMessage({ type: 'tt-report', report }, '*');
  });
