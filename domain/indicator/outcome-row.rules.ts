import { above, row, type IndicatorRowFact, type KeyRow } from './indicator-row.types';

/**
 * The outcome rows of a journey over an open period (the facts' statement: db/indicators/indicator-outcome.sql.ts):
 * measurements are the assessment, re-evaluations and follow-ups with a form; the baseline is the first assessment,
 * compared with the latest re-evaluation, each follow-up and the latest measurement (LAST); the share at or above the
 * minimum wage at each point; the welfare transition (assessment -> latest); business running and work at each
 * follow-up month; work at the latest follow-up that recorded it; and the first measurement with a running business
 * (business_started_within_months compares it with the end of training and the programme's window at query time).
 */

interface Measurement {
  f: IndicatorRowFact;
  /** ASSESSMENT, RE_EVALUATION or FOLLOW_UP_M<month>; null for a follow-up without a month (SQL's null text). */
  point: string | null;
}

const POINT: Record<string, (f: IndicatorRowFact) => string | null> = {
  ASSESSMENT_SUBMITTED: () => 'ASSESSMENT',
  RE_EVALUATION_SUBMITTED: () => 'RE_EVALUATION',
  FOLLOW_UP_RECORDED: (f) => (f.followUpMonth === null ? null : `FOLLOW_UP_M${f.followUpMonth}`),
};
const LEVELS = ['POOR', 'VULNERABLE', 'MIDDLE', 'STABLE'];

/** Earlier first by (at, seq, ordinal). */
const byTime = (a: Measurement, b: Measurement) =>
  Date.parse(a.f.at) - Date.parse(b.f.at) || a.f.seq - b.f.seq || a.f.ordinal - b.f.ordinal;
const latest = (ms: readonly Measurement[]) => (ms.length ? [...ms].sort(byTime)[ms.length - 1] : undefined);
const isFollowUp = (m: Measurement) => m.point !== null && m.point.startsWith('FOLLOW_UP_M');

export function outcomeRows(facts: readonly IndicatorRowFact[]): KeyRow[] {
  const ms: Measurement[] = facts
    .filter((f) => POINT[f.type] && f.hasEvidence)
    .map((f) => ({ f, point: POINT[f.type](f) }))
    .sort(byTime);
  const base = ms.find((m) => m.point === 'ASSESSMENT');
  const later = ms.filter((m) => m.point !== null && m.point !== 'ASSESSMENT');
  const pts = latest(later.filter((m) => m.point === 'RE_EVALUATION'));
  const fus = later.filter(isFollowUp);
  const last = latest(later);
  const points: [string, IndicatorRowFact][] = [
    ...(pts ? [['RE_EVALUATION', pts.f] as [string, IndicatorRowFact]] : []),
    ...fus.map((m) => [m.point!, m.f] as [string, IndicatorRowFact]),
    ...(last ? [['LAST', last.f] as [string, IndicatorRowFact]] : []),
  ];
  const out: KeyRow[] = [];
  if (base) {
    const before = base.f.income;
    for (const [point, f] of points) {
      const after = f.income;
      const up = above(after, before);
      out.push(
        row(
          'OUTCOME',
          `income_change:ASSESSMENT->${point}`,
          up,
          1,
          after !== null && before !== null ? after - before : null,
        ),
      );
      if (before !== null && before > 0)
        out.push(
          row(
            'OUTCOME',
            `income_relative_change:ASSESSMENT->${point}`,
            up,
            1,
            after === null ? null : after / before - 1,
          ),
        );
    }
  }
  for (const [point, f] of [...(base ? [['ASSESSMENT', base.f] as [string, IndicatorRowFact]] : []), ...points]) {
    const share = f.income !== null && f.minimumWage !== null && f.income >= f.minimumWage ? 1 : 0;
    out.push(row('OUTCOME', `min_wage_share:${point}`, share, 1));
  }
  if (base && last) {
    const from = base.f.welfareLevel;
    const to = last.f.welfareLevel;
    out.push(row('OUTCOME', 'welfare_transition', 1, 0));
    if (from !== null && to !== null) out.push(row('OUTCOME', `welfare_transition:${from}->${to}`, 1, 0));
    const rank = (w: string | null) => (w === null || !LEVELS.includes(w) ? null : LEVELS.indexOf(w));
    out.push(row('OUTCOME', 'welfare_improved_rate', above(rank(to), rank(from)), 1));
  }
  for (const m of fus) {
    const month = m.point!.slice('FOLLOW_UP_M'.length);
    out.push(row('OUTCOME', `business_running:follow_up_month:${month}`, m.f.businessRunning === true ? 1 : 0, 1));
    if (m.f.inWork !== null)
      out.push(row('OUTCOME', `in_work_after_programme:follow_up_month:${month}`, m.f.inWork ? 1 : 0, 1));
  }
  const work = latest(fus.filter((m) => m.f.inWork !== null));
  if (work) out.push(row('OUTCOME', 'in_work_after_programme', work.f.inWork ? 1 : 0, 1));
  const business = later.find((m) => m.f.businessRunning === true);
  if (business)
    out.push({ ...row('OUTCOME', 'business_started_within_months', null, 0), perPerson: true, at: business.f.at });
  return out;
}
