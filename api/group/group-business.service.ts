import { membersInPeriod } from '../../db/group/group-membership.sql';
import type { GroupRow } from '../../db/group/group-read.sql';
import { DomainError } from '../../domain/errors/error-codes';
import {
  businessPlanProblems,
  capitalProblems,
  periodsOverlap,
  reportProblems,
} from '../../domain/group/group-business.rules';
import { isBusinessKind } from '../../domain/group/group.rules';
import type { GraphQLContext } from '../context';
import { deterministicUuid } from '../../db/shared/deterministic-id';
import { runGroupCommand } from './group-command.service';
import type { GroupObject } from './group.object';
import type { BusinessPlanInput, GroupCapitalInput, GroupReportInput } from './group.input';
import { groupOrFail } from './group-read.service';

function assertBusinessGroup(group: GroupRow): void {
  if (!isBusinessKind(group.kind))
    throw new DomainError('NOT_A_BUSINESS_GROUP', `Group ${group.id} is a ${group.kind}`);
}

function invalidIf(problems: string[]): void {
  if (problems.length > 0) throw new DomainError('VALIDATION_FAILED', problems.join('; '));
}

/** Records (or replaces) a business group's plan: codes and figures, audited group.plan with before and after. */
export async function recordBusinessPlan(
  ctx: GraphQLContext,
  groupId: string,
  input: BusinessPlanInput,
  idempotencyKey: string,
): Promise<GroupObject> {
  const plan = {
    activity: input.activity,
    plannedCapital: input.plannedCapital,
    expectedMonthlyRevenue: input.expectedMonthlyRevenue,
    presentedOn: input.presentedOn,
  };
  await runGroupCommand(ctx, {
    groupId,
    idempotencyKey,
    action: 'group.plan',
    request: plan,
    async apply({ sql, group }) {
      assertBusinessGroup(group);
      invalidIf(businessPlanProblems(plan, group.formedOn));
      await sql('update community_group set business_plan = ?::jsonb where id = ?', [JSON.stringify(plan), group.id]);
      return { result: { recorded: true }, audit: [{ before: group.businessPlan ?? null, after: { ...plan } }] };
    },
  });
  return groupOrFail(ctx, groupId);
}

/** Records capital a business group received (audited group.capital); a retry records it once. */
export async function recordGroupCapital(
  ctx: GraphQLContext,
  groupId: string,
  input: GroupCapitalInput,
  idempotencyKey: string,
): Promise<GroupObject> {
  const capital = { source: input.source, amount: input.amount, receivedOn: input.receivedOn };
  await runGroupCommand(ctx, {
    groupId,
    idempotencyKey,
    action: 'group.capital',
    request: capital,
    async apply({ sql, group, at, actorId }) {
      assertBusinessGroup(group);
      invalidIf(capitalProblems(capital, group.formedOn));
      const capitalId = deterministicUuid('group-capital', idempotencyKey);
      await sql(
        `insert into group_capital (id, group_id, source, amount, received_on, idempotency_key, recorded_by,
           recorded_at) values (?, ?, ?, ?, ?, ?, ?, ?)`,
        [capitalId, group.id, capital.source, capital.amount, capital.receivedOn, idempotencyKey, actorId, at],
      );
      return { result: { capitalId }, audit: [{ after: { capitalId, ...capital } }] };
    },
  });
  return groupOrFail(ctx, groupId);
}

/**
 * Records a business group's periodic report (audited group.report): its period must not overlap an earlier
 * report's (GROUP_REPORT_PERIOD_OVERLAPS), and no more members present than the group had in the period.
 */
export async function recordGroupReport(
  ctx: GraphQLContext,
  groupId: string,
  input: GroupReportInput,
  idempotencyKey: string,
): Promise<GroupObject> {
  const report = {
    periodStart: input.periodStart,
    periodEnd: input.periodEnd,
    meetingsHeld: input.meetingsHeld,
    membersPresent: input.membersPresent,
    revenue: input.revenue,
    savings: input.savings,
  };
  await runGroupCommand(ctx, {
    groupId,
    idempotencyKey,
    action: 'group.report',
    request: report,
    async apply({ sql, group, at, actorId }) {
      assertBusinessGroup(group);
      const members = await membersInPeriod(sql, group.id, report.periodStart, report.periodEnd);
      invalidIf(reportProblems(report, group.formedOn, members));
      const earlier = await sql(
        `select period_start::text as "periodStart", period_end::text as "periodEnd" from group_report
          where group_id = ?`,
        [group.id],
      );
      const clash = earlier.find((p) => periodsOverlap(report, p as { periodStart: string; periodEnd: string }));
      if (clash)
        throw new DomainError(
          'GROUP_REPORT_PERIOD_OVERLAPS',
          `The period ${report.periodStart}..${report.periodEnd} overlaps ${String(clash.periodStart)}..` +
            String(clash.periodEnd),
        );
      const reportId = deterministicUuid('group-report', idempotencyKey);
      await sql(
        `insert into group_report (id, group_id, period_start, period_end, meetings_held, members_present, revenue,
           savings, idempotency_key, recorded_by, recorded_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
        [
          reportId,
          group.id,
          report.periodStart,
          report.periodEnd,
          report.meetingsHeld,
          report.membersPresent,
          report.revenue,
          report.savings,
          idempotencyKey,
          actorId,
          at,
        ],
      );
      return { result: { reportId }, audit: [{ after: { reportId, ...report, membersInPeriod: members } }] };
    },
  });
  return groupOrFail(ctx, groupId);
}
