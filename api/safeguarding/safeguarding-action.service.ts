import { randomUUID } from 'node:crypto';
import { appendAuditRows } from '../../db/audit/audit-append';
import { grievanceAuditRow } from '../../db/audit/grievance-audit-row';
import type { SafeguardingReportEntity } from '../../db/entities';
import { JourneyEntity } from '../../db/entities';
import { DomainError } from '../../domain/errors/error-codes';
import {
  checkSafeguardingAction,
  type SafeguardingAction,
  type SafeguardingCase,
} from '../../domain/safeguarding/safeguarding.rules';
import { inAuditTransaction } from '../audit/audit-sql';
import type { GraphQLContext } from '../context';
import { deterministicUuid } from '../../db/shared/deterministic-id';
import { commandResponse, requireReason } from '../journey/journey-command.helpers';
import type { JourneyObject } from '../journey/journey.object';
import type { SafeguardingActionInput } from './safeguarding.input';
import { loadReport } from './safeguarding-report.service';

const caseOf = (row: SafeguardingReportEntity): SafeguardingCase => ({ status: row.status, finding: row.finding });

function checked(row: SafeguardingReportEntity, kind: SafeguardingAction, byTeam: boolean): SafeguardingCase {
  const check = checkSafeguardingAction(caseOf(row), kind, byTeam);
  if (!check.ok) throw new DomainError(check.code, check.message);
  return check.next;
}

/** Writes one handling step, the report's new finding or status, and its GRIEVANCE audit row, in one transaction. */
async function writeAction(
  ctx: GraphQLContext,
  row: SafeguardingReportEntity,
  next: SafeguardingCase,
  action: { id: string; kind: SafeguardingAction; journeyId: string | null; note: string | null },
) {
  const principal = ctx.principal!;
  const at = new Date();
  await inAuditTransaction(ctx.em, async (sql) => {
    const fresh = await sql(
      `insert into safeguarding_action (id, report_id, kind, journey_id, note_sealed, actor_id, actor_role, at)
       values (?, ?, ?, ?, ?, ?, ?, ?)
      on conflict (id) do nothing returning id`,
      [
        action.id,
        row.id,
        action.kind,
        action.journeyId,
        ctx.cipher.encryptNullable(action.note),
        principal.userId,
        principal.role,
        at,
      ],
    );
    if (fresh.length === 0) return; // the same request again
    await sql(
      `update safeguarding_report set status = ?, finding = ?,
       closed_at = case when ? = 'CLOSED' then ?::timestamptz else closed_at end where id = ?`,
      [next.status, next.finding, next.status, at, row.id],
    );
    await appendAuditRows(sql, [
      grievanceAuditRow({
        actorId: principal.userId,
        actorRole: principal.role,
        action: `safeguarding.${action.kind.toLowerCase()}`,
        place: { programmeId: row.programmeId, regionCode: row.regionCode },
        after: {
          reportId: row.id,
          kind: action.kind,
          journeyId: action.journeyId,
          finding: next.finding,
          status: next.status,
        },
        requestId: ctx.requestId,
        at,
      }),
    ]);
  });
}

/** The safeguarding team records a step: victim support, referral, finding, a staff or partner sanction, closure. */
export async function recordSafeguardingAction(
  ctx: GraphQLContext,
  reportId: string,
  input: SafeguardingActionInput,
): Promise<SafeguardingReportEntity> {
  const row = await loadReport(ctx, reportId);
  const next = checked(row, input.kind, true);
  const note = input.note?.trim() ? input.note.trim() : null;
  await writeAction(ctx, row, next, {
    id: randomUUID(),
    kind: input.kind,
    journeyId: input.journeyId?.toLowerCase() ?? null,
    note,
  });
  ctx.em.clear(); // the row was changed in SQL: read it again
  return loadReport(ctx, row.id);
}

/**
 * A proven report's sanction against a participant: the manager exits the journey through the
 * journey workflow like any other exit (command `exit`, kind SAFEGUARDING_SANCTION, naming the
 * report), then the step PARTICIPANT_EXITED is added to the report. The reason is journey evidence.
 */
export async function applySafeguardingSanction(
  ctx: GraphQLContext,
  reportId: string,
  journeyId: string,
  reason: string,
  idempotencyKey?: string,
): Promise<JourneyObject> {
  const row = await loadReport(ctx, reportId);
  const next = checked(row, 'PARTICIPANT_EXITED', false);
  const text = requireReason(reason);
  const journey = await ctx.em.findOne(
    JourneyEntity,
    { id: journeyId.toLowerCase() },
    { fields: ['id', 'programmeId'] },
  );
  if (journey && journey.programmeId !== row.programmeId)
    throw new DomainError('VALIDATION_FAILED', "The journey is not in the report's programme");
  const exited = await commandResponse(ctx, 'exit', {
    journeyId,
    idempotencyKey,
    evidence: {
      kind: 'REASON',
      payload: { reason: text, exitKind: 'SAFEGUARDING_SANCTION', safeguardingReportId: row.id },
    },
    build: (reasonEvidenceId) => ({
      type: 'exit',
      exitKind: 'SAFEGUARDING_SANCTION',
      reasonEvidenceId,
      safeguardingReportId: row.id,
    }),
  });
  const actionId = idempotencyKey ? deterministicUuid(`safeguarding-sanction:${row.id}`, idempotencyKey) : randomUUID();
  await writeAction(ctx, row, next, {
    id: actionId,
    kind: 'PARTICIPANT_EXITED',
    journeyId: journeyId.toLowerCase(),
    note: null,
  });
  return exited;
}
