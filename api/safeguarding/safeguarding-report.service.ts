import { randomUUID } from 'node:crypto';
import type { FilterQuery } from '@mikro-orm/core';
import { appendAuditRows } from '../../db/audit/audit-append';
import { grievanceAuditRow } from '../../db/audit/grievance-audit-row';
import { ProgrammeEntity, SafeguardingActionEntity, SafeguardingReportEntity } from '../../db/entities';
import { DomainError } from '../../domain/errors/error-codes';
import { AT_RISK_GROUPS, SAFEGUARDING_CATEGORIES } from '../../domain/safeguarding/safeguarding.rules';
import { inAuditTransaction } from '../audit/audit-sql';
import { scopeConditions } from '../complaint/complaint-read.service';
import type { GraphQLContext } from '../context';
import { boundedText, loadRecordInScope } from '../grievance/grievance-access';
import { REPORT_TEXT, type FileSafeguardingReportInput } from './safeguarding.input';
import { toGlobalId } from '../node/global-id';
import type { SafeguardingReceipt, SafeguardingReportObject } from './safeguarding.object';

export const loadReport = (ctx: GraphQLContext, id: string) =>
  loadRecordInScope(ctx, 'safeguarding report', id, (key) => ctx.em.findOne(SafeguardingReportEntity, { id: key }));

/**
 * Files a safeguarding report. The reporter's identity (what they typed, and their user id when
 * signed in) is sealed into one column and only when they chose a named report. The audit row's
 * actor is always 'anonymous' with no request id, named or not: the audit log is readable by
 * auditors, and the identity must stay with the safeguarding team.
 */
export async function fileSafeguardingReport(
  ctx: GraphQLContext,
  input: FileSafeguardingReportInput,
): Promise<SafeguardingReceipt> {
  if (!(SAFEGUARDING_CATEGORIES as readonly string[]).includes(input.category))
    throw new DomainError('VALIDATION_FAILED', 'Unknown category');
  const groups = [...new Set(input.atRiskGroups ?? [])];
  if (groups.some((g) => !(AT_RISK_GROUPS as readonly string[]).includes(g)))
    throw new DomainError('VALIDATION_FAILED', 'Unknown at-risk group');
  const description = boundedText('description', input.description, REPORT_TEXT.min, REPORT_TEXT.max);
  const reporter = input.anonymous ? null : boundedText('reporter', input.reporter, 3, 300);
  if (!(await ctx.em.findOne(ProgrammeEntity, { id: input.programmeId })))
    throw new DomainError('VALIDATION_FAILED', `Unknown programme ${input.programmeId}`);
  const cipher = ctx.cipher;
  const id = randomUUID();
  const at = new Date();
  const identity = reporter === null ? null : JSON.stringify({ reporter, userId: ctx.principal?.userId ?? null });
  const place = { programmeId: input.programmeId, regionCode: input.regionCode };
  await inAuditTransaction(ctx.em, async (sql) => {
    await sql(
      `insert into safeguarding_report (id, programme_id, region_code, category, at_risk_groups, description_sealed,
       anonymous, reporter_sealed, status, filed_at)
      values (?, ?, ?, ?, ?::jsonb, ?, ?, ?, 'OPEN', ?)`,
      [
        id,
        input.programmeId,
        input.regionCode,
        input.category,
        JSON.stringify(groups),
        cipher.encrypt(description),
        input.anonymous,
        cipher.encryptNullable(identity),
        at,
      ],
    );
    await appendAuditRows(sql, [
      grievanceAuditRow({
        actorId: 'anonymous',
        actorRole: 'none',
        action: 'safeguarding.file',
        place,
        after: { reportId: id, category: input.category },
        at,
      }),
    ]);
  });
  // Not logged: the request logger carries the client's x-request-id, which would tie the reporter to the report.
  return { reference: id, receivedAt: at };
}

/** A report as the caller may see it: sealed parts opened for the safeguarding team only. */
export async function toReportObject(
  ctx: GraphQLContext,
  row: SafeguardingReportEntity,
): Promise<SafeguardingReportObject> {
  const team = ctx.principal?.role === 'safeguarding';
  const cipher = ctx.cipher;
  const actions = await ctx.em.find(
    SafeguardingActionEntity,
    { reportId: row.id },
    { orderBy: { at: 'asc', id: 'asc' } },
  );
  return {
    id: toGlobalId('SafeguardingReport', row.id),
    reportId: row.id,
    programmeId: row.programmeId,
    regionCode: row.regionCode,
    category: row.category,
    atRiskGroups: row.atRiskGroups,
    status: row.status,
    finding: row.finding,
    filedAt: row.filedAt,
    closedAt: row.closedAt,
    description: team ? cipher.decrypt(row.descriptionSealed) : null,
    anonymous: team ? row.anonymous : null,
    actions: actions.map((a) => ({
      kind: a.kind,
      at: a.at,
      actorId: a.actorId,
      actorRole: a.actorRole,
      journeyId: a.journeyId,
      note: team ? cipher.decryptNullable(a.noteSealed) : null,
    })),
  };
}

/** The newest reports (up to 200) in the caller's scope. */
export async function listReports(
  ctx: GraphQLContext,
  programmeId: string | undefined,
): Promise<SafeguardingReportObject[]> {
  const where = {
    $and: [...scopeConditions(ctx), ...(programmeId ? [{ programmeId }] : [])],
  } as FilterQuery<SafeguardingReportEntity>;
  const rows = await ctx.em.find(SafeguardingReportEntity, where, { orderBy: { filedAt: 'desc' }, limit: 200 });
  return Promise.all(rows.map((r) => toReportObject(ctx, r)));
}

/**
 * The reporter's identity, for the safeguarding team, with a written reason. Like revealNik: one
 * READ audit row (who, when, which report, why; never the identity) is committed before answering.
 * Null for an anonymous report (the read is logged all the same).
 */
export async function revealReporter(ctx: GraphQLContext, reportId: string, reason: string): Promise<string | null> {
  const principal = ctx.principal!;
  const trimmed = reason.trim();
  if (trimmed.length < 10 || trimmed.length > 500)
    throw new DomainError(
      'REASON_REQUIRED',
      "Reading a reporter's identity needs a written reason (10-500 characters)",
    );
  const row = await loadReport(ctx, reportId);
  await inAuditTransaction(ctx.em, (sql) =>
    appendAuditRows(sql, [
      {
        at: new Date(),
        actorId: principal.userId,
        actorRole: principal.role,
        action: 'revealSafeguardingReporter',
        journeyId: null,
        programmeId: row.programmeId,
        regionCode: row.regionCode,
        reason: trimmed,
        before: null,
        after: { reportId: row.id },
        requestId: ctx.requestId,
        idempotencyKey: null,
        workflowId: null,
        runId: null,
        eventSeq: null,
        source: 'READ',
      },
    ]),
  );
  ctx.logger.info(
    { requestId: ctx.requestId, reportId: row.id, actorId: principal.userId },
    'safeguarding reporter read',
  ); // never the identity
  const sealed = ctx.cipher.decryptNullable(row.reporterSealed);
  if (sealed === null) return null;
  const identity = JSON.parse(sealed) as { reporter: string; userId: string | null };
  return identity.userId ? `${identity.reporter} (signed in as ${identity.userId})` : identity.reporter;
}
