/**
 * Runs `fn` when the page is next idle (at the latest after `timeout` ms, when given); Safari,
 * without `requestIdleCallback`, gets a 5 ms slice 50 ms later. `fn` receives the milliseconds
 * left in the idle period. Returns a function that cancels the call.
 * @internal
 */
export function whenIdle(fn: (timeLeft: () => number) => void, timeout?: number): () => void {
  if (typeof requestIdleCallback === 'function') {
    const id = requestIdleCallback((deadline) => fn(() => deadline.timeRemaining()), timeout ? { timeout } : undefined);
    return () => cancelIdleCallback(id);
  }
  const id = setTimeout(() => {
    const end = performance.now() + 5;
    fn(() => end - performance.now());
  }, 50);
  return () => clearTimeout(id);
}
