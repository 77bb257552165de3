/**
 * The Customizer demo: edits the preview's sidebar layout and sends it by postMessage. Only the
 * message format is shared with the elements; this page does not load the library at all.
 */
import type { WidgetLayout } from '../src/index.js';

const AREA = 'second-layer';
const frame = document.querySelector<HTMLIFrameElement>('iframe.preview')!;
const textarea = document.querySelector<HTMLTextAreaElement>('#layout')!;
const status = document.querySelector<HTMLElement>('#layout-status')!;
let initial: WidgetLayout = [];

function send(layout: WidgetLayout) {
  frame.contentWindow?.postMessage({ type: 'nr-widget-area-layout', area: AREA, layout }, location.origin);
  // Bring the sidebar into view in the preview (same origin, so its DOM is reachable).
  frame.contentDocument?.querySelector(`widget-area[name="${AREA}"]`)?.scrollIntoView({ block: 'nearest' });
}

function show(layout: WidgetLayout) {
  textarea.value = JSON.stringify(layout, null, 2);
  status.textContent = `${layout.length} widget${layout.length === 1 ? '' : 's'} sent to the preview.`;
  send(layout);
}

function current(): WidgetLayout | undefined {
  try {
    const value = JSON.parse(textarea.value) as unknown;
    if (Array.isArray(value)) return value as WidgetLayout;
    status.textContent = 'The layout must be a JSON array.';
  } catch (e) {
    status.textContent = `Not valid JSON yet: ${(e as Error).message}`;
  }
  return undefined;
}

// Start from the layout the page ships with (same origin, so the frame's DOM is readable).
frame.addEventListener('load', () => {
  const script = frame.contentDocument?.querySelector(`widget-area[name="${AREA}"] > script[type="application/json"]`);
  try {
    initial = JSON.parse(script?.textContent ?? '[]') as WidgetLayout;
  } catch {
    initial = [];
  }
  textarea.value = JSON.stringify(initial, null, 2);
  status.textContent = 'Edit the JSON or use the buttons: the preview updates live.';
});

let timer: ReturnType<typeof setTimeout> | undefined;
textarea.addEventListener('input', () => {
  clearTimeout(timer);
  timer = setTimeout(() => {
    const layout = current();
    if (layout) show(layout);
  }, 300);
});

const actions: Record<string, (layout: WidgetLayout) => WidgetLayout> = {
  reverse: (l) => [...l].reverse(),
  rename: (l) => l.map((w) => (w.widget === 'radio-playlist' ? { ...w, title: w.title === 'Listen now' ? 'On air & mixes' : 'Listen now' } : w)),
  drop: (l) => l.slice(0, -1),
  empty: () => [],
  reset: () => structuredClone(initial),
};
document.querySelector('.buttons')!.addEventListener('click', (event) => {
  const action = (event.target as HTMLElement).closest('button')?.dataset.action;
  const layout = current() ?? structuredClone(initial);
  if (action && actions[action]) show(actions[action](layout));
});
