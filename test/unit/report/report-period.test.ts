import { nextPeriod, previousPeriod } from '../../../domain/report/report-period';
import { indicatorLabel, knowsIndicator } from '../../../domain/report/indicator-text';
import { REPORT_TEXT } from '../../../domain/report/report-text';

describe('report periods', () => {
  it.each([
    [
      { from: '2026-07-01', to: '2026-09-30' },
      { from: '2026-04-01', to: '2026-06-30' },
      { from: '2026-10-01', to: '2026-12-31' },
    ],
    [
      { from: '2026-03-01', to: '2026-03-31' },
      { from: '2026-02-01', to: '2026-02-28' },
      { from: '2026-04-01', to: '2026-04-30' },
    ],
    [
      { from: '2026-11-16', to: '2026-11-22' },
      { from: '2026-11-09', to: '2026-11-15' },
      { from: '2026-11-23', to: '2026-11-29' },
    ],
  ])('%j comes after %j and before %j', (p, prev, next) => {
    expect(previousPeriod(p)).toEqual(prev);
    expect(nextPeriod(p)).toEqual(next);
  });
});

describe('the report catalogue', () => {
  const shape = (o: unknown): unknown =>
    typeof o === 'string'
      ? 'text'
      : Array.isArray(o)
        ? o.map(shape)
        : Object.fromEntries(Object.entries(o as object).map(([k, v]) => [k, shape(v)]));
  const strings = (o: unknown): string[] => (typeof o === 'string' ? [o] : Object.values(o as object).flatMap(strings));

  it('has the same texts in Indonesian and English, none empty, and the two differ', () => {
    expect(shape(REPORT_TEXT.id)).toEqual(shape(REPORT_TEXT.en));
    expect(strings(REPORT_TEXT.id).every((s) => s.trim().length > 0)).toBe(true);
    expect(REPORT_TEXT.id.section).not.toEqual(REPORT_TEXT.en.section);
  });

  it('names indicator keys with their qualifiers, and keeps an unknown key readable', () => {
    expect(indicatorLabel('id', 'attendance_rate:module:KWU-01')).toBe('Tingkat kehadiran: modul KWU-01');
    expect(indicatorLabel('en', 'welfare_transition:POOR->MIDDLE')).toBe('Welfare-level transition: Poor → Middle');
    expect(indicatorLabel('id', 'income_change:ASSESSMENT->FOLLOW_UP_M12')).toBe(
      'Perubahan pendapatan: Asesmen → Pemantauan bulan ke-12',
    );
    expect(indicatorLabel('en', 'business_running:follow_up_month:12')).toBe(
      'Businesses still running: follow-up month 12',
    );
    expect(indicatorLabel('id', 'business_running:follow_up_month:12')).toBe(
      'Usaha yang masih berjalan: pemantauan bulan ke-12',
    );
    expect(indicatorLabel('en', 'new_jobs_created')).toBe('New jobs created');
    expect(indicatorLabel('id', 'attendance_rate:session:CAPITAL_ACCESS:s1')).toBe(
      'Tingkat kehadiran: sesi CAPITAL_ACCESS / s1',
    );
    expect(knowsIndicator('graduation_rate:cohort:x')).toBe(true);
  });
});
