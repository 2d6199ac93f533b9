/**
 * Group sessions: a learning group of 40 members (×BENCH_SCALE), open journeys in intervention under one
 * facilitator. Each round holds three sessions in every member's module: one through the group path (ONE
 * scheduleGroupSession, then ONE recordGroupAttendance for every member), two as individual sessions (a
 * scheduleSession per member) whose attendance goes through single recordAttendance calls, one after another (a
 * facilitator without the group call) and BULK_CONCURRENCY at a time (the group call's own concurrency). Same
 * servers, journeys and run; a warm-up round first, untimed. Then every group attendance call is sent again (all
 * ALREADY_APPLIED) and journey_event must hold one ATTENDANCE_RECORDED row per member and session.
 */
import type { Pool } from 'pg';
import { BULK_CONCURRENCY } from '../domain/shared/bounded-concurrency';
import { compare, type BenchReport } from './bench-report';
import { ATTEND } from './commands.bench';
import { SCHEDULE, type PreparedJourney } from './commands-setup';
import { batches, prepareGroup, RECORD_GROUP, SCHEDULE_GROUP, type GroupTotals } from './group-sessions-setup';
import { gql } from './http-client';
import { runLoad, type LoadResult } from './load-loop';

const timed = async <T>(fn: () => Promise<T>): Promise<[T, number]> => {
  const t0 = performance.now();
  const result = await fn();
  return [result, performance.now() - t0];
};

