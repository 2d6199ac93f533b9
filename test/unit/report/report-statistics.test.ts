import type { IndicatorFigure } from '../../../domain/indicator/indicator.types';
import { reportCsv } from '../../../domain/report/report-csv';
import { reportHtml } from '../../../domain/report/report-html';
import { buildReportModel } from '../../../domain/report/report-model';
import type { ReportLocale, ReportModel, ReportType } from '../../../domain/report/report.types';

/**
 * What a reader of a report can check: each row names its statistic, a percentage sits only beside
 * the numerator and denominator it was computed from, and counts keep the halves they were computed
 * with. Figures shaped like the 40-person cohort the defect was found on.
 */
const FIGURES: IndicatorFigure[] = [
  {
    key: 'attendance_rate',
    level: 'ACTIVITY',
    unit: 'RATIO',
    numerator: 524.5,
    denominator: 600,
    value: 524.5 / 600,
    target: 0.8,
    realisation: 'value',
    breakdown: [],
  },
  {
    key: 'income_relative_change:ASSESSMENT->LAST',
    level: 'OUTCOME',
    unit: 'RATIO',
    numerator: 30,
    denominator: 33,
    value: 30 / 33,
    median: 1.3,
    mean: 1.45,
    target: 0.3,
    realisation: 'median',
    breakdown: [],
  },
  {
    key: 'income_change:ASSESSMENT->LAST',
    level: 'OUTCOME',
    unit: 'RUPIAH',
    numerator: 30,
    denominator: 33,
    value: 30 / 33,
    median: 400000,
    mean: 450000,
    breakdown: [
      { dimension: 'SEX', group: 'FEMALE', numerator: 25, denominator: 27, value: 25 / 27, median: 380000, mean: 1 },
    ],
  },
  {
    key: 'time_to_graduation',
    level: 'OUTCOME',
    unit: 'DAYS',
    numerator: 12,
    denominator: 12,
    value: 1,
    median: 12.5,
    mean: 14.25,
    breakdown: [],
  },
];

const model = (type: ReportType, locale: ReportLocale = 'en'): ReportModel =>
  buildReportModel({
    scope: {
      type,
      locale,
      programmeName: 'PENA Lombok',
      generatedAt: '2026-11-25T10:00:00Z',
      filter: { programmeId: 'default', from: '2026-01-01', to: '2026-12-31' },
    },
    figures: FIGURES,
  });
const tableOf = (m: ReportModel, id: string) => m.sections.flatMap((s) => s.tables).find((t) => t.id === id)!;
const header = (m: ReportModel, id: string) => tableOf(m, id).columns.map((c) => c.label);
/** The rows of one indicator, without the indicator's own name. */
const rowsOf = (m: ReportModel, id: string, key: string) =>
  tableOf(m, id)
    .rows.filter((r) => r[0].raw === key)
    .map((r) => r.slice(1).map((c) => c.text));

describe('a report row names its statistic', () => {
  it('gives a median its own row, and the share its numerator and denominator', () => {
    const m = model('FINAL');
    expect(header(m, 'all-indicators')).toEqual([
      'Indicator',
      'Level',
      'Statistic',
      'Numerator',
      'Denominator',
      'Value',
    ]);
    expect(rowsOf(m, 'all-indicators', 'income_relative_change:ASSESSMENT->LAST')).toEqual([
      ['Outcome', 'Median', '–', '–', '130%'],
      ['Outcome', 'Mean', '–', '–', '145%'],
      ['Outcome', 'Share', '30', '33', '90.9%'],
    ]);
    expect(rowsOf(m, 'all-indicators', 'income_change:ASSESSMENT->LAST')).toEqual([
      ['Outcome', 'Median', '–', '–', 'Rp 400,000'],
      ['Outcome', 'Mean', '–', '–', 'Rp 450,000'],
      ['Outcome', 'Share', '30', '33', '90.9%'],
    ]);
  });

  it('compares a median with its target without a numerator and denominator beside it', () => {
    const m = model('QUARTERLY_PROGRESS');
    expect(header(m, 'target-vs-realisation').slice(0, 8)).toEqual([
      'Indicator',
      'Level',
      'Statistic',
      'Baseline',
      'Target',
      'Realisation',
      'Numerator',
      'Denominator',
    ]);
    expect(rowsOf(m, 'target-vs-realisation', 'income_relative_change:ASSESSMENT->LAST')).toEqual([
      ['Outcome', 'Median', '–', '30%', '130%', '–', '–', '433.3%', 'Met'],
    ]);
    const income = m.sections[0].keyFigures.find((k) => k.label.startsWith('Income change'));
    expect(income).toEqual({ label: 'Income change: Assessment → Latest', valueText: 'Rp 400,000', detail: 'Median' });
  });

  it('breaks a median down by group, with the share of each group on its own row', () => {
    expect(rowsOf(model('FINAL', 'id'), 'disaggregation', 'income_change:ASSESSMENT->LAST')).toEqual([
      ['Jenis kelamin', 'Perempuan', 'Median', '–', '–', 'Rp 380.000'],
      ['Jenis kelamin', 'Perempuan', 'Proporsi', '25', '27', '92,6%'],
    ]);
  });

  it('writes the Statistic column in the HTML page and the CSV', () => {
    const m = model('FINAL');
    const html = reportHtml(m);
    expect(html).toContain('<th scope="col">Statistic</th>');
    expect(html).toContain('<td>Median</td><td class="n">–</td><td class="n">–</td><td class="n">130%</td>');
    expect(html).toContain('<td>Share</td><td class="n">30</td><td class="n">33</td><td class="n">90.9%</td>');
    const csv = reportCsv(m);
    expect(csv).toContain('Code,Indicator,Level,Statistic,Numerator,Denominator,Value\r\n');
    expect(csv).toContain(
      'income_relative_change:ASSESSMENT->LAST,Relative income change: Assessment → Latest,Outcome,Median,,,1.3\r\n',
    );
    expect(csv).toContain(
      'income_relative_change:ASSESSMENT->LAST,Relative income change: Assessment → Latest,Outcome,Share,30,33,' +
        '0.909091\r\n',
    );
  });
});

describe('report tables show the values their percentages were computed from', () => {
  it('keeps half sessions in numerators (524.5, not 525) in every table and the summary', () => {
    const en = model('QUARTERLY_PROGRESS');
    expect(rowsOf(en, 'activities', 'attendance_rate')).toEqual([['Activity', 'Share', '524.5', '600', '87.4%']]);
    expect(rowsOf(en, 'target-vs-realisation', 'attendance_rate')[0].slice(5, 7)).toEqual(['524.5', '600']);
    expect(en.sections[0].keyFigures.find((k) => k.label === 'Attendance rate')).toEqual({
      label: 'Attendance rate',
      valueText: '87.4%',
      detail: '524.5 / 600',
    });
    expect(rowsOf(model('QUARTERLY_PROGRESS', 'id'), 'activities', 'attendance_rate')).toEqual([
      ['Kegiatan', 'Proporsi', '524,5', '600', '87,4%'],
    ]);
  });

  it('keeps half days in durations', () => {
    expect(rowsOf(model('FINAL'), 'all-indicators', 'time_to_graduation').slice(0, 2)).toEqual([
      ['Outcome', 'Median', '–', '–', '12.5'],
      ['Outcome', 'Mean', '–', '–', '14.3'],
    ]);
  });
});
