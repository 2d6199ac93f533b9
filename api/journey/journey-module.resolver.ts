import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import type { GraphQLContext } from '../context';
import { IdempotencyKeyArg, JourneyIdArg, OccurredAtArg } from './command-args';
import { JourneyObject } from './journey.object';
import { commandResponse, requireReason } from './journey-command.helpers';
import {
  ApprovePlanInput,
  CloseModuleInput,
  ExtendModuleInput,
  ModuleEvaluationInput,
  RecordAttendanceInput,
  ScheduleSessionInput,
} from './inputs/plan.input';

/** The plan and its modules: approval, sessions, attendance, evaluation, closing and extending. */
@Resolver()
export class JourneyModuleResolver {
  @Mutation(() => JourneyObject, {
    description:
      'The manager approves (or changes) the proposed intervention plan in stage PLANNING: modules, phases, ' +
      'start dates, sessions, and, under rules with tracks, the livelihood track (JOB or BUSINESS). The journey ' +
      'moves to IN_INTERVENTION.',
  })
  approvePlan(
    @JourneyIdArg() journeyId: string,
    @IdempotencyKeyArg() idempotencyKey: string | undefined,
    @Arg('input', () => ApprovePlanInput, { description: 'The plan as approved.' }) input: ApprovePlanInput,
    @Ctx() ctx: GraphQLContext,
  ) {
    const modules = input.modules.map((m) => ({
      templateId: m.templateId,
      phase: m.phase,
      plannedStart: new Date(m.plannedStart).toISOString(),
      plannedSessions: m.plannedSessions,
    }));
    return commandResponse(ctx, 'approvePlan', {
      journeyId,
      idempotencyKey,
      build: () => ({ type: 'approvePlan', modules, ...(input.track ? { track: input.track } : {}) }),
    });
  }

  @Mutation(() => JourneyObject, {
    description:
      'The facilitator (pendamping) schedules a session of a running module (stage IN_INTERVENTION), with its ' +
      "planned hours; rules that refuse hours outside the template's (moduleDelivery.hoursPerSession REFUSE) " +
      'answer SESSION_HOURS_OUTSIDE_TEMPLATE.',
  })
  scheduleSession(
    @JourneyIdArg() journeyId: string,
    @IdempotencyKeyArg() idempotencyKey: string | undefined,
    @Arg('input', () => ScheduleSessionInput, { description: 'The session to schedule.' }) input: ScheduleSessionInput,
    @Ctx() ctx: GraphQLContext,
  ) {
    return commandResponse(ctx, 'scheduleSession', {
      journeyId,
      idempotencyKey,
      build: () => ({
        type: 'scheduleSession',
        moduleId: input.moduleId,
        sessionId: input.sessionId,
        sessionType: input.sessionType,
        scheduledAt: new Date(input.scheduledAt).toISOString(),
        ...(typeof input.durationHours === 'number' ? { durationHours: input.durationHours } : {}),
      }),
    });
  }

  @Mutation(() => JourneyObject, {
    description:
      'The facilitator records attendance of the beneficiary at a scheduled session: PRESENT, PARTIAL (late, ' +
      'half-day) or ABSENT. The first one starts the module; low attendance alerts the facilitator.',
  })
  recordAttendance(
    @JourneyIdArg() journeyId: string,
    @IdempotencyKeyArg() idempotencyKey: string | undefined,
    @Arg('input', () => RecordAttendanceInput, { description: 'The session and its attendance.' })
    input: RecordAttendanceInput,
    @OccurredAtArg() occurredAt: Date | undefined,
    @Ctx() ctx: GraphQLContext,
  ) {
    return commandResponse(ctx, 'recordAttendance', {
      journeyId,
      idempotencyKey,
      occurredAt,
      evidence: input.notes ? { kind: 'ATTENDANCE_NOTE', payload: { ...input } } : undefined,
      build: () => ({
        type: 'recordAttendance',
        moduleId: input.moduleId,
        sessionId: input.sessionId,
        status: input.status,
        heldAt: new Date(input.heldAt).toISOString(),
      }),
    });
  }

  @Mutation(() => JourneyObject, {
    description:
      "The facilitator records a module's evaluation: pre/post-test scores (0-100) and the assignment result. " +
      'Once all planned sessions are held the module completes; when every module is done the journey moves to ' +
      'RE_EVALUATION. Rules that refuse early completion (moduleDelivery.minimumDuration REFUSE) answer ' +
      "MODULE_MINIMUM_DURATION before the module's delivery.earliestCompletion.",
  })
  recordModuleEvaluation(
    @JourneyIdArg() journeyId: string,
    @IdempotencyKeyArg() idempotencyKey: string | undefined,
    @Arg('input', () => ModuleEvaluationInput, { description: 'The module and its evaluation.' })
    input: ModuleEvaluationInput,
    @Ctx() ctx: GraphQLContext,
  ) {
    return commandResponse(ctx, 'recordModuleEvaluation', {
      journeyId,
      idempotencyKey,
      evidence: input.notes ? { kind: 'MODULE_EVALUATION_NOTE', payload: { ...input } } : undefined,
      build: () => ({
        type: 'recordModuleEvaluation',
        moduleId: input.moduleId,
        preScore: input.preScore,
        postScore: input.postScore,
        assignmentResult: input.assignmentResult,
      }),
    });
  }

  @Mutation(() => JourneyObject, {
    description: 'The manager closes a running module early (status CLOSED), with a reason.',
  })
  closeModule(
    @JourneyIdArg() journeyId: string,
    @IdempotencyKeyArg() idempotencyKey: string | undefined,
    @Arg('input', () => CloseModuleInput, { description: 'The module and the reason.' }) input: CloseModuleInput,
    @Ctx() ctx: GraphQLContext,
  ) {
    const reason = requireReason(input.reason);
    return commandResponse(ctx, 'closeModule', {
      journeyId,
      idempotencyKey,
      evidence: { kind: 'REASON', payload: { reason, moduleId: input.moduleId } },
      build: (reasonEvidenceId) => ({ type: 'closeModule', moduleId: input.moduleId, reasonEvidenceId }),
    });
  }

  @Mutation(() => JourneyObject, {
    description: "The manager extends a running module's planned end by some days, with a reason.",
  })
  extendModule(
    @JourneyIdArg() journeyId: string,
    @IdempotencyKeyArg() idempotencyKey: string | undefined,
    @Arg('input', () => ExtendModuleInput, { description: 'The module, extra days and the reason.' })
    input: ExtendModuleInput,
    @Ctx() ctx: GraphQLContext,
  ) {
    const reason = requireReason(input.reason);
    return commandResponse(ctx, 'extendModule', {
      journeyId,
      idempotencyKey,
      evidence: { kind: 'REASON', payload: { reason, moduleId: input.moduleId, extraDays: input.extraDays } },
      build: (reasonEvidenceId) => ({
        type: 'extendModule',
        moduleId: input.moduleId,
        extraDays: input.extraDays,
        reasonEvidenceId,
      }),
    });
  }
}
