import type { Knex, MikroORM } from '@mikro-orm/postgresql';
import { activityInfo, log } from '@temporalio/activity';
import { appendAuditRows } from '../../db/audit/audit-append';
import { journeyAuditRows } from './journey-audit-rows';
import { notificationInserts, recipientsNeeded } from './journey-notification-rows';
import { coordinatorOf } from '../../db/staff/coordinator-of';
import { notifyingJourneyWrite } from '../../db/live/live-notify.sql';
import { outboxInserts } from '../../db/webhook/webhook-outbox.sql';
import { recordingTransactionSeconds } from './recording-metrics';
import { writeJourneyFacts, writeModuleFacts } from '../../db/facts/journey-fact.sql';
import type { FactEvent } from '../../domain/indicator/journey-fact.rules';
import type {
  JourneyRecordingActivities,
  RecordTransitionInput,
  RecordTransitionResult,
} from '../../domain/journey/journey-recording.types';

type Sql = { sql: string; params: unknown[] };

/**
 * The journey row moves forward to this seq; the same statement notifies live subscribers (delivered at commit,
 * and only when the row moved: db/live/live-notify.sql.ts).
 */
function journeyUpsert(input: RecordTransitionInput): Sql {
  const { state, status, nextAction } = input.view;
  const welfare = state.welfareHistory.at(-1)?.level ?? null;
  return {
    sql: notifyingJourneyWrite(`insert into journey (id, workflow_id, programme_id, cohort_id, region_code,
            facilitator_id, stage, status, overdue, overdue_count, welfare_level, rules_id, rules_version, next_action,
            next_action_by, next_due_at, seq, state, enrolled_at, updated_at, partner_organisation_id)
          values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?, now(), ?)
          on conflict (id) do update set facilitator_id = excluded.facilitator_id, stage = excluded.stage,
            status = excluded.status, overdue = excluded.overdue, overdue_count = excluded.overdue_count,
            welfare_level = excluded.welfare_level,
            rules_id = excluded.rules_id, rules_version = excluded.rules_version, next_action = excluded.next_action,
            next_action_by = excluded.next_action_by, next_due_at = excluded.next_due_at, seq = excluded.seq,
            state = excluded.state, updated_at = now(), partner_organisation_id = excluded.partner_organisation_id
          where journey.seq < excluded.seq`),
    params: [
      state.journeyId,
      input.workflowId,
      state.programmeId,
      state.cohortId,
      state.regionCode,
      state.facilitatorId,
      state.stage,
      status,
      state.overdue.length > 0,
      state.overdue.length,
      welfare,
      state.rulesId,
      state.rulesVersion,
      nextAction.action,
      nextAction.by,
      nextAction.dueAt,
      state.seq,
      JSON.stringify(state),
      state.enrolledAt,
      state.partnerOrganisationId ?? null,
    ],
  };
}

/** The outbound events (webhooks) of the steps: one outbox row per journey event, ids and codes only. */
function outboxOf(input: RecordTransitionInput): Sql | null {
  const { state } = input.view;
  return outboxInserts(
    input.steps.flatMap((step) =>
      step.events.map((e, ordinal) => ({
        journeyId: state.journeyId,
        programmeId: state.programmeId,
        cohortId: state.cohortId ?? null,
        seq: step.seq,
        ordinal,
        type: e.type,
        at: e.at,
        actorRole: e.actor.role,
        data: e.data,
      })),
    ),
  );
}

function eventInserts(input: RecordTransitionInput): Sql | null {
  const rows: unknown[][] = [];
  for (const step of input.steps) {
    step.events.forEach((e, ordinal) =>
      rows.push([
        input.view.state.journeyId,
        step.seq,
        ordinal,
        e.type,
        e.at,
        e.actor.userId,
        e.actor.role,
        JSON.stringify(e.data),
        input.workflowId,
        input.runId,
        step.idempotencyKey,
        step.requestId,
      ]),
    );
  }
  if (rows.length === 0) return null;
  return {
    sql: `insert into journey_event (journey_id, seq, ordinal, type, at, actor_id, actor_role, data, workflow_id,
            run_id, idempotency_key, request_id)
          values ${rows.map(() => '(?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?, ?, ?, ?)').join(', ')}
          on conflict (journey_id, seq, ordinal) do nothing`,
    params: rows.flat(),
  };
}

/** The recorded steps' events with their position, as the fact projection reads them. */
function factEvents(input: RecordTransitionInput): FactEvent[] {
  return input.steps.flatMap((step) =>
    step.events.map((e, ordinal) => ({ seq: step.seq, ordinal, type: e.type, at: e.at, data: e.data })),
  );
}

/**
 * The only writer of the journey read model. Idempotent: events and notifications are keyed by
 * (journey, seq, ordinal) and so are the indicators' facts (db/facts), the journey row only moves forward in seq,
 * so a retried activity (or a worker killed mid-way) records each step exactly once, with exactly one audit_log
 * row per step.
 */
export function createJourneyRecordingActivities(orm: MikroORM): JourneyRecordingActivities {
  return {
    async recordJourneyTransition(input: RecordTransitionInput): Promise<RecordTransitionResult> {
      const em = orm.em.fork();
      const endTimer = recordingTransactionSeconds.startTimer();
      await em.transactional(async (tx) => {
        const conn = tx.getConnection();
        const ctx = tx.getTransactionContext<Knex.Transaction>();
        const sql = (text: string, params: unknown[]) =>
          conn.execute<Record<string, unknown>[]>(text, params, 'all', ctx);
        const { state } = input.view;
        const coordinatorId = recipientsNeeded(input).coordinator
          ? await coordinatorOf(sql, state.programmeId, state.facilitatorId)
          : null;
        const statements = [
          journeyUpsert(input),
          eventInserts(input),
          outboxOf(input),
          notificationInserts(input, coordinatorId),
        ];
        for (const stmt of statements) {
          if (stmt) await conn.execute(stmt.sql, stmt.params, 'run', ctx);
        }
        // The typed facts the indicators read, in the step's transaction (repeats add nothing).
        await writeJourneyFacts(sql, state.journeyId, factEvents(input));
        await writeModuleFacts(sql, state.journeyId, state.seq, state.modules);
        const evidenceIds = input.steps.flatMap((s) => s.evidenceIds);
        if (evidenceIds.length > 0) {
          await conn.execute(
            `update evidence set status = 'ACCEPTED' where id in (${evidenceIds.map(() => '?').join(', ')})`,
            evidenceIds,
            'run',
            ctx,
          );
        }
        // Last, as it takes the audit chain's lock until commit: one audit row per step, retries insert none.
        const reasons =
          evidenceIds.length === 0
            ? []
            : await sql(
                `select id, payload->>'reason' as reason from evidence ` +
                  `where id in (${evidenceIds.map(() => '?').join(', ')})`,
                evidenceIds,
              );
        await appendAuditRows(
          sql,
          journeyAuditRows(
            input,
            new Map(reasons.filter((r) => r.reason != null).map((r) => [String(r.id), String(r.reason)])),
          ),
        );
      });
      endTimer();
      const seq = input.view.state.seq;
      // Ids only; requestIds tie this line to the API request that asked for the step.
      const requestIds = [...new Set(input.steps.map((st) => st.requestId).filter((r): r is string => !!r))];
      log.info('journey recorded', {
        journeyId: input.view.state.journeyId,
        seq,
        steps: input.steps.length,
        requestIds,
      });
      const { workflowId, runId, steps } = input;
      return activityInfo().isLocal
        ? { recordedSeq: seq, recorded: { workflowId, runId, steps } }
        : { recordedSeq: seq };
    },
  };
}
