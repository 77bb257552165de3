// Shared by test/core/sanitize.test.ts and test/core/xss-corpus.test.ts.

/** The corpus in test/fixtures/xss/payloads.txt, with "\u{…}" escapes decoded. */
export async function loadPayloads(): Promise<string[]> {
  const text = await (await fetch('/test/fixtures/xss/payloads.txt')).text();
  return text
    .split('\n')
    .filter((line) => line.trim() && !line.startsWith('#'))
    .map((line) => line.replace(/\\u\{([0-9a-f]+)\}/gi, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16))));
}

type Win = Window & { __xss?: (...args: unknown[]) => void };

/**
 * Installs the trap every payload calls (`__xss()`, and `alert`/`prompt`/`confirm`/`print` for
 * payloads that only spell "alert" after decoding). Returns the list of hits and a restore function.
 */
export function installTrap() {
  const w = window as Win;
  const hits: string[] = [];
  const saved = { alert: w.alert, prompt: w.prompt, confirm: w.confirm, print: w.print };
  const hit = (name: string) => (...args: unknown[]) => {
    hits.push(`${name}(${args.map(String).join(',')})`);
    return undefined as never;
  };
  w.__xss = hit('__xss');
  Object.assign(w, { alert: hit('alert'), prompt: hit('prompt'), confirm: hit('confirm'), print: hit('print') });
  return {
    hits,
    restore() {
      delete w.__xss;
      Object.assign(w, saved);
    },
  };
}

const nextFrame = () => new Promise<void>((r) => requestAnimationFrame(() => r()));

/**
 * Gives inserted content the chance to fire what it would fire: waits until a broken image and a
 * loading iframe appended after it have reported (their events are queued after the content's
 * own image/iframe/media errors), then two animation frames (CSS animations start, autofocus runs),
 * then one more short task turn for animationend of zero-length animations.
 */
export async function settle(container: Element) {
  const img = document.createElement('img');
  img.src = `/__fault/status/200?sentinel=${Math.random()}`; // text, not an image: fires error
  const frame = document.createElement('iframe');
  frame.src = '/__fault/status/200';
  const done = Promise.all([
    new Promise((r) => img.addEventListener('error', r, { once: true })),
    new Promise((r) => frame.addEventListener('load', r, { once: true })),
  ]);
  container.append(img, frame);
  await done;
  await nextFrame();
  await nextFrame();
  await new Promise((r) => setTimeout(r, 50));
  img.remove();
  frame.remove();
}

const URL_ATTRS = ['href', 'src', 'action', 'formaction', 'xlink:href', 'srcset', 'poster', 'cite', 'data', 'background', 'lowsrc', 'dynsrc', 'srcdoc'];
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0020\u007f-\u00a0\u1680\u180e\u2000-\u200b\u2028\u2029\u205f\u3000\ufeff]/g;

/** Every element under `root`, through open shadow roots and template-free. */
export function* allElements(root: ParentNode): Generator<Element> {
  for (const el of root.querySelectorAll('*')) {
    yield el;
    if (el.shadowRoot) yield* allElements(el.shadowRoot);
  }
}

/**
 * Problems a payload left behind: a URL attribute whose value is a `javascript:`, `vbscript:` or
 * `data:` URL (after removing what browsers ignore), any `on*` attribute, and any element that
 * can run or embed script.
 */
export function findUnsafe(root: ParentNode): string[] {
  const problems: string[] = [];
  for (const el of allElements(root)) {
    for (const attr of el.attributes) {
      const name = attr.name.toLowerCase();
      if (name.startsWith('on')) problems.push(`<${el.localName} ${name}>`);
      if (URL_ATTRS.includes(name) || name.endsWith(':href')) {
        const values = name === 'srcset' ? attr.value.split(',').map((c) => c.trim().split(/\s+/)[0]) : [attr.value];
        for (const v of values) {
          const compact = v.replace(CONTROL, '').toLowerCase();
          if (/^(?:javascript|vbscript|data|livescript):/.test(compact)) problems.push(`<${el.localName} ${name}="${attr.value}">`);
        }
      }
    }
    // Our own controls are buttons with a documented `*-button` part (e.g. news-card's Listen); content never gets a part.
    const ownControl = el.localName === 'button' && /(^|\s)[a-z-]+-button(\s|$)/.test(el.getAttribute('part') ?? '');
    if (!ownControl && ['script', 'object', 'embed', 'frame', 'frameset', 'base', 'meta', 'link', 'style', 'form', 'input', 'button', 'textarea', 'select'].includes(el.localName)) {
      // Our own components' shadow roots never contain these (Lit styles are adopted sheets).
      problems.push(`<${el.localName}>`);
    }
  }
  return problems;
}
