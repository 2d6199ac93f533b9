import { journeyIndicatorRows } from '../../../domain/indicator/indicator-row.rules';
import type { IndicatorRowFact } from '../../../domain/indicator/indicator-row.types';

const J = '00000000-0000-4000-8000-000000000001';
let seq = 0;
/** A fact with nothing set but what the case gives. */
const fact = (type: string, day: number, f: Partial<IndicatorRowFact> = {}): IndicatorRowFact => ({
  seq: ++seq,
  ordinal: 0,
  type,
  at: new Date(Date.UTC(2026, 0, day)).toISOString(),
  decision: null,
  followUpMonth: null,
  welfareLevel: null,
  moduleTemplate: null,
  sessionId: null,
  attendancePoints: null,
  preScore: null,
  postScore: null,
  source: null,
  channel: null,
  hasEvidence: false,
  income: null,
  minimumWage: null,
  businessRunning: null,
  inWork: null,
  amount: null,
  ...f,
});
/** The rows as `key: num/den val` strings, per family. */
const rows = (facts: IndicatorRowFact[], family: string) =>
  journeyIndicatorRows(J, facts)
    .filter((r) => r.family === family)
    .map((r) => `${r.perPerson ? '*' : ''}${r.k}: ${r.num}/${r.den}${r.val === null ? '' : ` ${r.val}`}`);

describe('the indicator side rows of a journey', () => {
  it('sums attendance per key and keeps one score change per evaluation', () => {
    const att = (session: string, points: number) =>
      fact('ATTENDANCE_RECORDED', 1, { moduleTemplate: 'BIZ', sessionId: session, attendancePoints: points });
    const evaluated = (pre: number, post: number | null) =>
      fact('MODULE_EVALUATED', 2, { moduleTemplate: 'BIZ', preScore: pre, postScore: post });
    expect(rows([att('s1', 1), att('s2', 0.5), evaluated(40, 70), evaluated(50, null)], 'MODULE')).toEqual([
      'attendance_rate: 1.5/2',
      'attendance_rate:module:BIZ: 1.5/2',
      'attendance_rate:session:BIZ:s1: 1/1',
      'attendance_rate:session:BIZ:s2: 0.5/1',
      'score_change: 1/1 30',
      'score_change:module:BIZ: 1/1 30',
      'improved_understanding_rate: 1/2',
      'score_change: 0/1',
      'score_change:module:BIZ: 0/1',
    ]);
  });

  it('leaves no row for a key the facts would not name (an attendance without template or session)', () => {
    expect(rows([fact('ATTENDANCE_RECORDED', 1, { attendancePoints: 1 })], 'MODULE')).toEqual(['attendance_rate: 1/1']);
  });

  it('compares the first assessment with the latest re-evaluation, each follow-up and the last measurement', () => {
    const form = { hasEvidence: true };
    const facts = [
      fact('RE_EVALUATION_SUBMITTED', 5, { ...form, income: 1_500_000, minimumWage: 2_000_000 }),
      fact('ASSESSMENT_SUBMITTED', 1, { ...form, income: 1_000_000, minimumWage: 2_000_000, welfareLevel: 'POOR' }),
      fact('ASSESSMENT_SUBMITTED', 2, { ...form, income: 9_000_000 }),
      fact('FOLLOW_UP_RECORDED', 9, {
        ...form,
        followUpMonth: 6,
        income: 2_500_000,
        minimumWage: 2_000_000,
        welfareLevel: 'MIDDLE',
        businessRunning: true,
        inWork: true,
      }),
      fact('FOLLOW_UP_RECORDED', 12, { followUpMonth: 12, income: 0 }), // no form: not a measurement
    ];
    expect(rows(facts, 'OUTCOME')).toEqual([
      'income_change:ASSESSMENT->RE_EVALUATION: 1/1 500000',
      'income_relative_change:ASSESSMENT->RE_EVALUATION: 1/1 0.5',
      'income_change:ASSESSMENT->FOLLOW_UP_M6: 1/1 1500000',
      'income_relative_change:ASSESSMENT->FOLLOW_UP_M6: 1/1 1.5',
      'income_change:ASSESSMENT->LAST: 1/1 1500000',
      'income_relative_change:ASSESSMENT->LAST: 1/1 1.5',
      'min_wage_share:ASSESSMENT: 0/1',
      'min_wage_share:RE_EVALUATION: 0/1',
      'min_wage_share:FOLLOW_UP_M6: 1/1',
      'min_wage_share:LAST: 1/1',
      'welfare_transition: 1/0',
      'welfare_transition:POOR->MIDDLE: 1/0',
      'welfare_improved_rate: 1/1',
      'business_running:follow_up_month:6: 1/1',
      'in_work_after_programme:follow_up_month:6: 1/1',
      'in_work_after_programme: 1/1',
      '*business_started_within_months: null/0',
    ]);
    const business = journeyIndicatorRows(J, facts).find((r) => r.k === 'business_started_within_months');
    expect(business?.at).toBe(facts[3].at);
  });

  it('skips a follow-up without a month, as the facts statement does; nothing to compare without an assessment', () => {
    const facts = [fact('FOLLOW_UP_RECORDED', 3, { hasEvidence: true, income: 5, minimumWage: 1 })];
    expect(rows(facts, 'OUTCOME')).toEqual([]);
  });

  it('counts proposal steps and gives every person-level access key of the person', () => {
    const facts = [
      fact('CAPITAL_PROPOSAL_SUBMITTED', 1, { source: 'KUR' }),
      fact('CAPITAL_PROPOSAL_SUBMITTED', 2, { source: 'KUR' }),
      fact('CAPITAL_PROPOSAL_DECIDED', 3, { source: 'KUR', decision: 'REJECTED' }),
      fact('CAPITAL_PROPOSAL_DECIDED', 4, { source: 'KUR', decision: 'APPROVED' }),
      fact('CAPITAL_RECEIVED', 5, { source: 'KUR', amount: 3_000_000, hasEvidence: true }),
      fact('CAPITAL_RECEIVED', 6, { source: 'GRANT', amount: 1_000_000, hasEvidence: true }),
      fact('CAPITAL_RECEIVED', 7, { source: 'GRANT', amount: 9_000_000 }), // no form: a step, not an amount
      fact('MARKET_CHANNEL_OPENED', 8, { channel: 'ONLINE' }),
    ];
    expect(rows(facts, 'ACCESS')).toEqual([
      'capital_proposals_submitted: 2/0',
      'capital_proposals_submitted:KUR: 2/0',
      'capital_proposals_approved: 1/0',
      'capital_proposals_approved:KUR: 1/0',
      'capital_proposals_received: 3/0',
      'capital_proposals_received:KUR: 1/0',
      'capital_proposals_received:GRANT: 2/0',
      '*capital_received: 1/1 4000000',
      '*capital_received:GRANT: 1/1 1000000',
      '*capital_received:KUR: 1/1 3000000',
      '*capital_access:PERSON: 1/1',
      '*market_access: 1/1',
      '*market_access:ONLINE: 1/1',
    ]);
  });

  it('numbers the rows of a journey from 0, the same for the same facts', () => {
    const facts = [fact('MARKET_CHANNEL_OPENED', 1, { channel: 'LOCAL' })];
    expect(journeyIndicatorRows(J, facts).map((r) => [r.journeyId, r.position])).toEqual([
      [J, 0],
      [J, 1],
    ]);
    expect(journeyIndicatorRows(J, facts)).toEqual(journeyIndicatorRows(J, facts));
  });
});
