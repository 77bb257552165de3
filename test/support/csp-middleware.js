// Serves the Trusted Types probe page (test/support/trusted-types.html) with Trusted Types
// enforced, so test/core/trusted-types.test.ts can load it in an iframe. Only this page gets
// the header; the test runner's own page stays as it is. The policy list is exactly what our
// code needs: our own policy and Lit's. No 'allow-duplicates': a second copy of our modules
// must reuse the first copy's policy instead of creating the name twice.
export const TRUSTED_TYPES_CSP = "require-trusted-types-for 'script'; trusted-types newsradio-elements lit-html";

export async function cspMiddleware(ctx, next) {
  await next();
  if (ctx.path === '/test/support/trusted-types.html') ctx.set('Content-Security-Policy', TRUSTED_TYPES_CSP);
}
