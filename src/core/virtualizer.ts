import type { VirtualizeDirectiveConfig } from '@lit-labs/virtualizer/virtualize.js';
import type { DirectiveResult } from 'lit/directive.js';

/** The parts of @lit-labs/virtualizer a long list uses, loaded on demand. */
export interface LoadedVirtualizer {
  virtualize: <T>(config: VirtualizeDirectiveConfig<T>) => DirectiveResult;
  virtualizerRef: symbol;
  layout: VirtualizeDirectiveConfig<unknown>['layout'];
}

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
  ]).then(([v, f]) => (loaded = { virtualize: v.virtualize as LoadedVirtualizer['virtualize'], virtualizerRef: v.virtualizerRef, layout: f.flow() }));
  return loading;
}

/** The virtualizer when it has loaded, else `undefined`. */
export const loadedVirtualizer = (): LoadedVirtualizer | undefined => loaded;
