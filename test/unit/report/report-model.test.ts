import { buildReportModel, type ReportInput } from '../../../domain/report/report-model';
import { REPORT_TEXT } from '../../../domain/report/report-text';
import type { FunnelChart, ReportLocale, ReportModel, ReportType } from '../../../domain/report/report.types';
import type { IndicatorFigure } from '../../../domain/indicator/indicator.types';
import { FIGURES, PREVIOUS } from './report-fixture';

const input = (type: ReportType, locale: ReportLocale): ReportInput => ({
  scope: {
    type,
    locale,
    programmeName: 'PENA Lombok',
    generatedAt: '2026-11-25T10:00:00Z',
    filter: { programmeId: 'default', regionPrefix: '52', from: '2026-07-01', to: '2026-09-30' },
  },
  figures: FIGURES,
  previousFigures: PREVIOUS,
});
const tableOf = (m: ReportModel, id: string) => m.sections.flatMap((s) => s.tables).find((t) => t.id === id)!;
const texts = (m: ReportModel) => JSON.stringify(m);

describe('the report model', () => {
  it('gives a quarterly progress report the sections of the spec, in order', () => {
    const m = buildReportModel(input('QUARTERLY_PROGRESS', 'en'));
    expect(m.title).toBe('Quarterly Progress Report');
    expect(m.sections.map((s) => s.heading)).toEqual([
      'Executive Summary',
      'Activities Held',
      'Group Participation',
      'Module Delivery',
      'Programme Achievement: Target vs Realisation',
      'Charts',
      'Disaggregated Data',
      'Follow-up Plan',
    ]);
    expect(m.facts).toContainEqual({ label: 'Period', value: '1 July 2026 – 30 September 2026' });
  });

  it(
    'puts every indicator with a target in the target vs realisation table, ' +
      'with numerator, denominator, previous quarter and status',
    () => {
      const table = tableOf(buildReportModel(input('QUARTERLY_PROGRESS', 'en')), 'target-vs-realisation');
      expect(table.rows.map((r) => r[0].raw)).toEqual([
        'enrolled',
        'attendance_rate',
        'graduation_rate',
        'min_wage_share:LAST',
        'overdue_steps:facilitator:fac-7',
      ]);
      const graduation = table.rows[2].map((c) => c.text);
      expect(graduation).toEqual([
        'Graduation rate',
        'Outcome',
        'Share',
        '0%',
        '70%',
        '50%',
        '300',
        '600',
        '71.4%',
        '25%',
        'Below target',
      ]);
      expect(table.rows[4].at(-1)!.raw).toBe('BELOW'); // 3 overdue steps against a target of 0: less is better
      expect(table.rows[0].at(-1)!.raw).toBe('MET');
    },
  );

  it('writes numbers and dates the Indonesian way in id and the English way in en', () => {
    const id = buildReportModel(input('QUARTERLY_PROGRESS', 'id'));
    const en = buildReportModel(input('QUARTERLY_PROGRESS', 'en'));
    expect(tableOf(id, 'target-vs-realisation').rows[0][5].text).toBe('1.234');
    expect(tableOf(en, 'target-vs-realisation').rows[0][5].text).toBe('1,234');
    expect(tableOf(id, 'target-vs-realisation').rows[2][8].text).toBe('71,4%');
    expect(id.facts).toContainEqual({ label: 'Periode', value: '1 Juli 2026 – 30 September 2026' });
    expect(id.sections[0].keyFigures[0]).toEqual({
      label: 'Peserta terdaftar',
      valueText: '1.234',
      detail: 'Target: 1.000',
    });
  });

  it('uses only the catalogue of the chosen locale', () => {
    const id = texts(buildReportModel(input('FINAL', 'id')));
    for (const heading of Object.values(REPORT_TEXT.en.section)) expect(id).not.toContain(`"${heading}"`);
    const en = texts(buildReportModel(input('FINAL', 'en')));
    for (const heading of Object.values(REPORT_TEXT.id.section)) expect(en).not.toContain(`"${heading}"`);
  });

  it('draws a stage funnel of journeys that reached each stage, everybody first', () => {
    const charts = buildReportModel(input('QUARTERLY_PROGRESS', 'en')).sections.find((s) => s.id === 'charts')!.charts;
    const funnel = charts.find((c) => c.kind === 'FUNNEL') as FunnelChart;
    expect(funnel.steps.map((s) => [s.label, s.value])).toEqual([
      ['Enrolled', 1234],
      ['Planning', 1034],
      ['In intervention', 900],
      ['Re-evaluation', 400],
      ['Graduation review', 300],
      ['Graduated', 300],
    ]);
    expect(charts.map((c) => c.id)).toEqual(['target-vs-realisation', 'stage-funnel', 'income-change']);
  });

  it('plans a follow-up for each indicator below target, in the next quarter', () => {
    const table = tableOf(buildReportModel(input('QUARTERLY_PROGRESS', 'en')), 'follow-up-plan');
    expect(table.rows.map((r) => r[1].text)).toEqual([
      'Raise graduation rate from 50% to 70%',
      'Reduce overdue steps: facilitator fac-7 from 3 to 0',
    ]);
    expect(table.rows[0][4].text).toBe('1 October 2026 – 31 December 2026');
  });

  it('compares before and after in the impact report, and says so when there is nothing to compare', () => {
    const m = buildReportModel(input('IMPACT', 'en'));
    const table = tableOf(m, 'before-after');
    expect(table.rows.map((r) => r.map((c) => c.text))).toEqual([
      ['Graduation rate', 'Share', '0%', '50%', '+50%'],
      ['Income at or above minimum wage', 'Share', '10%', '55%', '+45%'],
    ]);
    const chart = m.sections.find((s) => s.id === 'before-after')!.charts[0];
    // A logframe row may compare another statistic than the share with its target: the chart draws that one.
    const relative = buildReportModel({
      ...input('QUARTERLY_PROGRESS', 'en'),
      figures: [
        {
          key: 'income_relative_change:ASSESSMENT->LAST',
          level: 'OUTCOME',
          unit: 'RATIO',
          numerator: 1,
          denominator: 1,
          value: 1,
          median: 2.44,
          mean: 2.44,
          target: 0.3,
          realisation: 'median',
          breakdown: [],
        },
      ],
    });
    const bars = relative.sections.find((s) => s.id === 'charts')!.charts[0];
    expect(bars.kind === 'BARS' && bars.series[1].values).toEqual([2.44]);
    expect(tableOf(relative, 'target-vs-realisation').rows[0][5].text).toBe('244%');
    expect(chart.kind === 'BARS' && chart.series.map((s) => s.values)).toEqual([
      [0, 0.1],
      [0.5, 0.55],
    ]);
    const bare = buildReportModel({ ...input('IMPACT', 'id'), figures: [] });
    expect(tableOf(bare, 'before-after').rows).toEqual([]);
    expect(bare.sections[0].paragraphs).toContain(REPORT_TEXT.id.summaryNoTargets);
  });

  it('names the regions of the caller scope when no region is chosen', () => {
    const m = buildReportModel({
      ...input('WEEKLY_FACILITATOR', 'en'),
      scope: {
        ...input('WEEKLY_FACILITATOR', 'en').scope,
        filter: { programmeId: 'p', from: '2026-11-16', to: '2026-11-22', scopeRegionPrefixes: ['52', '31'] },
      },
    });
    expect(m.facts).toContainEqual({ label: 'Region', value: 'regions in scope: 52, 31' });
    expect(tableOf(m, 'overdue-per-facilitator').rows[0].map((c) => c.text)).toEqual([
      'Overdue steps: facilitator fac-7',
      'Activity',
      'Count',
      '3',
      '12',
      '3',
    ]);
  });
});

