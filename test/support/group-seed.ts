import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { testDatabaseUrl } from './servers';

/**
 * Groups written straight into PostgreSQL (community_group, group_member, group_session, group_attendance,
 * group_capital, group_report) for the figure tests, beside the product: the rows the group API would leave,
 * with the dates a test needs (months in the past), in one transaction.
 */
export interface SeedGroup {
  id: string;
  programmeId: string;
  cohortId: string | null;
  regionCode: string;
  kind: 'LEARNING_GROUP' | 'BUSINESS_GROUP' | 'COOPERATIVE' | 'ALUMNI_GROUP';
  status: 'FORMED' | 'ACTIVE' | 'INDEPENDENT' | 'DISSOLVED';
  /** ISO instant of the last status change (for DISSOLVED: when it was dissolved). */
  statusChangedAt: string;
  formedOn: string;
  plannedMeetingsPerMonth: number;
  members: {
    journeyId: string;
    role: 'CHAIR' | 'SECRETARY' | 'TREASURER' | 'MEMBER';
    joinedOn: string;
    leftOn?: string;
  }[];
  /** Sessions with the attendance recorded for them (none: scheduled, not held). */
  sessions?: { startsAt: string; attendance: { journeyId: string; status: 'PRESENT' | 'PARTIAL' | 'ABSENT' }[] }[];
  capital?: { source: 'GRANT' | 'KUR' | 'UMI' | 'COOPERATIVE_LOAN' | 'CSR'; amount: number; receivedOn: string }[];
  reports?: { periodStart: string; periodEnd: string; meetingsHeld: number; membersPresent: number; revenue: number }[];
}

export async function seedGroups(groups: readonly SeedGroup[]): Promise<void> {
  const client = new Client({ connectionString: testDatabaseUrl() });
  await client.connect();
  const now = new Date().toISOString();
  const run = (sql: string, values: unknown[]) => client.query(sql, values);
  try {
    await run('begin', []);
    for (const g of groups) {
      await run(
        `insert into community_group (id, programme_id, cohort_id, region_code, kind, name, facilitator_id,
          status, status_changed_at, formed_on, planned_meetings_per_month, idempotency_key, created_by, created_at)
         values ($1, $2, $3, $4, $5, $6, 'facilitator-1', $7, $8, $9, $10, $11, 'seed', $12)`,
        [
          g.id,
          g.programmeId,
          g.cohortId,
          g.regionCode,
          g.kind,
          `Kelompok ${g.id.slice(0, 4)}`,
          g.status,
          g.statusChangedAt,
          g.formedOn,
          g.plannedMeetingsPerMonth,
          `seed-${g.id}`,
          now,
        ],
      );
      for (const m of g.members)
        await run(
          `insert into group_member (id, group_id, journey_id, role, joined_on, left_on, created_by, created_at)
           values ($1, $2, $3, $4, $5, $6, 'seed', $7)`,
          [randomUUID(), g.id, m.journeyId, m.role, m.joinedOn, m.leftOn ?? null, now],
        );
      for (const s of g.sessions ?? []) {
        const sessionId = randomUUID();
        await run(
          `insert into group_session (id, group_id, module_template_id, session_type, starts_at, duration_hours,
            location, topic, presenter, idempotency_key, scheduled_by, scheduled_at)
           values ($1, $2, 'SOCIAL_MENTORING', 'GROUP_GUIDANCE', $3, 2, 'Balai desa', 'Topik', 'Pendamping', $4,
            'seed', $5)`,
          [sessionId, g.id, s.startsAt, `seed-${sessionId}`, now],
        );
        for (const a of s.attendance)
          await run(
            `insert into group_attendance (session_id, journey_id, status, held_at, recorded_by, recorded_at)
             values ($1, $2, $3, $4, 'seed', $5)`,
            [sessionId, a.journeyId, a.status, s.startsAt, now],
          );
      }
      for (const c of g.capital ?? [])
        await run(
          `insert into group_capital (id, group_id, source, amount, received_on, idempotency_key, recorded_by,
            recorded_at) values ($1, $2, $3, $4, $5, $6, 'seed', $7)`,
          [randomUUID(), g.id, c.source, c.amount, c.receivedOn, `seed-${randomUUID()}`, now],
        );
      for (const r of g.reports ?? [])
        await run(
          `insert into group_report (id, group_id, period_start, period_end, meetings_held, members_present, revenue,
            savings, idempotency_key, recorded_by, recorded_at) values ($1, $2, $3, $4, $5, $6, $7, 0, $8, 'seed', $9)`,
          [
            randomUUID(),
            g.id,
            r.periodStart,
            r.periodEnd,
            r.meetingsHeld,
            r.membersPresent,
            r.revenue,
            `seed-${randomUUID()}`,
            now,
          ],
        );
    }
    await run('commit', []);
  } catch (err) {
    await run('rollback', []);
    throw err;
  } finally {
    await client.end();
  }
}
