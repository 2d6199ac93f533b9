import { factCast as c } from './fact-cast.rules';

/**
 * The typed fact projection the indicators read (db/indicators): one fact row per recorded journey event an
 * indicator counts, with the event's figures and those of the raw form it references (evidence) as typed
 * columns, and one row per answer of a satisfaction survey. Pure: the recording activity (live) and the rebuild
 * (db/facts) derive the same rows from the same events and forms. Casts follow PostgreSQL's (`->>` then `::`).
 */

/** A recorded event as the projection needs it: its position in the journey, type, time and data. */
export interface FactEvent {
  seq: number;
  ordinal: number;
  type: string;
  at: string;
  data: Record<string, unknown>;
}

/** A raw form (evidence row) an event references. */
export interface FactEvidence {
  kind: string;
  createdAt: string;
  payload: Record<string, unknown>;
}

/** The event types an indicator reads; others have no fact row. */
export const FACT_EVENT_TYPES: readonly string[] = [
  'ASSESSMENT_SUBMITTED',
  'RE_EVALUATION_SUBMITTED',
  'FOLLOW_UP_RECORDED',
  'STAGE_CHANGED',
  'JOURNEY_CLOSED',
  'MODULE_COMPLETED',
  'GRADUATION_DECIDED',
  'REFERRED',
  'REFERRAL_ANSWERED',
  'INTENSIVE_SUPPORT_STARTED',
  'SESSION_SCHEDULED',
  'ATTENDANCE_RECORDED',
  'MODULE_EVALUATED',
  'CAPITAL_PROPOSAL_SUBMITTED',
  'CAPITAL_PROPOSAL_DECIDED',
  'CAPITAL_RECEIVED',
  'MARKET_CHANNEL_OPENED',
  'SATISFACTION_RECORDED',
  'INTENSIVE_VISIT_RECORDED',
  'MENTORING_VISIT_RECORDED',
];

/** One fact row (table journey_fact); null where the event or its form does not say. */
export interface JourneyFactRow {
  journeyId: string;
  seq: number;
  ordinal: number;
  type: string;
  at: string;
  /** STAGE_CHANGED: the stage entered; JOURNEY_CLOSED: the closing stage. */
  stage: string | null;
  exitKind: string | null;
  /** GRADUATION_DECIDED and CAPITAL_PROPOSAL_DECIDED: the decision. */
  decision: string | null;
  answer: string | null;
  followUpMonth: number | null;
  welfareLevel: string | null;
  moduleId: string | null;
  /** The module's template: the module id without its `-<n>` suffix. */
  moduleTemplate: string | null;
  sessionId: string | null;
  /** SESSION_SCHEDULED: the session's type, length and group (null: an individual session). */
  sessionType: string | null;
  durationHours: number | null;
  groupId: string | null;
  /** ATTENDANCE_RECORDED: when the session was held. */
  heldAt: string | null;
  /** MODULE_COMPLETED: completed before the template's minimum duration. */
  completedEarly: boolean;
  /** Attendance: PRESENT 1, PARTIAL 0.5, else 0. */
  attendancePoints: number | null;
  preScore: number | null;
  postScore: number | null;
  source: string | null;
  channel: string | null;
  visitedAt: string | null;
  facilitatorId: string | null;
  occasion: string | null;
  meanScore: number | null;
  evidenceId: string | null;
  /** The referenced form exists (the indicators that read forms count only these). */
  hasEvidence: boolean;
  evidenceKind: string | null;
  evidenceCreatedAt: string | null;
  income: number | null;
  minimumWage: number | null;
  businessRunning: boolean | null;
  inWork: boolean | null;
  incomeRatio: number | null;
  /** The form's householdSize (re-evaluation, follow-up). */
  householdSize: number | null;
  /** An assessment form's household.size. */
  assessedHouseholdSize: number | null;
  decidesIncomeUse: boolean | null;
  amount: number | null;
}

/** One answer of a satisfaction survey (table journey_fact_answer). */
export interface JourneyFactAnswerRow {
  journeyId: string;
  seq: number;
  ordinal: number;
  position: number;
  at: string;
  facilitatorId: string | null;
  item: string | null;
  score: number | null;
}

