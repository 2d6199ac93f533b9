import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import type { GraphQLContext } from '../context';
import { recordBusinessPlan, recordGroupCapital, recordGroupReport } from './group-business.service';
import { BusinessPlanInput, GroupCapitalInput, GroupReportInput } from './group.input';
import { GroupObject } from './group.object';
import { GroupIdArg, GroupKeyArg } from './group-args';

/** A business group's or cooperative's plan, capital and periodic reports (NOT_A_BUSINESS_GROUP for others). */
@Resolver()
export class GroupBusinessResolver {
  @Mutation(() => GroupObject, {
    description: "Records a business group's plan, replacing an earlier one (audited, before and after).",
  })
  recordBusinessPlan(
    @Ctx() ctx: GraphQLContext,
    @GroupIdArg() groupId: string,
    @GroupKeyArg() idempotencyKey: string,
    @Arg('input', () => BusinessPlanInput, { description: 'The plan.' }) input: BusinessPlanInput,
  ): Promise<GroupObject> {
    return recordBusinessPlan(ctx, groupId, input, idempotencyKey);
  }

  @Mutation(() => GroupObject, {
    description: 'Records capital a business group received (audited); a retry with the same key records it once.',
  })
  recordGroupCapital(
    @Ctx() ctx: GraphQLContext,
    @GroupIdArg() groupId: string,
    @GroupKeyArg() idempotencyKey: string,
    @Arg('input', () => GroupCapitalInput, { description: 'Source, amount and date.' }) input: GroupCapitalInput,
  ): Promise<GroupObject> {
    return recordGroupCapital(ctx, groupId, input, idempotencyKey);
  }

  @Mutation(() => GroupObject, {
    description:
      "Records a business group's periodic report (audited): periods never overlap " +
      '(GROUP_REPORT_PERIOD_OVERLAPS), members present at most the members of the period.',
  })
  recordGroupReport(
    @Ctx() ctx: GraphQLContext,
    @GroupIdArg() groupId: string,
    @GroupKeyArg() idempotencyKey: string,
    @Arg('input', () => GroupReportInput, { description: 'The period and its figures.' }) input: GroupReportInput,
  ): Promise<GroupObject> {
    return recordGroupReport(ctx, groupId, input, idempotencyKey);
  }
}
