import { Arg, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { GraphQLContext } from '../context';
import { IdempotencyKeyArg, JourneyIdArg, ReasonArg } from '../journey/command-args';
import { JourneyObject } from '../journey/journey.object';
import { FileSafeguardingReportInput, SafeguardingActionInput } from './safeguarding.input';
import { SafeguardingReceipt, SafeguardingReportObject } from './safeguarding.object';
import { applySafeguardingSanction, recordSafeguardingAction } from './safeguarding-action.service';
import {
  fileSafeguardingReport,
  listReports,
  loadReport,
  revealReporter,
  toReportObject,
} from './safeguarding-report.service';

const ReportIdArg = () =>
  Arg('reportId', () => ID, {
    description: 'The safeguarding report: its id (SafeguardingReportObject.id), or its UUID (reportId).',
  });

/** Safeguarding reports: filed by anyone, handled by the safeguarding team, visible (masked) to every role in scope. */
@Resolver()
export class SafeguardingResolver {
  @Mutation(() => SafeguardingReceipt, {
    description:
      'Anyone, with or without an account, reports exploitation, violence, harassment or discrimination, ' +
      'anonymously or named. The identity is sealed for the safeguarding team; nothing identifying is kept for ' +
      'an anonymous report.',
  })
  fileSafeguardingReport(
    @Arg('input', () => FileSafeguardingReportInput, { description: 'The report.' }) input: FileSafeguardingReportInput,
    @Ctx() ctx: GraphQLContext,
  ) {
    return fileSafeguardingReport(ctx, input);
  }

  @Query(() => [SafeguardingReportObject], {
    description:
      "The newest safeguarding reports (up to 200) in the caller's scope: existence and handling steps for " +
      'every role; description and notes for the safeguarding team only; never the reporter.',
  })
  safeguardingReports(
    @Arg('programmeId', () => ID, { nullable: true, description: 'Only this programme.' })
    programmeId: string | undefined,
    @Ctx() ctx: GraphQLContext,
  ) {
    return listReports(ctx, programmeId);
  }

  @Query(() => SafeguardingReportObject, {
    description: "One safeguarding report in the caller's scope (masked as in safeguardingReports).",
  })
  async safeguardingReport(
    @Arg('id', () => ID, {
      description: 'The safeguarding report: its id (SafeguardingReportObject.id), or its UUID (reportId).',
    })
    id: string,
    @Ctx() ctx: GraphQLContext,
  ) {
    return toReportObject(ctx, await loadReport(ctx, id));
  }

  @Mutation(() => String, {
    nullable: true,
    description:
      'The safeguarding team reads who made a report, with a written reason; every read is an audit READ row ' +
      '(never the identity itself) written before the answer. Null for an anonymous report.',
  })
  revealSafeguardingReporter(
    @ReportIdArg() reportId: string,
    @Arg('reason', { description: 'Why the identity is needed (10-500 characters); kept in the audit log.' })
    reason: string,
    @Ctx() ctx: GraphQLContext,
  ) {
    return revealReporter(ctx, reportId, reason);
  }

  @Mutation(() => SafeguardingReportObject, {
    description:
      'The safeguarding team records a handling step: victim support, referral to authorities, finding, staff ' +
      'or partner sanction, closure. Audited.',
  })
  async recordSafeguardingAction(
    @ReportIdArg() reportId: string,
    @Arg('input', () => SafeguardingActionInput, { description: 'The step.' }) input: SafeguardingActionInput,
    @Ctx() ctx: GraphQLContext,
  ) {
    return toReportObject(ctx, await recordSafeguardingAction(ctx, reportId, input));
  }

  @Mutation(() => JourneyObject, {
    description:
      'The manager applies the sanction of a PROVEN safeguarding report to a participant: their journey exits ' +
      '(stage EXITED, kind SAFEGUARDING_SANCTION) through the journey workflow like any other exit, and the ' +
      'report gains the step PARTICIPANT_EXITED.',
  })
  applySafeguardingSanction(
    @ReportIdArg() reportId: string,
    @JourneyIdArg() journeyId: string,
    @IdempotencyKeyArg() idempotencyKey: string | undefined,
    @ReasonArg() reason: string,
    @Ctx() ctx: GraphQLContext,
  ) {
    return applySafeguardingSanction(ctx, reportId, journeyId, reason, idempotencyKey);
  }
}
