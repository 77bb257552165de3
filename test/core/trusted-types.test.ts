import { expect } from '@open-wc/testing';

interface Report {
  enforced: boolean;
  sanitized: { h2?: string; href?: string; iframeSandbox?: string; imgs: number; scripts: number };
  text: string;
  titles: string[];
  inline: string;
  card?: string;
  secondCopy: string;
  policyOutsideParsing?: string;
  violations: string[];
  error?: string;
}

/** Loads the probe page (served with Trusted Types enforced) in an iframe and waits for its report. */
async function probe(): Promise<Report> {
  const frame = document.createElement('iframe');
  const report = new Promise<Report>((resolve) => {
    const onMessage = (e: MessageEvent) => {
      if (e.source === frame.contentWindow && e.data?.type === 'tt-report') {
        window.removeEventListener('message', onMessage);
        resolve(e.data.report);
      }
    };
    window.addEventListener('message', onMessage);
  });
  frame.src = '/test/support/trusted-types.html';
  document.body.append(frame);
  try {
    return await report;
  } finally {
    frame.remove();
  }
}

describe('Trusted Types', () => {
  let report: Report;
  before(async () => {
    report = await probe();
  });

  it('the probe page enforces Trusted Types where the engine supports them', () => {
    // Chromium, Firefox 153 and WebKitGTK all enforce; an engine without Trusted Types ignores
    // the directive (feature detection, not a skip: every other assertion still applies).
    expect(report.enforced).to.equal('trustedTypes' in window);
  });

  it('sanitizes, parses every format and renders <news-card> with no violation and no error', () => {
    expect(report.error).to.equal(undefined);
    expect(report.violations).to.deep.equal([]);
    expect(report.sanitized).to.deep.equal({
      h2: 'Heading',
      href: 'https://news.example/rel',
      iframeSandbox: 'allow-scripts allow-same-origin allow-presentation allow-popups',
      imgs: 2,
      scripts: 0,
    });
    expect(report.text).to.equal('Council’s budget & more');
    expect(report.titles).to.deep.equal([
      'Council’s budget: roads & schools win',
      'Behind the budget night & its numbers',
      'Council’s budget: roads & schools win',
      'Morning Show, episode 12: the budget explained',
      'Council’s budget: roads & schools win',
    ]);
    expect(report.inline).to.equal('Café');
    expect(report.card).to.equal('Card <img src=x onerror=__xss()>');
  });

  it('a second copy of the library reuses the one policy (no duplicate policy name)', () => {
    expect(report.secondCopy).to.equal('rss');
  });

  it('the shared policy cannot be used to make HTML outside our own parsing', () => {
    if ('trustedTypes' in window) expect(report.policyOutsideParsing).to.equal('refused');
    else expect(report.policyOutsideParsing).to.equal(undefined);
  });
});
