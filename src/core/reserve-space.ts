/**
 * Keeps page content clear of an element fixed to the top or bottom of the viewport. While the
 * reservation holds, `<body>` gets `padding-block-start` / `-end` equal to its own padding plus
 * the element's current height (tracked with a ResizeObserver), and `<html>` gets the height in
 * `--nr-audio-bar-offset-top` / `--nr-audio-bar-offset-bottom` for the page's own fixed or sticky
 * elements. The returned function restores both. Uses the CSSOM, so it works under a strict CSP.
 * @internal
 */
export function reserveViewportEdge(el: Element, edge: 'top' | 'bottom'): () => void {
  const body = document.body;
  const root = document.documentElement;
  if (!body) return () => {};
  const padding = edge === 'top' ? 'padding-block-start' : 'padding-block-end';
  const offset = `--nr-audio-bar-offset-${edge}`;
  const inline = body.style.getPropertyValue(padding);
  let base: string | undefined;
  // Applied from the observer (its first call comes after the next layout, before that frame is
  // painted), not right away: measuring here would force a layout of the whole page in the middle
  // of the elements' first render.
  const observer = new ResizeObserver((entries) => {
    const box = entries[entries.length - 1]?.borderBoxSize?.[0];
    const height = Math.ceil(box ? box.blockSize : el.getBoundingClientRect().height);
    base ??= getComputedStyle(body).getPropertyValue(padding) || '0px';
    root.style.setProperty(offset, `${height}px`);
    body.style.setProperty(padding, `calc(${base} + ${height}px)`);
  });
  observer.observe(el);
  return () => {
    observer.disconnect();
    root.style.removeProperty(offset);
    if (inline) body.style.setProperty(padding, inline);
    else body.style.removeProperty(padding);
  };
}
