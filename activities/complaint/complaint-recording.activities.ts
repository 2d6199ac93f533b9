import type { MikroORM } from '@mikro-orm/postgresql';
import { appendAuditRows } from '../../db/audit/audit-append';
import { grievanceAuditRow } from '../../db/audit/grievance-audit-row';
import type {
  ComplaintRecordingActivities,
  RecordComplaintStepInput,
} from '../../domain/complaint/complaint-recording.types';
import { sqlIn } from '../../db/shared/sql-rows';

/**
 * The only writer of a complaint's steps after filing. Idempotent by (complaint, seq): a retried
 * activity inserts no second step row, notification or audit row; the complaint row only moves
 * forward in seq. An escalation notifies the programme's managers (no single recipient).
 */
export function createComplaintRecordingActivities(orm: MikroORM): ComplaintRecordingActivities {
  return {
    async recordComplaintStep(input: RecordComplaintStepInput): Promise<void> {
      const { state, kind, actor, at } = input;
      await orm.em.fork().transactional(async (tx) => {
        const sql = sqlIn(tx);
        const codes = {
          complaintId: state.complaintId,
          status: state.status,
          category: state.category,
          priority: state.priority,
          assigneeId: state.assigneeId,
          outcome: state.outcome,
          responseDueAt: state.responseDueAt,
          escalatedAt: state.escalatedAt,
        };
        // A workflow whose filing was never stored (storing failed after the start, and ending the
        // workflow failed too) has nothing to record.
        const [stored] = await sql('select 1 as found from complaint where id = ?', [state.complaintId]);
        if (!stored) return;
        const fresh = await sql(
          `insert into complaint_step (complaint_id, seq, type, actor_id, actor_role, at, data)
          values (?, ?, ?, ?, ?, ?, ?::jsonb)
          on conflict do nothing returning seq`,
          [state.complaintId, state.seq, kind, actor.userId, actor.role, at, JSON.stringify(codes)],
        );
        if (fresh.length === 0) return; // recorded by an earlier attempt
        await sql(
          `update complaint set status = ?, category = ?, priority = ?, assignee_id = ?, answer_id = ?, outcome = ?,
            escalated_at = ?, answered_at = case when ? = 'answer' then ?::timestamptz else answered_at end,
            closed_at = case when ? = 'close' then ?::timestamptz else closed_at end, seq = ?
          where id = ? and seq < ?`,
          [
            state.status,
            state.category,
            state.priority,
            state.assigneeId,
            state.answerId,
            state.outcome,
            state.escalatedAt,
            kind,
            at,
            kind,
            at,
            state.seq,
            state.complaintId,
            state.seq,
          ],
        );
        const [place] = await sql('select programme_id, region_code from complaint where id = ?', [state.complaintId]);
        const where = { programmeId: String(place.programme_id), regionCode: String(place.region_code) };
        if (kind === 'escalate') {
          await sql(
            `insert into notification (key, journey_id, kind, reason, recipient_id, data, created_at)
            values (?, null, 'ESCALATE_TO_MANAGER', 'COMPLAINT_OVERDUE', null, ?::jsonb, ?)
            on conflict (key) do nothing`,
            [
              `complaint:${state.complaintId}:escalation`,
              JSON.stringify({ complaintId: state.complaintId, ...where, responseDueAt: state.responseDueAt }),
              at,
            ],
          );
        }
        await appendAuditRows(sql, [
          grievanceAuditRow({
            actorId: actor.userId,
            actorRole: actor.role,
            action: `complaint.${kind}`,
            place: where,
            after: codes,
            workflowId: `complaint-${state.complaintId}`,
            eventSeq: state.seq,
            at: new Date(at),
          }),
        ]);
      });
    },
  };
}