describe('the group participation section', () => {
  const groupFigures: IndicatorFigure[] = [
    {
      key: 'group_members',
      level: 'OUTPUT',
      unit: 'COUNT',
      subject: 'PEOPLE',
      numerator: 21,
      denominator: 24,
      value: 21 / 24,
      breakdown: [{ dimension: 'SEX', group: 'FEMALE', numerator: 14, denominator: 16, value: 14 / 16 }],
    },
    {
      key: 'group_capital_received:KUR',
      level: 'OUTPUT',
      unit: 'RUPIAH',
      subject: 'GROUPS',
      numerator: 1,
      denominator: 3,
      value: 1 / 3,
      median: 10_000_000,
      mean: 10_000_000,
      breakdown: [],
    },
    {
      key: 'group_business_running',
      level: 'OUTCOME',
      unit: 'RATIO',
      subject: 'GROUPS',
      numerator: 1,
      denominator: 3,
      value: 1 / 3,
      breakdown: [
        { dimension: 'REGION', group: '33', numerator: 0, denominator: 0, value: null, suppressed: true },
        { dimension: 'REGION', group: '52', numerator: 1, denominator: 1, value: 1 },
      ],
    },
  ];
  const model = (type: ReportType, locale: ReportLocale) =>
    buildReportModel({ ...input(type, locale), figures: [...FIGURES, ...groupFigures] });

  it('lists the group figures of monthly, quarterly and final reports, with numerator and denominator', () => {
    for (const type of ['MONTHLY_PROGRESS', 'QUARTERLY_PROGRESS', 'FINAL'] as const)
      expect(model(type, 'en').sections.map((s) => s.id)).toContain('groups');
    expect(model('IMPACT', 'en').sections.map((s) => s.id)).not.toContain('groups');
    const table = tableOf(model('MONTHLY_PROGRESS', 'en'), 'groups');
    expect(table.rows.map((r) => r.map((c) => c.text))).toEqual([
      ['Active group members', 'Output', 'Count', '21', '24', '21'],
      [
        "Capital received by business groups: KUR (people's business credit)",
        'Output',
        'Median',
        '–',
        '–',
        'Rp 10,000,000',
      ],
      [
        "Capital received by business groups: KUR (people's business credit)",
        'Output',
        'Mean',
        '–',
        '–',
        'Rp 10,000,000',
      ],
      ["Capital received by business groups: KUR (people's business credit)", 'Output', 'Share', '1', '3', '33.3%'],
      ['Group businesses running', 'Outcome', 'Share', '1', '3', '33.3%'],
    ]);
  });

  it("breaks the bare group keys down, withholding small groups, in the section's own table", () => {
    const table = tableOf(model('QUARTERLY_PROGRESS', 'id'), 'group-disaggregation');
    expect(table.title).toBe('Data Kelompok Terpilah');
    expect(table.rows.map((r) => r.map((c) => c.text))).toEqual([
      ['Anggota kelompok aktif', 'Jenis kelamin', 'Perempuan', 'Jumlah', '14', '16', '14'],
      [
        'Usaha kelompok yang berjalan',
        'Wilayah',
        '33',
        'Proporsi',
        'disembunyikan (kelompok kecil)',
        'disembunyikan (kelompok kecil)',
        'disembunyikan (kelompok kecil)',
      ],
      ['Usaha kelompok yang berjalan', 'Wilayah', '52', 'Proporsi', '1', '1', '100%'],
    ]);
  });
});

describe('disaggregated figures', () => {
  it('gives each group its numerator and denominator, names groups per locale, and withholds small groups', () => {
    const table = tableOf(buildReportModel(input('QUARTERLY_PROGRESS', 'id')), 'disaggregation');
    expect(table.rows.map((r) => r.slice(1).map((c) => c.text))).toEqual([
      ['Jenis kelamin', 'Perempuan', 'Jumlah', '800', '800', '800'],
      ['Jenis kelamin', 'Laki-laki', 'Jumlah', '434', '434', '434'],
      ['Jenis kelamin', 'Perempuan', 'Proporsi', '200', '380', '52,6%'],
      ['Disabilitas', 'Penyandang disabilitas', 'Proporsi', '10', '30', '33,3%'],
      [
        'Kelompok umur',
        'Di bawah 18 tahun',
        'Proporsi',
        'disembunyikan (kelompok kecil)',
        'disembunyikan (kelompok kecil)',
        'disembunyikan (kelompok kecil)',
      ],
    ]);
  });
});
