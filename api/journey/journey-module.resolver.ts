import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import type { GraphQLContext } from '../context';
import { IdempotencyKeyArg, JourneyIdArg } from './command-args';
import { JourneyObject } from './journey.object';
import { commandResponse, requireReason } from './journey-command.helpers';
import { ApprovePlanInput, CloseModuleInput, ExtendModuleInput, ModuleEvaluationInput, RecordAttendanceInput, ScheduleSessionInput } from './inputs/plan.input';


/** The plan and its modules: approval, sessions, attendance, evaluation, closing and extending. */
@Resolver()
export class JourneyModuleResolver {
  @Mutation(() => JourneyObject, { description: 'Manager approves (or changes) the proposed plan: modules, phases, start dates, sessions.' })
  approvePlan(@JourneyIdArg() journeyId: string, @IdempotencyKeyArg() idempotencyKey: string | undefined, @Arg('input', () => ApprovePlanInput) input: ApprovePlanInput, @Ctx() ctx: GraphQLContext) {
    const modules = input.modules.map((m) => ({ templateId: m.templateId, phase: m.phase, plannedStart: new Date(m.plannedStart).toISOString(), plannedSessions: m.plannedSessions }));
    return commandResponse(ctx, 'approvePlan', { journeyId, idempotencyKey, build: () => ({ type: 'approvePlan', modules }) });
  }

  @Mutation(() => JourneyObject)
  scheduleSession(@JourneyIdArg() journeyId: string, @IdempotencyKeyArg() idempotencyKey: string | undefined, @Arg('input', () => ScheduleSessionInput) input: ScheduleSessionInput, @Ctx() ctx: GraphQLContext) {
    return commandResponse(ctx, 'scheduleSession', { journeyId, idempotencyKey,
      build: () => ({ type: 'scheduleSession', moduleId: input.moduleId, sessionId: input.sessionId, sessionType: input.sessionType, scheduledAt: new Date(input.scheduledAt).toISOString() }) });
  }

  @Mutation(() => JourneyObject, { description: 'Attendance of the beneficiary at a session: PRESENT, PARTIAL (late, half-day) or ABSENT.' })
  recordAttendance(@JourneyIdArg() journeyId: string, @IdempotencyKeyArg() idempotencyKey: string | undefined, @Arg('input', () => RecordAttendanceInput) input: RecordAttendanceInput, @Ctx() ctx: GraphQLContext) {
    return commandResponse(ctx, 'recordAttendance', { journeyId, idempotencyKey,
      evidence: input.notes ? { kind: 'ATTENDANCE_NOTE', payload: { ...input } } : undefined,
      build: () => ({ type: 'recordAttendance', moduleId: input.moduleId, sessionId: input.sessionId, status: input.status, heldAt: new Date(input.heldAt).toISOString() }) });
  }

  @Mutation(() => JourneyObject, { description: "Pre/post scores and the module's assignment result." })
  recordModuleEvaluation(@JourneyIdArg() journeyId: string, @IdempotencyKeyArg() idempotencyKey: string | undefined, @Arg('input', () => ModuleEvaluationInput) input: ModuleEvaluationInput, @Ctx() ctx: GraphQLContext) {
    return commandResponse(ctx, 'recordModuleEvaluation', { journeyId, idempotencyKey,
      evidence: input.notes ? { kind: 'MODULE_EVALUATION_NOTE', payload: { ...input } } : undefined,
      build: () => ({ type: 'recordModuleEvaluation', moduleId: input.moduleId, preScore: input.preScore, postScore: input.postScore, assignmentResult: input.assignmentResult }) });
  }

  @Mutation(() => JourneyObject, { description: 'Manager closes a module early, with a reason.' })
  closeModule(@JourneyIdArg() journeyId: string, @IdempotencyKeyArg() idempotencyKey: string | undefined, @Arg('input', () => CloseModuleInput) input: CloseModuleInput, @Ctx() ctx: GraphQLContext) {
    const reason = requireReason(input.reason);
    return commandResponse(ctx, 'closeModule', { journeyId, idempotencyKey, evidence: { kind: 'REASON', payload: { reason, moduleId: input.moduleId } },
      build: (reasonEvidenceId) => ({ type: 'closeModule', moduleId: input.moduleId, reasonEvidenceId }) });
  }

  @Mutation(() => JourneyObject, { description: "Manager extends a module's planned end, with a reason." })
  extendModule(@JourneyIdArg() journeyId: string, @IdempotencyKeyArg() idempotencyKey: string | undefined, @Arg('input', () => ExtendModuleInput) input: ExtendModuleInput, @Ctx() ctx: GraphQLContext) {
    const reason = requireReason(input.reason);
    return commandResponse(ctx, 'extendModule', { journeyId, idempotencyKey, evidence: { kind: 'REASON', payload: { reason, moduleId: input.moduleId, extraDays: input.extraDays } },
      build: (reasonEvidenceId) => ({ type: 'extendModule', moduleId: input.moduleId, extraDays: input.extraDays, reasonEvidenceId }) });
  }
}
