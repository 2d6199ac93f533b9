import { randomUUID } from 'node:crypto';
import type { AppHarness, TestIdentity } from './app-harness';
import { FACILITATOR } from './app-harness';
import { rawQuery } from './raw-sql';

const LINES = 'members { journeyId outcome code message moduleId attendance }';
const TOTALS = 'totals { members applied alreadyApplied refused notRecorded }';

export const SCHEDULE_GROUP_SESSION = `mutation($input: ScheduleGroupSessionInput!, $key: String!) {
  scheduleGroupSession(input: $input, idempotencyKey: $key) {
    session { id groupId moduleTemplateId sessionType startsAt durationHours location topic presenter }
    ${TOTALS} ${LINES} } }`;

export const RECORD_GROUP_ATTENDANCE = `mutation($input: RecordGroupAttendanceInput!, $key: String!) {
  recordGroupAttendance(input: $input, idempotencyKey: $key) { sessionId ${TOTALS} ${LINES} } }`;

/** A session of a group as a facilitator schedules it (a fresh key unless given). */
export const groupSessionInput = (groupId: string, startsAt: string, overrides: Record<string, unknown> = {}) => ({
  groupId,
  sessionType: 'FACILITATION',
  startsAt,
  durationHours: 2.5,
  location: 'Balai desa Ampenan',
  topic: 'Menyusun proposal modal usaha',
  presenter: 'Pendamping kelompok',
  ...overrides,
});

export async function scheduleGroupSession(
  app: Pick<AppHarness, 'gql'>,
  input: Record<string, unknown>,
  key = `gs-${randomUUID()}`,
  identity: TestIdentity = FACILITATOR,
) {
  return app.gql(SCHEDULE_GROUP_SESSION, { input, key }, identity);
}

export async function recordGroupAttendance(
  app: Pick<AppHarness, 'gql'>,
  sessionId: string,
  heldAt: string,
  entries: { journeyId: string; status: string }[],
  key = `ga-${randomUUID()}`,
  identity: TestIdentity = FACILITATOR,
) {
  return app.gql(RECORD_GROUP_ATTENDANCE, { input: { sessionId, heldAt, entries }, key }, identity);
}

/** How many events of a type each journey recorded for one session (journey_event, the journeys' own history). */
export async function sessionEventCounts(type: string, sessionId: string): Promise<Record<string, number>> {
  const rows = await rawQuery<{ journey_id: string; n: string }>(
    `select journey_id, count(*) as n from journey_event where type = $1 and data->>'sessionId' = $2
     group by journey_id`,
    [type, sessionId],
  );
  return Object.fromEntries(rows.map((r) => [r.journey_id, Number(r.n)]));
}

/** The group_attendance rows of a session, journey -> status. */
export async function groupAttendanceRows(sessionId: string): Promise<Record<string, string>> {
  const rows = await rawQuery<{ journey_id: string; status: string }>(
    'select journey_id, status from group_attendance where session_id = $1',
    [sessionId],
  );
  return Object.fromEntries(rows.map((r) => [r.journey_id, r.status]));
}
