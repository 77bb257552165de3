import type { VirtualizeDirectiveConfig } from '@lit-labs/virtualizer/virtualize.js';
import type { DirectiveResult } from 'lit/directive.js';

/** The parts of @lit-labs/virtualizer a long list uses, loaded on demand. */
export interface LoadedVirtualizer {
  virtualize: <T>(config: VirtualizeDirectiveConfig<T>) => DirectiveResult;
  virtualizerRef: symbol;
  layout: VirtualizeDirectiveConfig<unknown>['layout'];
}

/**
 * Pixels of rows rendered above and below the visible part of a list: enough for smooth wheel and
 * keyboard scrolling, while a jump (dragging the scrollbar of 100,000 rows) renders half as many
 * rows per frame as the default 1000 px would.
 */
const OVERHANG = 400;

let loading: Promise<LoadedVirtualizer> | undefined;
let loaded: LoadedVirtualizer | undefined;

/**
 * The virtualizer is needed only by lists long enough to virtualize, so it is a lazy chunk beside
 * the bundle (about 9 KB gzip) rather than a cost every visitor of every page pays.
 */
export function loadVirtualizer(): Promise<LoadedVirtualizer> {
  loading ??= Promise.all([
    import('@lit-labs/virtualizer/virtualize.js'),
    import('@lit-labs/virtualizer/layouts/flow.js'),
  ]).then(([v, f]) => {
    /** The flow layout with a smaller overhang (rows kept beyond the viewport; 1000 px by default). */
    class ListLayout extends f.FlowLayout {
      constructor(...args: ConstructorParameters<typeof f.FlowLayout>) {
        super(...args);
        this._overhang = OVERHANG;
      }
    }
    return (loaded = { virtualize: v.virtualize as LoadedVirtualizer['virtualize'], virtualizerRef: v.virtualizerRef, layout: { type: ListLayout } });
  });
  return loading;
}

/** The virtualizer when it has loaded, else `undefined`. */
export const loadedVirtualizer = (): LoadedVirtualizer | undefined => loaded;
