// Koa middleware for the loader tests (registered in web-test-runner.config.js), all under /__fault/:
//   /__fault/status/<code>                       answers <code> with a short text body
//   /__fault/slow?ms=<n>&file=<fixture>          waits n ms, then serves test/fixtures/<fixture>
//   /__fault/as?type=<content-type>&file=<f>     serves test/fixtures/<f> with that Content-Type (sniffing tests)
//   /__fault/counted?key=<k>&file=<f>&ms=<n>     same as slow (kept for readable tests)
//   any route with key=<k>                       counts requests per key;
//   /__fault/count?key=<k>                       → {"count": n, "closedEarly": m} (slow answers the client dropped before they came)
//   /__fault/echo                                → {"accept": <the request's Accept header>}
//   /__fault/big?mb=<n>                          an RSS feed of about n MB, generated per request (not committed)
//   /__fault/redirect?to=<path>                  302 to <path>
import { readFile } from 'node:fs/promises';
import { resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const FIXTURES = fileURLToPath(new URL('../fixtures', import.meta.url));
const counts = new Map();
const TYPES = { xml: 'application/rss+xml', json: 'application/json', jsonld: 'application/ld+json', html: 'text/html' };

const fixture = async (name) => {
  const path = resolve(FIXTURES, String(name || ''));
  if (!path.startsWith(FIXTURES + sep)) throw Object.assign(new Error('outside fixtures'), { status: 403 });
  return readFile(path);
};

function wait(ctx, ms) {
  return new Promise((done) => {
    const timer = setTimeout(() => done(true), ms);
    ctx.res.once('close', () => {
      if (!ctx.res.writableEnded) {
        clearTimeout(timer);
        done(false);
      }
    });
  });
}

function bigFeed(mb) {
  const item = (i) => `<item>
  <title>Item ${i}: council &amp; schools, part ${i}</title>
  <link>/big/${i}/</link>
  <guid isPermaLink="false">big-${i}</guid>
  <pubDate>Sat, 14 Mar 2026 08:${String(i % 60).padStart(2, '0')}:00 +0000</pubDate>
  <dc:creator><![CDATA[Reporter ${i % 7}]]></dc:creator>
  <category>News</category>
  <description><![CDATA[<p>${'Lorem ipsum dolor sit amet, consectetur adipiscing elit. '.repeat(12)}</p>]]></description>
  <media:content url="/images/${i}.jpg" medium="image" width="1200" height="675"/>
</item>\n`;
  const head = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:media="http://search.yahoo.com/mrss/"><channel><title>Big</title><link>/</link><description>Big feed</description>\n`;
  const parts = [head];
  let size = head.length;
  for (let i = 0; size < mb * 1024 * 1024; i++) {
    const s = item(i);
    parts.push(s);
    size += s.length;
  }
  parts.push('</channel></rss>\n');
  return parts.join('');
}

export async function feedFaultMiddleware(ctx, next) {
  if (!ctx.path.startsWith('/__fault/')) return next();
  const q = ctx.query;
  const [, , route, arg] = ctx.path.split('/');
  ctx.set('Cache-Control', 'no-store');
  const key = q.key === undefined ? undefined : String(q.key);
  if (key !== undefined && route !== 'count') {
    const entry = counts.get(key) ?? { count: 0, closedEarly: 0 };
    counts.set(key, { ...entry, count: entry.count + 1 });
  }
  try {
    switch (route) {
      case 'status': {
        ctx.status = Number(arg) || 500;
        ctx.type = 'text/plain';
        ctx.body = `Fault ${ctx.status}`;
        return;
      }
      case 'slow':
      case 'counted': {
        const body = await fixture(q.file ?? 'feed.xml');
        if (!(await wait(ctx, Number(q.ms ?? 0)))) {
          const e = key !== undefined && counts.get(key);
          if (e) e.closedEarly++;
          ctx.status = 204;
          return;
        }
        ctx.type = q.type ?? TYPES[String(q.file ?? 'feed.xml').split('.').pop()] ?? 'application/octet-stream';
        ctx.body = body;
        return;
      }
      case 'count': {
        ctx.type = 'application/json';
        ctx.body = JSON.stringify(counts.get(key) ?? { count: 0, closedEarly: 0 });
        return;
      }
      case 'echo': {
        ctx.type = 'application/json';
        ctx.body = JSON.stringify({ accept: ctx.get('accept') });
        return;
      }
      case 'as': {
        ctx.body = await fixture(q.file);
        ctx.type = String(q.type ?? 'application/octet-stream');
        return;
      }
      case 'big': {
        ctx.type = 'application/rss+xml';
        ctx.body = bigFeed(Number(q.mb ?? 5));
        return;
      }
      case 'redirect': {
        ctx.status = 302;
        ctx.set('Location', String(q.to ?? '/'));
        return;
      }
      default:
        ctx.status = 404;
    }
  } catch (e) {
    ctx.status = e.status ?? (e.code === 'ENOENT' ? 404 : 500);
    ctx.body = String(e.message);
  }
}
