import type { CommandEnvelope } from '../../domain/journey/journey.types';
import { DomainError } from '../../domain/errors/error-codes';
import type { GraphQLContext } from '../context';
import { deterministicUuid } from '../../db/shared/deterministic-id';

/** The evidence row of a manager's approval of one field record (journey, the record's idempotency key). */
export const lateApprovalEvidenceId = (journeyId: string, recordKey: string): string =>
  deterministicUuid(`late-record-approval:${journeyId}`, recordKey);

export interface LateRecordApprovalView {
  journeyId: string;
  recordKey: string;
  approvedBy: string;
  approvedAt: Date;
}

/** The manager's approval of one field record, if there is one. */
export async function approvalOf(
  ctx: GraphQLContext,
  journeyId: string,
  recordKey: string,
): Promise<LateRecordApprovalView | null> {
  const rows = await ctx.em
    .getConnection()
    .execute<{ created_by: string; created_at: Date }[]>(
      `select created_by, created_at from evidence where id = ? and journey_id = ? and kind = 'LATE_RECORD_APPROVAL'`,
      [lateApprovalEvidenceId(journeyId, recordKey), journeyId],
      'all',
    );
  const row = rows[0];
  return row ? { journeyId, recordKey, approvedBy: row.created_by, approvedAt: new Date(row.created_at) } : null;
}

/**
 * What a command's envelope carries about its field time: `occurredAt` (ISO) and, when a manager approved this
 * record (by its key), the approval. Nothing for a command sent without a field time.
 */
export async function fieldTimeOf(
  ctx: GraphQLContext,
  journeyId: string,
  key: string,
  occurredAt: Date | undefined,
): Promise<Pick<CommandEnvelope, 'occurredAt' | 'lateApproval'>> {
  if (occurredAt === undefined || occurredAt === null) return {};
  if (Number.isNaN(occurredAt.getTime())) throw new DomainError('VALIDATION_FAILED', 'occurredAt is not a date');
  const approval = await approvalOf(ctx, journeyId, key);
  return {
    occurredAt: occurredAt.toISOString(),
    ...(approval
      ? { lateApproval: { approvedBy: approval.approvedBy, evidenceId: lateApprovalEvidenceId(journeyId, key) } }
      : {}),
  };
}
