/**
 * Custom Elements Manifest analyzer config, read automatically by `cem analyze` from the repo root.
 *
 *   npm run analyze   →  custom-elements.json (repo root, referenced by package.json "customElements")
 *
 * The manifest is public API documentation (Storybook controls and docs, IDE plugins, the
 * package's consumers), so only public API goes in it:
 * - `#private` members, `private`/`protected` TypeScript members, `--_nr-*` internal custom
 *   properties and anything tagged `@internal` or `@ignore` are removed;
 * - Lit/HTMLElement lifecycle plumbing (`render`, `connectedCallback`, `styles`, …) is removed,
 *   it is not the element's API.
 */

/** Members every Lit element has; none of them is part of one element's API. */
const LIFECYCLE = new Set([
  'styles',
  'properties',
  'shadowRootOptions',
  'observedAttributes',
  'elementProperties',
  'elementStyles',
  'finalized',
  'connectedCallback',
  'disconnectedCallback',
  'adoptedCallback',
  'attributeChangedCallback',
  'render',
  'createRenderRoot',
  'shouldUpdate',
  'willUpdate',
  'update',
  'updated',
  'firstUpdated',
  'performUpdate',
  'scheduleUpdate',
  'getUpdateComplete',
  'requestUpdate',
]);

const hasTag = (item, ...tags) =>
  // The analyzer keeps unknown JSDoc tags nowhere, so look at the description text as a fallback.
  tags.some((t) => new RegExp(`(^|\\s)@${t}\\b`).test(item?.description ?? ''));

const isPublicMember = (m) =>
  !m.name?.startsWith('#') &&
  !m.name?.startsWith('_') &&
  m.privacy !== 'private' &&
  m.privacy !== 'protected' &&
  !LIFECYCLE.has(m.name) &&
  !hasTag(m, 'internal', 'ignore');

/**
 * Removes non-public members, attributes and custom properties from the manifest, and repairs
 * what the analyzer guesses wrong about this code base:
 * - elements are defined through `registerElement(tag, Class)` (src/core/define.ts), which the
 *   analyzer does not recognise, so the `custom-element-definition` export is added from `@tag`;
 * - the dynamic `customElements.define(name, class extends …)` inside `defineElements()` yields
 *   bogus definitions (`tag`, `name` → nonexistent classes) and a phantom `name` variable.
 */
function publicApiOnly() {
  return {
    name: 'newsradio:public-api-only',
    packageLinkPhase({ customElementsManifest }) {
      // Glob order follows the file system's directory order, which differs between clones; sort so
      // the committed manifest is the same everywhere (CI compares it).
      customElementsManifest.modules?.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
      for (const mod of customElementsManifest.modules ?? []) {
        mod.declarations = (mod.declarations ?? []).filter((d) => !hasTag(d, 'internal', 'ignore'));
        const declared = new Map(mod.declarations.map((d) => [d.name, d]));
        const isLocal = (ref) => !ref?.module || ref.module === mod.path;

        mod.exports = (mod.exports ?? []).filter((e) => {
          if (!isLocal(e.declaration)) return true; // re-export from another module
          const target = declared.get(e.declaration?.name);
          if (e.kind === 'custom-element-definition') return target?.kind === 'class' && !!target.customElement;
          return !!target;
        });
        // A declaration nobody exports is not API (phantom variables included).
        const exported = new Set(mod.exports.filter((e) => isLocal(e.declaration)).map((e) => e.declaration.name));
        mod.declarations = mod.declarations.filter((d) => exported.has(d.name));

        for (const decl of mod.declarations) {
          if (decl.kind === 'class' && decl.customElement && decl.tagName) {
            const defined = mod.exports.some((e) => e.kind === 'custom-element-definition' && e.name === decl.tagName);
            if (!defined) {
              mod.exports.push({
                kind: 'custom-element-definition',
                name: decl.tagName,
                declaration: { name: decl.name, module: mod.path },
              });
            }
          }
          if (decl.members) decl.members = decl.members.filter(isPublicMember);
          if (decl.attributes) {
            decl.attributes = decl.attributes.filter((a) => !a.name?.startsWith('#') && !hasTag(a, 'internal', 'ignore'));
          }
          if (decl.cssProperties) decl.cssProperties = decl.cssProperties.filter((p) => !p.name?.startsWith('--_'));
          // Stylesheets are exported for composition between our own modules; their CSS text is noise.
          if (decl.kind === 'variable' && /^css`/.test(decl.default ?? '')) {
            delete decl.default;
            decl.type ??= { text: 'CSSResult' };
          }
          for (const key of ['members', 'attributes', 'cssProperties', 'cssParts', 'slots', 'events']) {
            if (Array.isArray(decl[key]) && decl[key].length === 0) delete decl[key];
          }
        }
      }
    },
  };
}

export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.test.ts', 'src/**/*.spec.ts', 'src/**/*.d.ts'],
  outdir: '.',
  litelement: true,
  // package.json already has "customElements": "custom-elements.json"; never rewrite it.
  packagejson: false,
  dev: false,
  plugins: [publicApiOnly()],
};