export async function groupSessionsBench(
  report: BenchReport,
  deps: { apiUrl: string; pool: Pool; stamp: string },
  members: number,
  rounds: number,
): Promise<void> {
  const t0 = performance.now();
  const { groupId, journeys, facilitator } = await prepareGroup(deps.apiUrl, deps.pool, members, deps.stamp);
  report.facts['Group sessions set-up (untimed)'] =
    `${members} journeys enrolled and in intervention, one learning group (SQL), ` +
    `${((performance.now() - t0) / 1000).toFixed(0)} s`;
  const at = new Date().toISOString();
  const entries = journeys.map((j) => ({ journeyId: j.id, status: 'PRESENT' }));
  const problems: string[] = [];
  const ms = { groupSchedule: [] as number[], soloSchedule: [] as number[], group: [] as number[] };
  const solo = { seq: [] as number[], c8: [] as number[] };
  const sent: { sessionId: string; key: string }[] = [];
  const expect = (what: string, totals: GroupTotals, field: keyof GroupTotals) => {
    if (totals[field] !== members) problems.push(`${what}: ${JSON.stringify(totals)}`);
  };
  const each = async (what: string, concurrency: number, job: (j: PreparedJourney) => Promise<unknown>) => {
    const r: LoadResult = await runLoad({
      label: what,
      concurrency,
      count: journeys.length,
      job: async (i) => void (await job(journeys[i])),
    });
    if (r.failed) problems.push(`${what}: ${r.failed} failed (${r.firstErrors.join('; ')})`);
    return r.seconds * 1000;
  };

  for (let round = 0; round <= rounds; round++) {
    const tag = `${deps.stamp}-${round}`;
    const sessionOf = (kind: string) => `solo-${kind}-${tag}`;
    const [scheduled, scheduleMs] = await timed(() =>
      gql<{ scheduleGroupSession: { session: { id: string }; totals: GroupTotals } }>(
        deps.apiUrl,
        SCHEDULE_GROUP,
        {
          key: `bench-gs-${tag}`,
          input: {
            groupId,
            sessionType: 'THEORY',
            startsAt: at,
            durationHours: 2,
            location: 'Balai desa',
            topic: 'Bench session',
            presenter: 'Pendamping',
          },
        },
        facilitator,
      ),
    );
    expect(`scheduleGroupSession ${tag}`, scheduled.scheduleGroupSession.totals, 'applied');
    const schedule = (kind: string, concurrency: number) =>
      each('scheduleSession', concurrency, (j) =>
        gql(
          deps.apiUrl,
          SCHEDULE,
          {
            id: j.id,
            key: `bench-ss-${kind}-${tag}-${j.id}`,
            input: { moduleId: j.moduleId, sessionId: sessionOf(kind), sessionType: 'THEORY', scheduledAt: at },
          },
          j.facilitator,
        ),
      );
    const soloScheduleMs = await schedule('seq', 1);
    await schedule('c8', BULK_CONCURRENCY);

    const key = `bench-ga-${tag}`;
    const sessionId = scheduled.scheduleGroupSession.session.id;
    const [recorded, groupMs] = await timed(() =>
      gql<{ recordGroupAttendance: { totals: GroupTotals } }>(
        deps.apiUrl,
        RECORD_GROUP,
        { input: { sessionId, heldAt: at, entries }, key },
        facilitator,
      ),
    );
    expect(`recordGroupAttendance ${tag}`, recorded.recordGroupAttendance.totals, 'applied');
    sent.push({ sessionId, key });
    const attend = (kind: string, concurrency: number) =>
      each('recordAttendance', concurrency, (j) =>
        gql(
          deps.apiUrl,
          ATTEND,
          {
            id: j.id,
            key: `bench-sa-${kind}-${tag}-${j.id}`,
            input: { moduleId: j.moduleId, sessionId: sessionOf(kind), status: 'PRESENT', heldAt: at },
          },
          j.facilitator,
        ),
      );
    const seqMs = await attend('seq', 1);
    const c8Ms = await attend('c8', BULK_CONCURRENCY);
    if (round === 0) continue; // the warm-up round
    ms.groupSchedule.push(scheduleMs);
    ms.soloSchedule.push(soloScheduleMs);
    ms.group.push(groupMs);
    solo.seq.push(seqMs);
    solo.c8.push(c8Ms);
  }

  // Every group call again with its key: nothing applied twice, one journey event per member and session.
  for (const s of sent) {
    const again = await gql<{ recordGroupAttendance: { totals: GroupTotals } }>(
      deps.apiUrl,
      RECORD_GROUP,
      { input: { sessionId: s.sessionId, heldAt: at, entries }, key: s.key },
      facilitator,
    );
    expect(`retry of ${s.key}`, again.recordGroupAttendance.totals, 'alreadyApplied');
  }
  const counts = await deps.pool.query<{ n: string }>(
    `select count(*) as n from journey_event where type = 'ATTENDANCE_RECORDED' and data->>'sessionId' = any($1)
     group by journey_id, data->>'sessionId'`,
    [sent.map((s) => s.sessionId)],
  );
  const doubled = counts.rows.filter((r) => Number(r.n) !== 1).length;
  const exact = counts.rows.length === sent.length * members && doubled === 0 && problems.length === 0;
  report.facts['Group sessions: one effect per member'] =
    `${exact ? 'yes' : 'NO'}: ${sent.length} recordGroupAttendance calls of ${members} members, each sent again; ` +
    `${counts.rows.length} member-session pairs in journey_event, ${doubled} with ≠ 1 row` +
    (problems.length ? `; problems: ${problems.slice(0, 3).join(' | ')}` : '');

  const group = batches('group', ms.group, members);
  const many = `${members} members, ×${rounds} rounds, ms per batch`;
  report.rows.push(
    compare(
      'Group sessions',
      `ONE recordGroupAttendance (${many})`,
      group,
      batches('seq', solo.seq, members),
      `${members} recordAttendance one after another`,
      'p50',
    ),
    compare(
      'Group sessions',
      `ONE recordGroupAttendance (${many})`,
      group,
      batches('c8', solo.c8, members),
      `${members} recordAttendance ${BULK_CONCURRENCY} at a time`,
      'p50',
    ),
    compare(
      'Group sessions',
      `ONE scheduleGroupSession (${many})`,
      batches('gs', ms.groupSchedule, members),
      batches('ss', ms.soloSchedule, members),
      `${members} scheduleSession one after another`,
      'p50',
    ),
  );
  if (problems.length) throw new Error(problems.slice(0, 3).join('; '));
}
