import { expect } from '@open-wc/testing';
import { formatDate } from '../../src/core/dates.js';

describe('formatDate', () => {
  it('writes a date in the language asked for, each language its own text for the same value', () => {
    expect(formatDate('2026-03-14', 'en-US')?.text).to.equal('Mar 14, 2026');
    expect(formatDate('2026-03-14', 'de-DE')?.text).to.equal('14.03.2026');
    expect(formatDate('2026-03-14', 'en-US')?.text).to.equal('Mar 14, 2026');
    expect(formatDate('2026-03-14', 'fr-FR', 'long')?.text).to.equal('14 mars 2026');
    expect(formatDate('2026-03-14', 'fr-FR')?.text).to.equal('14 mars 2026');
    expect(formatDate('2026-09-14', 'fr-FR')?.text).to.equal('14 sept. 2026');
    expect(formatDate('2026-09-14', 'fr-FR', 'long')?.text).to.equal('14 septembre 2026');
  });

  it('keeps a date without a time on its day, and gives a date-time as a full ISO value', () => {
    expect(formatDate(' 2026-01-01 ', 'en-US')).to.deep.equal({ datetime: '2026-01-01', text: 'Jan 1, 2026' });
    const at = formatDate('2026-03-14T12:00:00+01:00', 'en-US');
    expect(at?.datetime).to.equal('2026-03-14T11:00:00.000Z');
    expect(at?.text).to.equal(new Intl.DateTimeFormat('en-US', { dateStyle: 'medium' }).format(Date.parse('2026-03-14T11:00:00Z')));
  });

  it('returns nothing for what is not a date, every time it is asked', () => {
    for (let i = 0; i < 2; i++) {
      expect(formatDate('yesterday', 'en-US')).to.equal(undefined);
      expect(formatDate('', 'en-US')).to.equal(undefined);
      expect(formatDate(undefined, 'en-US')).to.equal(undefined);
    }
  });

  it('falls back to the browser’s language for a tag that is not one', () => {
    const browser = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeZone: 'UTC' }).format(Date.UTC(2026, 2, 14));
    expect(formatDate('2026-03-14', 'not a language!')?.text).to.equal(browser);
  });

  it('gives results nobody can change for the next caller', () => {
    const first = formatDate('2026-05-01', 'en-US')!;
    expect(Object.isFrozen(first)).to.equal(true);
    expect(() => ((first as { text: string }).text = 'x')).to.throw();
    expect(formatDate('2026-05-01', 'en-US')?.text).to.equal('May 1, 2026');
  });

  it('stays right when more dates have been asked for than it keeps', () => {
    for (let day = 0; day < 2500; day++) formatDate(new Date(Date.UTC(2020, 0, 1 + day)).toISOString().slice(0, 10), 'en-GB');
    expect(formatDate('2020-01-01', 'en-GB')?.text).to.equal('1 Jan 2020');
    expect(formatDate('2026-11-27', 'en-GB')?.text).to.equal('27 Nov 2026');
  });
});
