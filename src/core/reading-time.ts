import { intlFormatter } from './intl.js';

/** Words a visitor reads per minute, the usual figure for news copy. */
export const WORDS_PER_MINUTE = 200;

type Segmenter = { segment(text: string): Iterable<{ isWordLike?: boolean }> };
type SegmenterCtor = new (locale: string | undefined, opts: { granularity: 'word' }) => Segmenter;

/**
 * Counts the words of a plain text. Uses `Intl.Segmenter` where it exists (so Chinese, Japanese
 * or Thai text without spaces counts correctly), otherwise runs of letters and digits.
 */
export function countWords(text: string, locale?: string): number {
  const Ctor = (Intl as unknown as { Segmenter?: SegmenterCtor }).Segmenter;
  if (Ctor) {
    let n = 0;
    try {
      for (const s of new Ctor(locale || undefined, { granularity: 'word' }).segment(text)) if (s.isWordLike) n++;
      return n;
    } catch {
      /* invalid locale: fall through */
    }
  }
  return text.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu)?.length ?? 0;
}

/** Minutes to read `words` words, at least 1. */
export const readingMinutes = (words: number, wpm = WORDS_PER_MINUTE): number => Math.max(1, Math.round(words / wpm));

/**
 * "4 min read": the minutes formatted by `Intl.NumberFormat` as a unit for `locale` ("4 min",
 * "4 Min.", "٤ دقائق"), put into `label` where it says `{time}`.
 */
export function formatReadingTime(minutes: number, locale: string | undefined, label = '{time} read'): string {
  const time = intlFormatter('minutes', locale, (l) => new Intl.NumberFormat(l, { style: 'unit', unit: 'minute', unitDisplay: 'short' })).format(minutes);
  return label.includes('{time}') ? label.replace('{time}', time) : `${time} ${label}`;
}
