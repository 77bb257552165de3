/*
 * Loading state: a static Storybook cannot hold a request open, so requests for PENDING_PATH
 * never answer (until the element aborts them). Everything else goes to the real fetch.
 * Installed once, by whichever story file loads first.
 */
export const PENDING_PATH = '/__stories__/never-answers.json';
const fetchShimFlag = Symbol.for('newsradio-elements.stories.pending-fetch');
const scope = globalThis as typeof globalThis & { [fetchShimFlag]?: boolean };
if (!scope[fetchShimFlag]) {
  scope[fetchShimFlag] = true;
  const realFetch = globalThis.fetch.bind(globalThis);
  globalThis.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
    const url = new URL(input instanceof Request ? input.url : String(input), document.baseURI);
    if (url.pathname !== PENDING_PATH) return realFetch(input, init);
    const signal = init?.signal ?? (input instanceof Request ? input.signal : undefined);
    return new Promise<Response>((_, reject) => {
      signal?.addEventListener('abort', () => reject(signal.reason), { once: true });
    });
  };
}
