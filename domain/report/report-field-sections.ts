import type { CaseloadFigures } from './caseload-figures.rules';
import { codeLabel } from './indicator-text';
import { cell, EMPTY, num, table } from './report-cells';
import { FIELD_TEXT } from './report-field-text';
import { formatDate, formatPercent, formatPeriod } from './report-format';
import { fill } from './report-text';
import type { ReportLocale, ReportSection } from './report.types';

/**
 * The report sections drawn from the field rather than from indicators: one facilitator's caseload figures and
 * weekly narratives (the weekly facilitator report limited to a caseload), and the dated activity log with the
 * facilitators' field constraints and lessons learned (monthly and quarterly reports, domain spec 6.5
 * [001:3699-3734]). Pure.
 */
export interface NarrativeView {
  weekOf: string;
  weekEnds: string;
  fieldConstraints: string;
  participantFeedback: string;
  nextWeekPlan: string;
  lessonsLearned: string | null;
}

/** One dated activity: a group session held (its location), or visits made on a day in a region. */
export interface FieldActivity {
  date: string;
  kind: 'GROUP_SESSION' | 'INTENSIVE_VISIT' | 'MENTORING_VISIT';
  location: string;
  /** The session's topic, or the visit kind code (HOME_VISIT, PHONE, GROUP). */
  detail: string;
  /** People attending the session, or visits made. */
  count: number;
}

export interface CaseloadReport {
  figures: CaseloadFigures;
  narratives: NarrativeView[];
}

export interface ActivityLog {
  activities: FieldActivity[];
  constraints: { weekOf: string; text: string }[];
  lessons: { weekOf: string; text: string }[];
}

const blank = (id: string, heading: string): ReportSection => ({
  id,
  heading,
  paragraphs: [],
  keyFigures: [],
  tables: [],
  charts: [],
});

export function caseloadSections(locale: ReportLocale, caseload: CaseloadReport): ReportSection[] {
  const t = FIELD_TEXT[locale];
  const f = caseload.figures;
  const row = (label: string, value: ReturnType<typeof num>) => [cell(label), value];
  const rate =
    f.attendanceRate === null ? EMPTY : cell(formatPercent(locale, f.attendanceRate / 100), f.attendanceRate);
  const { present, partial, absent } = f.attendance;
  const rows = [
    row(t.journeys, num(locale, f.journeys)),
    row(t.overdueSteps, num(locale, f.overdueSteps)),
    ...f.overdue.map((o) => row(fill(t.overdueOf, { kind: codeLabel(locale, o.kind) }), num(locale, o.steps))),
    row(t.sessionsHeld, num(locale, f.sessionsHeld)),
    row(t.attendanceRate, rate),
    row(t.attendanceRecords, cell(`${present} / ${partial} / ${absent}`, `${present}/${partial}/${absent}`)),
    row(t.visitsMade, num(locale, f.visitsMade)),
    row(t.intensiveVisits, num(locale, f.visits.intensive)),
    row(t.mentoringVisits, num(locale, f.visits.mentoring)),
    row(t.homeVisits, num(locale, f.visits.homeVisits)),
  ];
  const figures = {
    ...blank('caseload', t.caseloadHeading),
    paragraphs: [`${t.facilitator}: ${f.facilitatorId}. ${t.caseloadLead}`],
    tables: [
      table(
        locale,
        'caseload-figures',
        t.caseloadHeading,
        [
          [t.measure, false],
          [t.value, true],
        ],
        rows,
      ),
    ],
  };
  const narrative = {
    ...blank('weekly-narrative', t.narrativeHeading),
    paragraphs: caseload.narratives.length ? [] : [t.noNarrative],
    tables: caseload.narratives.length
      ? [
          table(
            locale,
            'weekly-narrative',
            t.narrativeHeading,
            [
              [t.week, false],
              [t.fieldConstraints, false],
              [t.participantFeedback, false],
              [t.nextWeekPlan, false],
              [t.lessonsLearned, false],
            ],
            caseload.narratives.map((n) => [
              cell(formatPeriod(locale, n.weekOf, n.weekEnds), n.weekOf),
              cell(n.fieldConstraints),
              cell(n.participantFeedback),
              cell(n.nextWeekPlan),
              n.lessonsLearned ? cell(n.lessonsLearned) : EMPTY,
            ]),
          ),
        ]
      : [],
  };
  return [figures, narrative];
}

export function activityLogSection(locale: ReportLocale, log: ActivityLog): ReportSection {
  const t = FIELD_TEXT[locale];
  const notes = (id: string, title: string, rows: { weekOf: string; text: string }[]) =>
    table(
      locale,
      id,
      title,
      [
        [t.week, false],
        [title, false],
      ],
      rows.map((r) => [cell(formatDate(locale, r.weekOf), r.weekOf), cell(r.text)]),
    );
  return {
    ...blank('activity-log', t.activityLogHeading),
    paragraphs: [t.activityLogLead],
    tables: [
      table(
        locale,
        'activity-log',
        t.activityLogHeading,
        [
          [t.date, false],
          [t.activity, false],
          [t.location, false],
          [t.detail, false],
          [t.count, true],
        ],
        log.activities.map((a) => [
          cell(formatDate(locale, a.date), a.date),
          cell(t.activityKind[a.kind], a.kind),
          cell(a.location),
          cell(a.kind === 'GROUP_SESSION' ? a.detail : codeLabel(locale, a.detail), a.detail),
          num(locale, a.count),
        ]),
      ),
      notes('field-constraints', t.constraintsHeading, log.constraints),
      notes('lessons-learned', t.lessonsHeading, log.lessons),
    ],
  };
}
