// Chrome DevTools Protocol helpers: main-thread time, heap after a forced GC, DOM counters.

/** Opens a CDP session on `page` with performance metrics on (thread CPU time when supported). */
export async function attach(page) {
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
  } catch {
    await cdp.send('Performance.enable');
  }
  return cdp;
}

/** Main-thread durations (ms) and counters from `Performance.getMetrics`. */
export async function metrics(cdp) {
  const { metrics: list } = await cdp.send('Performance.getMetrics');
  const m = Object.fromEntries(list.map((x) => [x.name, x.value]));
  return {
    task: (m.TaskDuration ?? 0) * 1000,
    script: (m.ScriptDuration ?? 0) * 1000,
    layout: (m.LayoutDuration ?? 0) * 1000,
    style: (m.RecalcStyleDuration ?? 0) * 1000,
  };
}

/** `b - a` for every field. */
export const delta = (a, b) => Object.fromEntries(Object.keys(b).map((k) => [k, b[k] - (a[k] ?? 0)]));

/** Forces full garbage collections, then reads the JS heap (bytes) and the DOM counters. */
export async function heapAfterGc(cdp) {
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  let counters = {};
  try {
    counters = await cdp.send('Memory.getDOMCounters');
  } catch {
    /* older protocol: no counters */
  }
  return { heap: usedSize, nodes: counters.nodes ?? null, listeners: counters.jsEventListeners ?? null, documents: counters.documents ?? null };
}

/**
 * Waits until the page has done (almost) no main-thread work for 100 ms, and at least `atLeast` ms
 * in all; at most 3 s. Returns the main-thread ms the page spent meanwhile (`deferred`: work done
 * after its render, such as idle callbacks), the ms waited and whether the page did settle.
 */
export async function settle(cdp, page, { atLeast = 0 } = {}) {
  const t0 = Date.now();
  const start = await metrics(cdp);
  let prev = start;
  for (;;) {
    await page.waitForTimeout(100);
    const m = await metrics(cdp);
    const ms = Date.now() - t0;
    const settled = m.task - prev.task < 1 && ms >= atLeast;
    if (settled || ms > 3000) return { deferred: m.task - start.task, ms, settled };
    prev = m;
  }
}