const POINTS: Record<string, number> = { PRESENT: 1, PARTIAL: 0.5 };

/** The fact of one event, or null when no indicator reads its type. */
export function journeyFactOf(
  journeyId: string,
  e: FactEvent,
  evidence: ReadonlyMap<string, FactEvidence>,
): JourneyFactRow | null {
  if (!FACT_EVENT_TYPES.includes(e.type)) return null;
  const d = e.data ?? {};
  const evidenceId = c.text(d.evidenceId);
  const form = evidenceId ? evidence.get(evidenceId) : undefined;
  const p = form?.payload ?? {};
  const income = c.obj(p.income);
  const moduleId = c.text(d.moduleId);
  const stage = e.type === 'STAGE_CHANGED' ? d.to : e.type === 'JOURNEY_CLOSED' ? d.stage : null;
  const status = c.text(d.status);
  return {
    journeyId,
    seq: e.seq,
    ordinal: e.ordinal,
    type: e.type,
    at: e.at,
    stage: c.text(stage),
    exitKind: c.text(d.exitKind),
    decision: c.text(d.decision),
    answer: c.text(d.answer),
    followUpMonth: c.int(d.monthsAfterGraduation),
    welfareLevel: c.text(d.welfareLevel),
    moduleId,
    moduleTemplate: moduleId === null ? null : moduleId.replace(/-[0-9]+$/, ''),
    sessionId: c.text(d.sessionId),
    sessionType: c.text(d.sessionType),
    durationHours: c.num(d.durationHours),
    groupId: c.text(d.groupId),
    heldAt: c.time(d.heldAt),
    completedEarly: c.text(d.completedEarly) === 'true',
    attendancePoints: e.type === 'ATTENDANCE_RECORDED' ? (POINTS[status ?? ''] ?? 0) : null,
    preScore: c.num(d.preScore),
    postScore: c.num(d.postScore),
    source: c.text(d.source),
    channel: c.text(d.channel),
    visitedAt: c.time(d.visitedAt),
    facilitatorId: c.text(d.facilitatorId),
    occasion: c.text(d.occasion),
    meanScore: c.num(d.meanScore),
    evidenceId,
    hasEvidence: form !== undefined,
    evidenceKind: form?.kind ?? null,
    evidenceCreatedAt: form?.createdAt ?? null,
    income: c.num(c.text(income.monthlyFamilyIncome) ?? c.text(p.monthlyFamilyIncome)),
    minimumWage: c.num(c.text(income.regionalMinimumWage) ?? c.text(p.regionalMinimumWage)),
    businessRunning: c.bool(p.businessRunning),
    inWork: c.bool(c.obj(p.employment).inWork),
    incomeRatio: c.num(p.incomeToMinimumWageRatio),
    householdSize: c.int(p.householdSize),
    assessedHouseholdSize: form?.kind === 'ASSESSMENT' ? c.int(c.obj(p.household).size) : null,
    decidesIncomeUse: c.bool(p.decidesBusinessIncomeUse),
    amount: c.num(p.amount),
  };
}

/** The answers of a satisfaction survey event (none for other events). */
export function journeyFactAnswersOf(journeyId: string, e: FactEvent): JourneyFactAnswerRow[] {
  if (e.type !== 'SATISFACTION_RECORDED' || !Array.isArray(e.data?.answers)) return [];
  return (e.data.answers as unknown[]).map((a, position) => {
    const answer = c.obj(a);
    return {
      journeyId,
      seq: e.seq,
      ordinal: e.ordinal,
      position,
      at: e.at,
      facilitatorId: c.text(e.data.facilitatorId),
      item: c.text(answer.item),
      score: c.num(answer.score),
    };
  });
}

/** The fact rows and answers of recorded events, in order. */
export function journeyFacts(
  journeyId: string,
  events: readonly FactEvent[],
  evidence: ReadonlyMap<string, FactEvidence>,
): { facts: JourneyFactRow[]; answers: JourneyFactAnswerRow[] } {
  return {
    facts: events.map((e) => journeyFactOf(journeyId, e, evidence)).filter((f): f is JourneyFactRow => f !== null),
    answers: events.flatMap((e) => journeyFactAnswersOf(journeyId, e)),
  };
}
