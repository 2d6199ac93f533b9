import { formatDate, formatNumber, formatPercent, formatRupiah } from '../../../domain/i18n/format';
import { interpolate } from '../../../domain/i18n/interpolate';
import { moduleTemplateName } from '../../../domain/i18n/module-name';

/** Numbers, money and dates as each language writes them (Node 20's full ICU for numbers). */
describe('formatting for a locale', () => {
  it('groups thousands with dots in Indonesian and commas in English', () => {
    expect(formatNumber('id', 1234567)).toBe('1.234.567');
    expect(formatNumber('en', 1234567)).toBe('1,234,567');
    expect(formatNumber('id', 1234567.5)).toBe('1.234.567,5');
    expect(formatNumber('en', 0.125, 3)).toBe('0.125');
  });

  it('writes Rupiah as Rp with whole amounts', () => {
    expect(formatRupiah('id', 1234567)).toBe('Rp 1.234.567');
    expect(formatRupiah('en', 1234567.4)).toBe('Rp 1,234,567');
    expect(formatRupiah('id', -5000)).toBe('-Rp 5.000');
  });

  it('writes percentages of ratios', () => {
    expect(formatPercent('id', 0.125)).toBe('12,5%');
    expect(formatPercent('en', 0.125)).toBe('12.5%');
    expect(formatPercent('id', 1)).toBe('100%');
  });

  it('names months in the language', () => {
    expect(formatDate('id', '2026-11-25')).toBe('25 November 2026');
    expect(formatDate('en', '2026-11-25')).toBe('25 November 2026');
    const months = Array.from(
      { length: 12 },
      (_, i) => formatDate('id', `2026-${String(i + 1).padStart(2, '0')}-01`).split(' ')[1],
    );
    expect(months).toEqual([
      'Januari',
      'Februari',
      'Maret',
      'April',
      'Mei',
      'Juni',
      'Juli',
      'Agustus',
      'September',
      'Oktober',
      'November',
      'Desember',
    ]);
    expect(formatDate('en', '2026-03-05')).toBe('5 March 2026');
  });

  it('puts an instant on its calendar day in the given time zone', () => {
    expect(formatDate('id', '2026-11-24T20:00:00Z')).toBe('24 November 2026');
    expect(formatDate('id', '2026-11-24T20:00:00Z', 'Asia/Makassar')).toBe('25 November 2026');
    expect(formatDate('en', new Date('2026-08-17T00:00:00+07:00'), 'Asia/Jakarta')).toBe('17 August 2026');
    expect(() => formatDate('en', 'yesterday')).toThrow(RangeError);
  });

  it('names module templates from the programme rules', () => {
    expect(moduleTemplateName('id', 'VOCATIONAL_TRAINING')).toBe('Pelatihan Vokasi');
    expect(moduleTemplateName('en', 'SOCIAL_MENTORING')).toBe('Social mentoring');
    expect(moduleTemplateName('en', 'NO_SUCH_MODULE')).toBe('NO_SUCH_MODULE');
  });

  it('fills placeholders and keeps a missing one visible', () => {
    expect(interpolate('{a} dari {b}', { a: 3, b: 'lima' })).toBe('3 dari lima');
    expect(interpolate('{a} dari {b}', { a: 3 })).toBe('3 dari {b}');
  });
});
