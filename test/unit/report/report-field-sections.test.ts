import { caseloadFigures } from '../../../domain/report/caseload-figures.rules';
import { buildReportModel, type ReportInput } from '../../../domain/report/report-model';
import type { ReportType } from '../../../domain/report/report.types';
import { FIGURES } from './report-fixture';

const scope = (type: ReportType): ReportInput['scope'] => ({
  type,
  locale: 'en',
  filter: { programmeId: 'default', from: '2026-11-30', to: '2026-12-06', scopeRegionPrefixes: ['52'] },
  programmeName: 'Default',
  generatedAt: '2026-12-06T06:00:00Z',
});
const figures = caseloadFigures(
  { facilitatorId: 'fac-1', programmeId: 'default', from: '2026-11-30', to: '2026-12-06' },
  {
    journeys: 4,
    overdue: [{ kind: 'ASSESSMENT', steps: 2 }],
    sessionsHeld: 3,
    attendance: { present: 5, partial: 2, absent: 1 },
    visits: { intensive: 1, mentoring: 2, homeVisits: 2 },
  },
);
const narrative = {
  weekOf: '2026-11-30',
  weekEnds: '2026-12-06',
  fieldConstraints: 'Flooded road',
  participantFeedback: 'Evening sessions please',
  nextWeekPlan: 'Visit the weavers',
  lessonsLearned: null,
};

describe('field sections of reports', () => {
  it("draws a caseload's weekly report from its figures and narrative only, no area indicator", () => {
    const m = buildReportModel({
      scope: scope('WEEKLY_FACILITATOR'),
      figures: FIGURES,
      caseload: { figures, narratives: [narrative] },
    });
    expect(m.sections.map((s) => s.id)).toEqual(['caseload', 'weekly-narrative']);
    expect(m.facts).toContainEqual({ label: 'Facilitator', value: 'fac-1' });
    const rows = m.sections[0].tables[0].rows.map((r) => [r[0].text, r[1].raw]);
    expect(rows).toContainEqual(['Overdue steps', 2]);
    expect(rows).toContainEqual(['Attendance rate', 75]); // (5 + 2 / 2) / 8
    expect(rows).toContainEqual(['Visits made', 3]);
    expect(m.sections[1].tables[0].rows[0].map((c) => c.text)).toEqual([
      expect.stringContaining('2026'),
      'Flooded road',
      'Evening sessions please',
      'Visit the weavers',
      '–',
    ]);
  });

  it('says so when a caseload has no narrative for the period', () => {
    const m = buildReportModel({
      scope: scope('WEEKLY_FACILITATOR'),
      figures: [],
      caseload: { figures, narratives: [] },
    });
    expect(m.sections[1].paragraphs).toEqual(['No weekly notes recorded for this period yet.']);
  });

  it('puts the dated activity log with constraints and lessons right after the activities of a monthly report', () => {
    const m = buildReportModel({
      scope: scope('MONTHLY_PROGRESS'),
      figures: FIGURES,
      activityLog: {
        activities: [
          {
            date: '2026-12-01',
            kind: 'GROUP_SESSION',
            location: 'Balai desa Ampenan',
            detail: 'Bookkeeping',
            count: 9,
          },
        ],
        constraints: [{ weekOf: '2026-11-30', text: 'Flooded road' }],
        lessons: [{ weekOf: '2026-11-30', text: 'Meet at the mosque hall' }],
      },
    });
    const ids = m.sections.map((s) => s.id);
    expect(ids.indexOf('activity-log')).toBe(ids.indexOf('activities') + 1);
    const log = m.sections.find((s) => s.id === 'activity-log')!;
    expect(log.tables[0].rows[0].map((c) => c.text)).toEqual([
      expect.stringContaining('2026'),
      'Group session',
      'Balai desa Ampenan',
      'Bookkeeping',
      '9',
    ]);
    expect(log.tables[1].rows[0][1].text).toBe('Flooded road');
    expect(log.tables[2].rows[0][1].text).toBe('Meet at the mosque hall');
  });
});
