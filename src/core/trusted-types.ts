/**
 * Our one Trusted Types policy, `newsradio-elements`.
 *
 * Parsing HTML or XML from a string (DOMParser, `<template>.innerHTML`, DOMPurify) is a Trusted
 * Types sink: on a page with `require-trusted-types-for 'script'` it needs a `TrustedHTML`. The
 * policy is created once per page and shared by every copy of this library through a global
 * symbol, so two bundles on one strict page never try to create the name twice (which throws
 * unless the CSP says `'allow-duplicates'`). Its callbacks only work while our own code is
 * parsing into an inert document (DOMParser/`<template>`, which load and run nothing); called
 * at any other time they throw, so the shared object is no general-purpose escape hatch.
 *
 * A strict page allows it with: `trusted-types newsradio-elements lit-html`.
 * @internal
 */
export const TRUSTED_TYPES_POLICY_NAME = 'newsradio-elements';

/** The subset of the Trusted Types API we use (TypeScript's DOM lib does not have it yet). */
export interface TrustedPolicy {
  createHTML(input: string): string;
  createScriptURL(input: string): string;
}

interface Shared {
  policy?: TrustedPolicy | null;
  open: number;
}

const KEY = Symbol.for('newsradio-elements.trusted-types.v1');

function shared(): Shared {
  const g = globalThis as unknown as Record<symbol, Shared | undefined>;
  let s = g[KEY];
  if (!s) {
    s = { open: 0 };
    Object.defineProperty(globalThis, KEY, { value: s });
  }
  return s;
}

/** The shared policy, or `null` where Trusted Types do not exist (or the page's CSP forbids our name). */
export function trustedPolicy(): TrustedPolicy | null {
  const s = shared();
  if (s.policy === undefined) {
    const tt = (globalThis as { trustedTypes?: { createPolicy(name: string, rules: TrustedPolicy): TrustedPolicy } }).trustedTypes;
    const gate = (input: string) => {
      if (s.open > 0) return input;
      throw new TypeError(`The ${TRUSTED_TYPES_POLICY_NAME} policy is only usable by newsradio-elements while parsing.`);
    };
    try {
      s.policy = tt ? tt.createPolicy(TRUSTED_TYPES_POLICY_NAME, { createHTML: gate, createScriptURL: gate }) : null;
    } catch (e) {
      console.warn(`newsradio-elements: the Trusted Types policy "${TRUSTED_TYPES_POLICY_NAME}" could not be created; allow it in the page's CSP (trusted-types ${TRUSTED_TYPES_POLICY_NAME}).`, e);
      s.policy = null;
    }
  }
  return s.policy;
}

/** Runs `fn` with the policy's callbacks open (only around parsing into inert documents). */
export function withTrustedPolicy<T>(fn: (policy: TrustedPolicy | null) => T): T {
  const s = shared();
  const policy = trustedPolicy();
  s.open++;
  try {
    return fn(policy);
  } finally {
    s.open--;
  }
}

/**
 * Parses `text` with DOMParser into an inert document (scripts never run, images never load).
 * Works under enforced Trusted Types.
 */
export function parseDocument(text: string, type: DOMParserSupportedType): Document {
  return withTrustedPolicy((policy) =>
    new DOMParser().parseFromString((policy ? policy.createHTML(text) : text) as string, type),
  );
}

let inertTemplate: HTMLTemplateElement | undefined;

/**
 * Parses an HTML fragment into the content of a `<template>` owned by a document without a
 * browsing context: nothing in it loads or runs. The returned fragment is reused by the next
 * call, so read it at once.
 */
export function parseInertFragment(html: string): DocumentFragment {
  inertTemplate ??= document.implementation.createHTMLDocument('').createElement('template');
  const tpl = inertTemplate;
  withTrustedPolicy((policy) => {
    tpl.innerHTML = (policy ? policy.createHTML(html) : html) as string;
  });
  return tpl.content;
}
