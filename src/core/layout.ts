/**
 * Widget-area layouts: parsing a Customizer-style JSON layout into validated widget entries, and
 * reconciling the live DOM with a new layout so that only what changed is touched.
 */

/** The widgets a layout may name. `html` is sanitized markup, the others are our elements. */
export const WIDGET_TYPES = ['news-card', 'radio-playlist', 'audio-bar', 'article-view', 'html'] as const;
export type WidgetType = (typeof WIDGET_TYPES)[number];

/** An attribute value as JSON can write it: `true` sets an empty attribute, `false`/`null` leaves it out. */
export type WidgetAttributeValue = string | number | boolean | null;

/** One widget of a layout, as written in the JSON. */
export interface WidgetSpec {
  /** `news-card`, `radio-playlist`, `audio-bar`, `article-view` or `html`. */
  widget: string;
  /** Attributes set on the element (the same names as in HTML). */
  attributes?: Record<string, WidgetAttributeValue>;
  /** Heading shown above the widget. */
  title?: string;
  /** Stable identity across updates; without it a widget is matched by type and position among its type. */
  id?: string;
  /** Markup of an `html` widget (sanitized before it reaches the DOM). */
  content?: string;
}

/** A layout: the widgets in order. `{ "widgets": [...] }` is accepted too. */
export type WidgetLayout = WidgetSpec[];

/** A validated widget. */
export interface WidgetEntry {
  /** Identity for reconciling: `id:<id>`, or `<type>#<n>` (n-th widget of that type without id). */
  key: string;
  type: WidgetType;
  title?: string;
  /** Attribute name → value (`''` for `true`). */
  attributes: Map<string, string>;
  content?: string;
}

export interface ParsedLayout {
  widgets: WidgetEntry[];
  /** Human-readable notes about what was skipped (unknown widgets, bad attributes). */
  problems: string[];
}

/** Thrown by `parseLayout` for input that is not a layout at all (bad JSON, not a list). */
export class LayoutError extends Error {
  override name = 'LayoutError';
}

const ATTRIBUTE_NAME = /^[a-z][a-z0-9-]*$/;
/** Attributes the area manages itself, or that would let a layout escape the widget's box. */
const RESERVED = new Set(['slot', 'style', 'is']);

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Whether `name` may be set from a layout: lower-case, no event handlers, not reserved. */
export const isAllowedAttribute = (name: string) => ATTRIBUTE_NAME.test(name) && !name.startsWith('on') && !RESERVED.has(name);

/**
 * Parses a layout from a JSON string, an array of widget specs or `{ widgets: [...] }`. Throws a
 * `LayoutError` when the input is not a layout; skips (and reports in `problems`) widgets of
 * unknown type, invalid entries and attributes that are not allowed.
 */
export function parseLayout(input: unknown): ParsedLayout {
  let value = input;
  if (typeof value === 'string') {
    if (!value.trim()) return { widgets: [], problems: [] };
    try {
      value = JSON.parse(value);
    } catch (e) {
      throw new LayoutError(`The layout is not valid JSON (${(e as Error).message}).`);
    }
  }
  if (value == null) return { widgets: [], problems: [] };
  if (isRecord(value) && Array.isArray(value.widgets)) value = value.widgets;
  if (!Array.isArray(value)) throw new LayoutError('The layout must be a JSON array of widgets.');

  const widgets: WidgetEntry[] = [];
  const problems: string[] = [];
  const seen = new Set<string>();
  const counts = new Map<string, number>();
  value.forEach((spec: unknown, index) => {
    if (!isRecord(spec) || typeof spec.widget !== 'string') {
      problems.push(`item ${index} has no "widget" name`);
      return;
    }
    const type = spec.widget.trim().toLowerCase() as WidgetType;
    if (!WIDGET_TYPES.includes(type)) {
      problems.push(`unknown widget "${spec.widget}" (item ${index})`);
      return;
    }
    const attributes = new Map<string, string>();
    if (isRecord(spec.attributes)) {
      for (const [name, raw] of Object.entries(spec.attributes)) {
        if (!isAllowedAttribute(name)) {
          problems.push(`attribute "${name}" of ${type} (item ${index}) is not allowed`);
        } else if (typeof raw === 'string' || (typeof raw === 'number' && Number.isFinite(raw))) {
          attributes.set(name, String(raw));
        } else if (raw === true) {
          attributes.set(name, '');
        } else if (raw !== false && raw !== null) {
          problems.push(`attribute "${name}" of ${type} (item ${index}) must be a string, number or boolean`);
        }
      }
    }
    let key: string;
    const id = typeof spec.id === 'string' || typeof spec.id === 'number' ? String(spec.id).trim() : '';
    if (id && !seen.has(`id:${id}`)) {
      key = `id:${id}`;
    } else {
      if (id) problems.push(`duplicate id "${id}" (item ${index})`);
      const n = counts.get(type) ?? 0;
      counts.set(type, n + 1);
      key = `${type}#${n}`;
    }
    seen.add(key);
    const title = typeof spec.title === 'string' && spec.title.trim() ? spec.title.trim() : undefined;
    const content = type === 'html' && typeof spec.content === 'string' ? spec.content : undefined;
    widgets.push({ key, type, title, attributes, content });
  });
  return { widgets, problems };
}

