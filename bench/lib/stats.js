/** The `q` quantile (0–1) of the finite numbers in `values`, interpolated; null when there are none. */
export function quantile(values, q) {
  const v = values.filter((x) => typeof x === 'number' && Number.isFinite(x)).sort((a, b) => a - b);
  if (!v.length) return null;
  const i = (v.length - 1) * q;
  const lo = Math.floor(i);
  return v[lo] + (v[Math.min(lo + 1, v.length - 1)] - v[lo]) * (i - lo);
}

/** Median of the finite numbers in `values` (the mean of the middle two for an even count); null when there are none. */
export const median = (values) => quantile(values, 0.5);
