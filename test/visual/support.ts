/**
 * Shared set-up of the screenshot tests (test/visual/*.visual.ts, run by
 * web-test-runner.visual.config.js; see docs/visual-regression.md). Not a test file itself.
 *
 * Deterministic by construction: a fixed 1024×768 viewport, the light colour scheme, reduced
 * motion (baseStyles turns every animation and transition off inside the shadow roots; a page
 * style does it outside them), no text caret, en-GB dates, every image loaded eagerly and decoded,
 * embedded frames blanked (their pages are third-party), fonts loaded and every Lit element's
 * update finished before the screenshot. The fonts are the
 * machine's own system fonts: baselines are made with Debian's Chromium, as CI uses.
 */
import { waitUntil } from '@open-wc/testing';
import { emulateMedia, resetMouse, setViewport } from '@web/test-runner-commands';
import { visualDiff } from '@web/test-runner-visual-regression';

export const VIEWPORT = { width: 1024, height: 768 } as const;

const PAGE_STYLE = `
  *, *::before, *::after {
    animation: none !important;
    transition: none !important;
    caret-color: transparent !important;
  }
  body { margin: 0; font-family: system-ui, sans-serif; }
  .nr-visual-frame { display: block; padding: 16px; background: #ffffff; color: #1b1c1f; }
  .nr-visual-frame[theme='dark'] { color-scheme: dark; background: #0e1013; color: #e8e9ed; }
`;

/** Viewport, media features, page style and language: call in `before()`. */
export async function prepare(): Promise<void> {
  await setViewport(VIEWPORT);
  await emulateMedia({ colorScheme: 'light', reducedMotion: 'reduce' });
  await resetMouse();
  document.documentElement.lang = 'en-GB';
  if (!document.getElementById('nr-visual-style')) {
    const style = document.createElement('style');
    style.id = 'nr-visual-style';
    style.textContent = PAGE_STYLE;
    document.head.append(style);
  }
}

/** Every element at or below `root`, through open shadow roots. */
function deepElements(root: Element): Element[] {
  const out: Element[] = [];
  const visit = (node: Element | ShadowRoot) => {
    for (const el of node.querySelectorAll('*')) {
      out.push(el);
      if (el.shadowRoot) visit(el.shadowRoot);
    }
  };
  out.push(root);
  if (root.shadowRoot) visit(root.shadowRoot);
  visit(root);
  return out;
}

const frame = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));

/** Waits until an element's reflected `status` is no longer `loading` (or unset). */
export const settled = (el: Element, expected = 'ready') =>
  waitUntil(() => el.getAttribute('status') === expected, `${el.localName} never became ${expected}`, { timeout: 20000 });

/**
 * Waits until nothing below `root` changes any more: Lit updates done, every image (lazy ones
 * switched to eager) loaded and decoded, fonts ready. Repeats because a finished update can
 * render new images or elements.
 */
export async function settle(root: Element): Promise<void> {
  for (let round = 0; round < 3; round++) {
    const els = deepElements(root);
    await Promise.all(els.map((el) => (el as Element & { updateComplete?: Promise<unknown> }).updateComplete));
    // Embeds (a sanitized article's YouTube player…) show third-party pages, offline or not:
    // their frame stays, filled with a plain grey page.
    const frames = els.filter((el): el is HTMLIFrameElement => el instanceof HTMLIFrameElement && !el.hasAttribute('data-nr-visual'));
    await Promise.all(
      frames.map((iframe) => {
        iframe.setAttribute('data-nr-visual', '');
        const loaded = new Promise((resolve) => iframe.addEventListener('load', resolve, { once: true }));
        iframe.srcdoc = '<body style="margin:0;background:#c8cbd0"></body>';
        return loaded;
      }),
    );
    const images = els.filter((el): el is HTMLImageElement => el instanceof HTMLImageElement);
    for (const img of images) if (img.loading === 'lazy') img.loading = 'eager';
    await Promise.all(images.map((img) => img.decode().catch(() => undefined)));
    await document.fonts.ready;
    await frame();
  }
  const broken = deepElements(root).filter((el) => el instanceof HTMLImageElement && el.currentSrc && !el.naturalWidth);
  if (broken.length) throw new Error(`images failed to load: ${broken.map((img) => (img as HTMLImageElement).currentSrc).join(', ')}`);
}

/** Settles `el` and compares its screenshot with the baseline `name`. */
export async function snapshot(el: Element, name: string): Promise<void> {
  await settle(el);
  await visualDiff(el, name);
}