/** A widget as it lives in the DOM. */
export interface LiveWidget {
  entry: WidgetEntry;
  element: HTMLElement;
}

export interface ReconcileHooks {
  /** Creates the element for a new widget (attributes and content are applied afterwards). */
  create(entry: WidgetEntry): HTMLElement;
  /** Fills an `html` widget's element (called when it is new or its `content` changed). */
  fill(element: HTMLElement, entry: WidgetEntry): void;
}

function applyAttributes(element: HTMLElement, next: Map<string, string>, previous?: Map<string, string>) {
  if (previous) for (const name of previous.keys()) if (!next.has(name)) element.removeAttribute(name);
  for (const [name, value] of next) if (element.getAttribute(name) !== value) element.setAttribute(name, value);
}

type MovableParent = Element & { moveBefore?: (node: Node, child: Node | null) => void };

/** Moves `node` before `ref` keeping its state where the browser can (`moveBefore`, Chromium 133+). */
function place(parent: MovableParent, node: Element, ref: Node | null) {
  if (parent.moveBefore && node.parentNode === parent && parent.isConnected) {
    try {
      parent.moveBefore(node, ref);
      return;
    } catch {
      /* fall back to a plain move */
    }
  }
  parent.insertBefore(node, ref);
}

/**
 * Brings `parent`'s light DOM in line with `entries`, reusing what it can: a widget whose key and
 * type are unchanged keeps its element (the same node, so a playing playlist keeps playing);
 * attributes the layout no longer sets are removed, changed ones set in place; elements move only
 * when the order changed; widgets that left the layout are removed. Nodes that are not in
 * `current` (the inline JSON `<script>`, `slot="empty"` content) are never touched. Returns the
 * new live list, in order.
 */
export function reconcile(parent: Element, current: readonly LiveWidget[], entries: readonly WidgetEntry[], hooks: ReconcileHooks): LiveWidget[] {
  const byKey = new Map(current.map((w) => [w.entry.key, w]));
  const next: LiveWidget[] = entries.map((entry) => {
    const old = byKey.get(entry.key);
    if (old && old.entry.type === entry.type) {
      byKey.delete(entry.key);
      applyAttributes(old.element, entry.attributes, old.entry.attributes);
      if (entry.type === 'html' && entry.content !== old.entry.content) hooks.fill(old.element, entry);
      return { entry, element: old.element };
    }
    const element = hooks.create(entry);
    applyAttributes(element, entry.attributes);
    if (entry.type === 'html') hooks.fill(element, entry);
    return { entry, element };
  });
  for (const gone of byKey.values()) gone.element.remove();

  const managed = new Set(next.map((w) => w.element));
  const nextManaged = (from: Node | null) => {
    let node = from;
    while (node && !managed.has(node as HTMLElement)) node = node.nextSibling;
    return node;
  };
  let ref = nextManaged(parent.firstChild);
  for (const { element } of next) {
    if (element === ref) {
      ref = nextManaged(element.nextSibling);
    } else {
      place(parent, element, ref);
    }
  }
  return next;
}
