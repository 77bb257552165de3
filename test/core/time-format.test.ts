import { expect } from '@open-wc/testing';
import { formatDurationText, formatTime, LATIN_DIGIT_LANGUAGES } from '../../src/core/time-format.js';

/** The clock as `Intl` writes it: what `formatTime` must return in every locale. */
function reference(seconds: number, locale?: string): string {
  const total = Math.floor(seconds);
  const make = (o: Intl.NumberFormatOptions) => {
    try {
      return new Intl.NumberFormat(locale || undefined, o);
    } catch {
      return new Intl.NumberFormat(undefined, o);
    }
  };
  const plain = make({ useGrouping: false });
  const two = make({ minimumIntegerDigits: 2, useGrouping: false });
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  return h ? `${plain.format(h)}:${two.format(m)}:${two.format(s)}` : `${plain.format(m)}:${two.format(s)}`;
}

describe('formatTime', () => {
  const locales = [undefined, '', 'en', 'en-GB', 'de-CH', 'ja', 'zh-Hant-TW', 'en-u-nu-arab', 'de-u-nu-deva', 'ar-EG', 'fa', 'hi-IN', 'bn', 'mr', 'not a locale'];
  it('writes the digits of the locale, as Intl does', () => {
    for (const locale of locales) {
      for (const seconds of [0, 5, 65, 599, 3600, 3725, 86399, 123456]) {
        expect(formatTime(seconds, locale), `${seconds} s in ${locale}`).to.equal(reference(seconds, locale));
      }
    }
    expect(formatTime(65, 'en-u-nu-arab')).to.equal('١:٠٥');
    expect(formatTime(NaN, 'en')).to.equal('--:--');
    expect(formatTime(-1)).to.equal('--:--');
  });

  it('writes what Intl writes for every language it formats without asking Intl, in any region and script', () => {
    const variants = (lang: string) => [lang, `${lang}-Latn`, `${lang}-Arab`, `${lang}-Cyrl`, `${lang}-Hant`, ...['US', 'GB', 'IN', 'EG', 'IR', 'SA', 'AF', 'PK', 'BD', 'MA', 'CN', 'TW', '419'].map((r) => `${lang}-${r}`), `${lang}-u-nu-arab`, `${lang}-u-nu-deva`];
    for (const lang of LATIN_DIGIT_LANGUAGES) {
      for (const locale of variants(lang)) {
        expect(formatTime(3725, locale), locale).to.equal(reference(3725, locale));
      }
    }
  });

  it('gives the same words for a duration on every call (formatters are reused)', () => {
    expect(formatDurationText(65, 'en')).to.equal(formatDurationText(65, 'en'));
    expect(formatDurationText(0, 'en')).to.not.equal('');
  });
});
