/**
 * Clock-style times and percentages for the player, through `Intl` so that digits follow the
 * page's language (`١:٠٥` in Arabic). An invalid locale tag falls back to the browser's locale.
 */
import { intlFormatter } from './intl.js';

/** `true` for a finite, non-negative number of seconds. */
export const isKnownTime = (seconds: number) => Number.isFinite(seconds) && seconds >= 0;

/**
 * `65` → `1:05`, `3723` → `1:02:03`; `NaN`, `Infinity` or a negative value → `--:--` (unknown).
 */
export function formatTime(seconds: number, locale?: string): string {
  if (!isKnownTime(seconds)) return '--:--';
  const total = Math.floor(seconds);
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  const [plain, two] = clockFormats(locale);
  return h ? `${plain(h)}:${two(m)}:${two(s)}` : `${plain(m)}:${two(s)}`;
}

type Digits = (n: number) => string;
const clocks = new Map<string, [Digits, Digits]>();
const asciiPlain: Digits = (n) => String(n);
const asciiTwo: Digits = (n) => (n < 10 ? `0${n}` : String(n));

/** Languages that write Latin digits by default in every region and script CLDR has for them. @internal */
export const LATIN_DIGIT_LANGUAGES = 'en de fr es it pt nl sv da nb nn no fi pl cs sk sl hu ro hr et lv lt ca gl eu is ga cy af sw id ms tr el ru uk bg ja ko zh'.split(' ');
/** One of them, alone or with a region and a script that has no digits of its own; no `-u-` extension (`-u-nu-arab`). */
const LATIN_DIGITS = new RegExp(`^(?:${LATIN_DIGIT_LANGUAGES.join('|')})(?:-(?:Latn|Cyrl|Grek|Hans|Hant))?(?:-(?:[a-z]{2}|\\d{3}))?$`, 'i');

/**
 * The two digit formatters of a clock in `locale` (once per locale). Where the locale writes Latin
 * digits (most), plain string arithmetic gives the same text as `Intl` at a fraction of the cost:
 * a playlist of 1000 rows formats 1000 durations.
 */
function clockFormats(locale: string | undefined): [Digits, Digits] {
  const key = locale ?? '';
  let f = clocks.get(key);
  // The first use of Intl's locale data on a page costs ~20 ms (measured in Chromium), which a
  // playlist on a page that formats nothing else would pay in its first render. Languages whose
  // digits are Latin in every region do without it (the test checks each against Intl).
  if (!f && LATIN_DIGITS.test(key)) clocks.set(key, (f = [asciiPlain, asciiTwo]));
  if (!f) {
    const plain = intlFormatter('digits', locale, (l) => new Intl.NumberFormat(l, { useGrouping: false }));
    const two = intlFormatter('two-digits', locale, (l) => new Intl.NumberFormat(l, { minimumIntegerDigits: 2, useGrouping: false }));
    f = plain.resolvedOptions().numberingSystem === 'latn' ? [asciiPlain, asciiTwo] : [(n) => plain.format(n), (n) => two.format(n)];
    clocks.set(key, f);
  }
  return f;
}

interface DurationFormatLike {
  format(duration: { hours?: number; minutes?: number; seconds?: number }): string;
}

const durationFormats = new Map<string, DurationFormatLike>();

/**
 * Words for assistive technology (`aria-valuetext`): "1 min, 5 sec" through `Intl.DurationFormat`
 * where the browser has it, the clock text otherwise.
 */
export function formatDurationText(seconds: number, locale?: string): string {
  if (!isKnownTime(seconds)) return formatTime(seconds, locale);
  const DurationFormat = (Intl as unknown as { DurationFormat?: new (l?: string, o?: object) => DurationFormatLike }).DurationFormat;
  if (!DurationFormat) return formatTime(seconds, locale);
  const total = Math.floor(seconds);
  const parts = { hours: Math.floor(total / 3600), minutes: Math.floor((total % 3600) / 60), seconds: total % 60 };
  try {
    // With every unit at zero nothing would display: show "0 sec" then.
    const key = `${locale ?? ''}|${total ? '' : 's'}`;
    let f = durationFormats.get(key);
    if (!f) durationFormats.set(key, (f = new DurationFormat(locale || undefined, { style: 'short', ...(total ? {} : { secondsDisplay: 'always' }) })));
    return f.format(parts);
  } catch {
    return formatTime(seconds, locale);
  }
}

/** `0.8` → `80%` in the given locale. */
export function formatPercent(fraction: number, locale?: string): string {
  return intlFormatter('percent', locale, (l) => new Intl.NumberFormat(l, { style: 'percent', maximumFractionDigits: 0 })).format(Number.isFinite(fraction) ? fraction : 0);
}

/**
 * Creates the formatters of the seek bar's texts for `locale` ahead of time (an `Intl.DurationFormat`
 * takes ~1 ms to build), so that the first track's seek bar does not pay for them inside the click.
 * @internal
 */
export function warmTimeFormats(locale?: string): void {
  formatDurationText(0, locale);
  formatDurationText(1, locale);
  formatTime(0, locale);
}
