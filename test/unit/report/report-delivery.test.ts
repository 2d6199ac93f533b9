import { templateDeliveries } from '../../../domain/module/template-delivery.rules';
import { getProgrammeRules } from '../../../domain/programme/programme-rules.registry';
import { reportCsv } from '../../../domain/report/report-csv';
import { buildReportModel, type ReportInput } from '../../../domain/report/report-model';
import type { ReportLocale, ReportModel, ReportType } from '../../../domain/report/report.types';
import { FIGURES } from './report-fixture';

const V4 = getProgrammeRules('default', 4); // tolerance 10 points
const DELIVERY = templateDeliveries(
  [
    { templateId: 'SOCIAL_MENTORING', sessionType: 'GROUP_GUIDANCE', durationHours: 2, sessions: 3 },
    { templateId: 'SOCIAL_MENTORING', sessionType: 'INDIVIDUAL_COUNSELING', durationHours: 2, sessions: 1 },
    { templateId: 'SOCIAL_MENTORING', sessionType: 'HOME_VISIT', durationHours: 3, sessions: 1 },
    { templateId: 'RETIRED_MODULE', sessionType: 'THEORY', durationHours: null, sessions: 2 },
  ],
  [{ templateId: 'SOCIAL_MENTORING', completed: 7, completedEarly: 2 }],
  V4,
);
const model = (type: ReportType, locale: ReportLocale, delivery = DELIVERY): ReportModel =>
  buildReportModel({
    scope: {
      type,
      locale,
      programmeName: 'PENA Lombok',
      generatedAt: '2026-11-25T10:00:00Z',
      filter: { programmeId: 'default', regionPrefix: '52', from: '2026-07-01', to: '2026-09-30' },
    },
    figures: FIGURES,
    delivery,
  } satisfies ReportInput);
const sectionOf = (m: ReportModel) => m.sections.find((s) => s.id === 'module-delivery')!;
const rows = (m: ReportModel, id: string) =>
  sectionOf(m)
    .tables.find((t) => t.id === id)!
    .rows.map((r) => r.map((c) => c.text));

describe('the module delivery section', () => {
  it('is in the monthly, quarterly and final reports, after group participation', () => {
    for (const type of ['MONTHLY_PROGRESS', 'QUARTERLY_PROGRESS', 'FINAL'] as const) {
      const ids = model(type, 'en').sections.map((s) => s.id);
      expect(ids.indexOf('module-delivery')).toBe(ids.indexOf('groups') + 1);
    }
    for (const type of ['WEEKLY_FACILITATOR', 'IMPACT'] as const)
      expect(model(type, 'en').sections.map((s) => s.id)).not.toContain('module-delivery');
  });

  it('lists each template with sessions and hours held, completions, and the types beyond the tolerance', () => {
    const m = model('MONTHLY_PROGRESS', 'en');
    expect(sectionOf(m).heading).toBe('Module Delivery');
    expect(sectionOf(m).paragraphs[1]).toBe("A share more than 10 percentage points from the template's is flagged.");
    expect(rows(m, 'module-delivery')).toEqual([
      ['Social mentoring', '5', '11', '0', '0', 'Hours', '2', '7', '2'],
      ['RETIRED_MODULE (not in the programme rules)', '2', '0', '2', '–', '–', '–', '0', '0'],
    ]);
  });

  it("shares each session type's held hours against the template's percent, in both languages", () => {
    expect(rows(model('QUARTERLY_PROGRESS', 'en'), 'module-delivery-mix')).toEqual([
      ['Social mentoring', 'Individual counseling', '40%', '1', '2', '18.2%', '-21.82', 'Yes'],
      ['Social mentoring', 'Group guidance', '40%', '3', '6', '54.6%', '+14.55', 'Yes'],
      ['Social mentoring', 'Home visit', '20%', '1', '3', '27.3%', '+7.27', 'No'],
    ]);
    const id = model('FINAL', 'id');
    expect(sectionOf(id).heading).toBe('Pelaksanaan Modul');
    expect(rows(id, 'module-delivery-mix')[1]).toEqual([
      'Pendampingan Sosial',
      'Bimbingan Kelompok',
      '40%',
      '3',
      '6',
      '54,6%',
      '+14,55',
      'Ya',
    ]);
  });

  it('writes shares as fractions and each row with its template and type codes in the CSV', () => {
    const csv = reportCsv(model('MONTHLY_PROGRESS', 'en'));
    expect(csv).toContain(
      '\r\nModule Delivery\r\nCode,Module,Sessions held,Hours held,Sessions without hours,' +
        'Sessions outside hours per session,Shares count,Session types beyond tolerance,Modules completed,' +
        'Completed early\r\nSOCIAL_MENTORING,Social mentoring,5,11,0,0,Hours,2,7,2\r\n',
    );
    expect(csv).toContain(
      '\r\nSOCIAL_MENTORING:GROUP_GUIDANCE,Social mentoring,Group guidance,0.4,3,6,0.5455,14.55,Yes\r\n',
    );
  });

  it('shows the empty text when nothing was held or completed, and for a job computed without the section', () => {
    for (const delivery of [[], null]) {
      const section = sectionOf(model('MONTHLY_PROGRESS', 'id', delivery as []));
      expect(section.tables.map((t) => t.rows.length)).toEqual([0, 0]);
      expect(section.paragraphs).toHaveLength(1);
    }
  });
});
