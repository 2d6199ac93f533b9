import { addDays } from '../../domain/shared/iso-time';
import { mapWithConcurrency } from '../../domain/shared/bounded-concurrency';
import { MANAGER, randomNik, type AppHarness, type Json, type TestIdentity } from './app-harness';
import { assessmentInput, ok } from './journey-commands-graphql';
import type { GroupProgramme } from './group-programme';
import { enrolInto } from './programme-office';
import { rawQuery } from './raw-sql';

/**
 * The people and the module of test/e2e/group-programme.e2e.test.ts: 25 journeys enrolled, assessed (capital
 * and market needs) and planned through GraphQL; the first GRADUATES take the capital module only, the others
 * the capital module then the market module (phase 2). Every third person is a man. The capital module
 * (CAPITAL_ACCESS: 4-6 sessions of 3-4 hours over at least 2 months; theory 20%, facilitation 50%, guidance
 * 30%) is held in its template's fewest sessions, months ago.
 */
export const GROUP_SIZE = 25;
export const GRADUATES = 4;
const DAY = 86_400_000;

export const daysAgo = (n: number): string => new Date(Date.now() - n * DAY).toISOString().slice(0, 10);
/** 10:00 WITA (02:00 UTC) on the day n days ago, as an ISO instant. */
export const heldDaysAgo = (n: number): string => `${daysAgo(n)}T02:00:00.000Z`;
export const sexOf = (i: number): 'MALE' | 'FEMALE' => (i % 3 === 1 ? 'MALE' : 'FEMALE');

/** The four sessions of the capital module: 15 hours, shares 20 / 53.3 / 26.7 against 20 / 50 / 30. */
export const CAPITAL_SESSIONS = [
  { sessionType: 'THEORY', durationHours: 3, daysAgo: 100 },
  { sessionType: 'FACILITATION', durationHours: 4, daysAgo: 93 },
  { sessionType: 'FACILITATION', durationHours: 4, daysAgo: 86 },
  { sessionType: 'GUIDANCE', durationHours: 4, daysAgo: 79 },
] as const;

/** Member i's attendance at session s: mostly present, some partial (late), a few absent. */
export const statusOf = (i: number, s: number): 'PRESENT' | 'PARTIAL' | 'ABSENT' =>
  (i + s) % 7 === 3 ? 'ABSENT' : (i + s) % 5 === 2 ? 'PARTIAL' : 'PRESENT';

export const DELIVERY = `query($id: ID!) { journey(id: $id) { stage nextAction { action } modules { moduleId
  templateId status phase actualStart preScore sessions { sessionId attendance } delivery {
  sessionsScheduled sessionsHeld hoursHeld hoursScheduled hoursPerSession { min max } sessionsOutsideHours { sessionId }
  totalHours { min max } totalHoursCheck mixBasis mixTolerancePoints
  mix { sessionType templatePercent sessionsHeld hoursHeld sharePercent deviationPoints outsideTolerance }
  mixOutsideTolerance minimumDurationDays earliestCompletion completedEarly } } } }`;

export interface Member {
  i: number;
  journeyId: string;
}

/** Enrols, assesses and plans the 25, at most 4 at a time; answers them in index order. */
export async function plannedMembers(
  app: Pick<AppHarness, 'gql'>,
  p: GroupProgramme,
  facilitator: TestIdentity,
): Promise<Member[]> {
  const place = { programmeId: p.programmeId, cohortId: p.cohortId, facilitatorId: facilitator.user };
  return mapWithConcurrency(
    Array.from({ length: GROUP_SIZE }, (_, i) => i),
    4,
    async (i) => {
      const sex = sexOf(i);
      const extra = { sex, vulnerableGroups: sex === 'FEMALE' ? ['FEMALE_HEAD_OF_HOUSEHOLD'] : [] };
      const { journeyId } = await enrolInto(app, randomNik(), { ...place, regionCode: '52.71.01' }, extra);
      const needs = assessmentInput({ capital: true, market: true });
      const planning = await ok(app, 'submitAssessment', journeyId, needs, facilitator);
      const proposed = planning.proposedModules as { templateId: string; plannedStart: string }[];
      const capital = proposed.find((m) => m.templateId === 'CAPITAL_ACCESS')!;
      const market = proposed.find((m) => m.templateId === 'MARKET_ACCESS')!;
      const modules = [
        { ...capital, phase: 1 },
        ...(i < GRADUATES ? [] : [{ ...market, phase: 2, plannedStart: addDays(capital.plannedStart, 60) }]),
      ];
      await ok(app, 'approvePlan', journeyId, { modules }, MANAGER);
      return { i, journeyId };
    },
  );
}

/** The ATTENDANCE_RECORDED events of the sessions, per journey and session ("<journey>/<session>" -> count). */
export async function attendanceEvents(sessionIds: string[]): Promise<Map<string, number>> {
  const rows = await rawQuery<{ journey_id: string; session_id: string; n: number }>(
    `select journey_id, data->>'sessionId' as session_id, count(*)::int as n from journey_event
      where type = 'ATTENDANCE_RECORDED' and data->>'sessionId' = any($1) group by 1, 2`,
    [sessionIds],
  );
  return new Map(rows.map((r) => [`${r.journey_id}/${r.session_id}`, r.n]));
}

/** The group_attendance rows of the sessions ("<journey>/<session>" -> status). */
export async function attendanceRows(sessionIds: string[]): Promise<Map<string, string>> {
  const rows = await rawQuery<{ journey_id: string; session_id: string; status: string }>(
    'select journey_id, session_id::text as session_id, status from group_attendance where session_id = any($1)',
    [sessionIds],
  );
  return new Map(rows.map((r) => [`${r.journey_id}/${r.session_id}`, r.status]));
}

/** A journey's modules with their delivery, its stage and next action. */
export async function deliveryOf(app: Pick<AppHarness, 'gql'>, journeyId: string): Promise<Json> {
  const res = await app.gql(DELIVERY, { id: journeyId });
  if (res.errors) throw new Error(JSON.stringify(res.errors));
  return res.data!.journey;
}
