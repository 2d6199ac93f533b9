import type { MikroORM } from '@mikro-orm/postgresql';
import type { FieldCipher } from '../../config/crypto/field-cipher';
import { openForm } from '../personal-data/sealed-forms';
import type { AuditRowContent } from '../audit/audit-hash';
import { appendAuditRows } from '../audit/audit-append';
import { coordinatorOf } from '../staff/coordinator-of';
import type { RecordTransitionInput } from '../../domain/journey/journey-recording.types';
import { journeyAuditRows } from './journey-audit-rows';
import { notificationInserts, recipientsNeeded } from './journey-notification-rows';
import { factEvents, outboxOf } from './journey-step-feeds.sql';
import { writeJourneyFacts, writeModuleFacts } from '../facts/journey-fact.sql';
import { writeJourneySummaries, writeStepSummaries } from '../facts/journey-summary.sql';
import { notifyingJourneyWrite } from '../live/live-notify.sql';
import { sqlIn } from '../shared/sql-rows';

type Sql = { sql: string; params: unknown[] };

/**
 * The journey row from the workflow's view. Forward only (the row never moves back in seq) unless `rollBack`: the
 * reconciliation's repair of a row ahead of its workflow (Temporal restored from an older backup).
 */
export function journeyUpsert(input: Pick<RecordTransitionInput, 'view' | 'workflowId'>, rollBack = false): Sql {
  const { state, status, nextAction } = input.view;
  const welfare = state.welfareHistory.at(-1)?.level ?? null;
  return {
    sql: notifyingJourneyWrite(`insert into journey (id, workflow_id, programme_id, cohort_id, region_code,
            facilitator_id, stage, status, overdue, overdue_count, welfare_level, rules_id, rules_version, next_action,
            next_action_by, next_due_at, seq, state, enrolled_at, updated_at, partner_organisation_id)
          values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?, now(), ?)
          on conflict (id) do update set facilitator_id = excluded.facilitator_id, stage = excluded.stage,
            status = excluded.status, overdue = excluded.overdue, overdue_count = excluded.overdue_count,
            welfare_level = excluded.welfare_level, rules_id = excluded.rules_id,
            rules_version = excluded.rules_version, next_action = excluded.next_action,
            next_action_by = excluded.next_action_by, next_due_at = excluded.next_due_at, seq = excluded.seq,
            state = excluded.state, updated_at = now(), partner_organisation_id = excluded.partner_organisation_id
          ${rollBack ? '' : 'where journey.seq < excluded.seq'}`),
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

/**
 * The only writer of the journey read model (the recording activity and the reconciliation command both call it),
 * with the webhook outbox, the live notice and the indicators' facts in the same transaction.
 * Idempotent: events, outbox rows, facts and notifications are keyed by (journey, seq, ordinal), the journey row
 * only moves forward in seq, so a retried activity (or a worker killed mid-way, or a reconciliation run twice)
 * records each step exactly once, with exactly one audit_log row per step. `alsoAudit`: rows chained in the same
 * transaction (a repair's).
 */
export async function writeJourneyTransition(
  orm: MikroORM,
  cipher: FieldCipher,
  input: RecordTransitionInput,
  alsoAudit: AuditRowContent[] = [],
): Promise<void> {
  const em = orm.em.fork();
  await em.transactional(async (tx) => {
    const sql = sqlIn(tx);
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
      if (stmt) await sql(stmt.sql, stmt.params);
    }
    // The typed facts the indicators read and the journey's summary of them, in the step's transaction (repeats add
    // nothing): derived again from the facts the steps add, or from all of them in a repair without steps.
    const added = await writeJourneyFacts(sql, cipher, state.journeyId, factEvents(input));
    await writeModuleFacts(sql, state.journeyId, state.seq, state.modules);
    if (input.steps.length > 0) await writeStepSummaries(sql, state.journeyId, added);
    else await writeJourneySummaries(sql, [state.journeyId]);
    const evidenceIds = input.steps.flatMap((s) => s.evidenceIds);
    if (evidenceIds.length > 0) {
      await sql(
        `update evidence set status = 'ACCEPTED' where id in (${evidenceIds.map(() => '?').join(', ')})`,
        evidenceIds,
      );
    }
    // Last, as it takes the audit chain's lock until commit: one audit row per step, retries insert none.
    const forms =
      evidenceIds.length === 0
        ? []
        : await sql(
            `select id, payload, payload_sealed from evidence where id in (${evidenceIds.map(() => '?').join(', ')})`,
            evidenceIds,
          );
    const reasons = forms.map((r) => [String(r.id), openForm(cipher, r).reason] as const);
    await appendAuditRows(sql, [
      ...journeyAuditRows(
        input,
        new Map(reasons.filter(([, reason]) => reason != null).map(([id, reason]) => [id, String(reason)])),
      ),
      ...alsoAudit,
    ]);
  });
}
