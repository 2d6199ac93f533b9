import { GraphQLISODateTime, Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { CapitalProposalObject, MarketChannelObject } from './capital-market.object';
import { SatisfactionSurveyObject } from './satisfaction.object';
import type { LivelihoodTrack } from '../../domain/graduation/livelihood-track.rules';
import { LivelihoodTrackCode } from './journey-livelihood-enums';
import { NotGraduatedEvaluationObject, ReEvaluationObject, ReferralObject } from './journey-review.object';
import type {
  AssignmentResult,
  AttendanceStatus,
  DeadlineKind,
  EscalationLevel,
  DecisionKind,
  JourneyStatus,
  ModuleStatus,
  Role,
  Stage,
  WelfareSource,
} from '../../domain/journey/journey-codes';
import type { NextActionCode } from '../../domain/journey/journey-next-action.machine';
import type { NeedCode, WelfareLevel } from '../../domain/programme/programme-rules.types';
import { NeedCodeEnum } from './journey-assessment-enums';
import { DecisionKindCode } from './journey-decision-enums';
import {
  DeadlineKindCode,
  EscalationLevelCode,
  JourneyStageCode,
  JourneyStatusCode,
  NextActionKindCode,
  RoleCode,
  WelfareLevelCode,
  WelfareSourceCode,
} from './journey-enums';
import { AssignmentResultCode, AttendanceStatusCode, ModuleStatusCode } from './journey-module-enums';
import { NodeInterface } from '../node/node.interface';
import { EnrolmentWarningObject } from '../cohort/enrolment-warning.object';
import { ModuleDeliveryObject } from './module-delivery.object';
import {
  GraduationFollowThroughObject,
  MeasuredChangeObject,
  SupportVisitObject,
  TerminationObject,
} from './journey-follow-through.object';

@ObjectType({
  description: 'One step on the welfare ladder, recorded when an assessment, re-evaluation or follow-up came in.',
})
export class WelfareRecord {
  @Field(() => WelfareLevelCode, {
    description: 'The welfare level derived from household income against the regional minimum wage (UMK/UMR).',
  })
  level!: WelfareLevel;
  @Field(() => GraphQLISODateTime, { description: 'When the level was recorded.' }) at!: string;
  @Field(() => WelfareSourceCode, { description: 'What produced the level.' }) source!: WelfareSource;
}

@ObjectType({
  description:
    'What the needs assessment (asesmen kebutuhan) found, as codes; the full form stays on the server as evidence.',
})
export class AssessmentSummary {
  @Field(() => ID, { description: 'Id of the stored assessment form (evidence record).' }) evidenceId!: string;
  @Field(() => GraphQLISODateTime, { description: 'When the facilitator (pendamping) submitted the assessment.' })
  submittedAt!: string;
  @Field(() => [NeedCodeEnum], {
    description: 'Need codes derived by the server from the answers; they select the proposed modules.',
  })
  needs!: NeedCode[];
  @Field(() => Float, {
    description:
      'Monthly family income divided by the regional minimum wage (UMK/UMR), 3 decimals; 1.0 = income equals ' +
      'the minimum wage.',
  })
  incomeToMinimumWageRatio!: number;
}

@ObjectType({
  description:
    'An intervention module in the plan: proposed by the server after the assessment, fixed when a manager ' +
    'approves the plan.',
})
export class PlannedModule {
  @Field(() => ID, {
    description: 'Module template id, e.g. SOCIAL_MENTORING or VOCATIONAL_TRAINING (see Query.moduleTemplates).',
  })
  templateId!: string;
  @Field(() => Int, {
    description: 'Phase number from 1: modules in the same phase run in parallel; phases run in order.',
  })
  phase!: number;
  @Field(() => GraphQLISODateTime, { description: 'Planned start of the module.' }) plannedStart!: string;
  @Field(() => Int, { description: 'Number of sessions (sesi/pertemuan) planned for the module.' })
  plannedSessions!: number;
}

@ObjectType('SessionRun', {
  description:
    'A session (sesi/pertemuan) of a running module: when it is scheduled and whether the beneficiary attended.',
})
export class SessionRunObject {
  @Field({ description: 'Session id chosen by the client when scheduling, unique within the module.' })
  sessionId!: string;
  @Field({ description: "Session type from the template's session mix, e.g. THEORY, PRACTICE, HOME_VISIT." })
  sessionType!: string;
  @Field(() => GraphQLISODateTime, { description: 'When the session is scheduled.' }) scheduledAt!: string;
  @Field(() => Float, {
    nullable: true,
    description: "Planned length in hours, checked against the template's hours per session; null: not given.",
  })
  durationHours?: number;
  @Field(() => AttendanceStatusCode, {
    nullable: true,
    description: 'Attendance (kehadiran) of the beneficiary; null until recorded.',
  })
  attendance?: AttendanceStatus;
  @Field(() => GraphQLISODateTime, {
    nullable: true,
    description: 'When the session actually took place; null until attendance is recorded.',
  })
  heldAt?: string;
}

@ObjectType('ModuleRun', {
  description:
    'An approved intervention module as it runs for this beneficiary: sessions, attendance, scores and dates.',
})
export class ModuleRunObject extends PlannedModule {
  @Field({
    description:
      'Module id within the journey: <templateId>-<n>, e.g. VOCATIONAL_TRAINING-1. Module commands take this id.',
  })
  moduleId!: string;
  @Field(() => ModuleStatusCode, {
    description:
      'PLANNED (no session held yet), ACTIVE (first attendance recorded), COMPLETED (planned sessions held and ' +
      'evaluation recorded) or CLOSED (closed early by a manager).',
  })
  status!: ModuleStatus;
  @Field(() => GraphQLISODateTime, { description: 'Planned end; moved later by pauses and by extensions.' })
  plannedEnd!: string;
  @Field(() => GraphQLISODateTime, {
    nullable: true,
    description: 'When the first session with recorded attendance was held; null while PLANNED.',
  })
  actualStart?: string;
  @Field(() => GraphQLISODateTime, {
    nullable: true,
    description: 'When the module was completed or closed; null while running.',
  })
  actualEnd?: string;
  @Field(() => [SessionRunObject], { description: 'Sessions scheduled so far, in scheduling order.' })
  sessions!: SessionRunObject[];
  @Field(() => Float, {
    nullable: true,
    description: 'Pre-test score (prauji), 0-100; null until the module evaluation is recorded.',
  })
  preScore?: number;
  @Field(() => Float, {
    nullable: true,
    description: 'Post-test score (pascauji), 0-100; null until the module evaluation is recorded.',
  })
  postScore?: number;
  @Field(() => AssignmentResultCode, {
    nullable: true,
    description: 'Result of the module assignment (tugas); null until evaluated.',
  })
  assignmentResult?: AssignmentResult;
  @Field(() => Int, {
    description: "Days added to the planned end by managers' extensions, in total (0 if never extended).",
  })
  extensionsDays!: number;
  @Field(() => ID, {
    nullable: true,
    description: 'User id of the mentor a manager assigned to deliver the module (assignModuleMentor); null: none.',
  })
  mentorId?: string;
  @Field(() => ModuleDeliveryObject, {
    nullable: true,
    description:
      "Delivery against the module's template: hours, session-type shares, minimum duration and earliest " +
      "completion; null when the journey's rules no longer hold the template.",
  })
  delivery!: ModuleDeliveryObject | null;
}

@ObjectType('Decision', {
  description: "A decision that changed the beneficiary's path, and when it was communicated to them.",
})
export class DecisionObject {
  @Field(() => DecisionKindCode, { description: 'What was decided.' }) kind!: DecisionKind;
  @Field(() => GraphQLISODateTime, { description: 'When the decision was taken.' }) at!: string;
  @Field(() => GraphQLISODateTime, {
    nullable: true,
    description: 'When the facilitator (pendamping) recorded communicating it to the beneficiary; null while pending.',
  })
  communicatedAt?: string;
}

@ObjectType('Overdue', {
  description:
    'A deadline that passed without the expected work. The server escalates it up the ladder of the rules ' +
    '(facilitator, then field coordinator, then manager, each after its delay; rules without a ladder: the ' +
    'manager at once), each rung once. Cleared when the work is done or the deadline moves.',
})
export class OverdueObject {
  @Field({
    description:
      'Stable key of the deadline, e.g. MODULE_END:VOCATIONAL_TRAINING-1:<planned end>; use it as a list key.',
  })
  key!: string;
  @Field(() => DeadlineKindCode, { description: 'What is late.' })
  kind!: DeadlineKind;
  @Field(() => GraphQLISODateTime, { description: 'The deadline that was missed.' }) dueAt!: string;
  @Field(() => GraphQLISODateTime, { description: 'When the server marked it overdue.' }) since!: string;
  @Field(() => EscalationLevelCode, { description: 'The highest rung of the escalation ladder it has reached.' })
  escalatedTo!: EscalationLevel;
  @Field(() => GraphQLISODateTime, { description: 'When it reached that rung.' }) escalatedAt!: string;
}

@ObjectType('FollowUp', {
  description:
    'A scheduled post-graduation follow-up (pendampingan setelah graduasi): income and business continuity, ' +
    'recorded by the facilitator.',
})
export class FollowUpObject {
  @Field(() => Int, {
    description:
      'Position in the follow-up schedule, from 0; follow-ups are recorded in this order (recordFollowUp input.index).',
  })
  index!: number;
  @Field(() => Int, {
    description: 'Months after graduation at which it is due (from the programme rules, e.g. 3, 6, 12).',
  })
  monthsAfterGraduation!: number;
  @Field(() => GraphQLISODateTime, { description: 'When the follow-up is due.' }) dueAt!: string;
  @Field(() => GraphQLISODateTime, {
    nullable: true,
    description:
      'When its window opens: the earliest time recordFollowUp accepts it (earlier is refused with ' +
      'FOLLOW_UP_NOT_DUE), a number of days before dueAt set by the programme rules. Null when the rules set ' +
      'no window (version 1 rules: any time after graduation).',
  })
  opensAt!: string | null;
  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When it was recorded; null while still due.' })
  recordedAt?: string;
  @Field(() => Float, {
    nullable: true,
    description:
      'Monthly family income divided by the regional minimum wage (UMK/UMR) at the follow-up; null until recorded.',
  })
  incomeToMinimumWageRatio?: number;
  @Field({
    nullable: true,
    description: "Whether the beneficiary's business or economic activity is still running; null until recorded.",
  })
  businessRunning?: boolean;
  @Field(() => Boolean, {
    nullable: true,
    description: 'Whether the graduate was in work at the follow-up; null until recorded or when no employment was.',
  })
  inWork?: boolean;
  @Field(() => Int, {
    nullable: true,
    description: 'Months in the current work at the follow-up; null until recorded or when no employment was.',
  })
  monthsInWork?: number;
}

@ObjectType('IntensiveCycle', {
  description:
    'A cycle of intensive support (pendampingan intensif) after a NOT_YET graduation decision: more frequent ' +
    'visits under a focused action plan.',
})
export class IntensiveCycleObject {
  @Field(() => Int, { description: 'Cycle number, from 1.' }) cycle!: number;
  @Field(() => GraphQLISODateTime, { description: 'When the facilitator started the cycle.' }) startedAt!: string;
  @Field(() => GraphQLISODateTime, {
    description:
      'Planned end (duration from the programme rules); the journey then moves to re-evaluation (evaluasi ulang).',
  })
  plannedEnd!: string;
  @Field(() => Float, {
    description:
      'Expected interval between home visits, in days (from the programme rules); a fraction of a day under ' +
      'short-clock rules such as training-sandbox.',
  })
  visitEveryDays!: number;
  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When the cycle ended; null while running.' })
  endedAt?: string;
  @Field(() => [SupportVisitObject], { description: 'Visits recorded in the cycle (recordIntensiveVisit).' })
  visits!: SupportVisitObject[];
  @Field(() => GraphQLISODateTime, {
    nullable: true,
    description: 'When the next visit is expected (visitEveryDays after the last, or the start); null once ended.',
  })
  nextVisitExpectedAt!: string | null;
  @Field(() => MeasuredChangeObject, {
    nullable: true,
    description: 'The change measured at the review after the cycle (rules v5); null before it, or on older rules.',
  })
  measuredChange!: MeasuredChangeObject | null;
}

@ObjectType('NextAction', {
  description:
    'What should happen next on the journey and who must do it, computed by the server; drives caseload lists.',
})
export class NextActionObject {
  @Field(() => NextActionKindCode, {
    description:
      'The mutation expected next (e.g. submitAssessment, approvePlan, recordAttendance, recordCommunication), ' +
      'or NONE when nobody has to act.',
  })
  action!: NextActionCode;
  @Field(() => RoleCode, {
    description: 'The role expected to act: facilitator, manager, or system (timers, nothing to do).',
  })
  by!: Role;
  @Field(() => GraphQLISODateTime, { nullable: true, description: 'Deadline for the action; null when it has none.' })
  dueAt!: string | null;
}

@ObjectType('Journey', {
  implements: NodeInterface,
  description:
    "A beneficiary's journey through the programme (one per beneficiary), from the read model or the live workflow.",
})
export class JourneyObject implements NodeInterface {
  @Field(() => ID, {
    description:
      'Global id of the journey (Node): pass it to node(id:) and to journeyId arguments. Not the UUID: see journeyId.',
  })
  id!: string;
  @Field(() => ID, {
    description:
      "The journey's UUID, equal to its beneficiary's (Beneficiary.beneficiaryId): the key in the audit log, exports " +
      'and the workflow id.',
  })
  journeyId!: string;
  @Field({
    description: 'Id of the server-side workflow running the journey: journey-<journeyId>. For support and logs.',
  })
  workflowId!: string;
  @Field(() => ID, { description: 'Programme the beneficiary is enrolled in.' }) programmeId!: string;
  @Field(() => ID, { nullable: true, description: 'Cohort (angkatan) within the programme, if any.' }) cohortId!:
    string | null;
  @Field({ description: 'Region code of the beneficiary, e.g. a BPS code such as 52.71.' }) regionCode!: string;
  @Field(() => ID, {
    nullable: true,
    description: 'User id of the assigned facilitator (pendamping); null if none is assigned.',
  })
  facilitatorId!: string | null;
  @Field(() => ID, {
    nullable: true,
    description: 'The organisation (implementing partner) the journey is assigned to; null if none.',
  })
  partnerOrganisationId!: string | null;
  @Field(() => JourneyStageCode, { description: 'Current stage of the journey.' }) stage!: Stage;
  @Field(() => JourneyStatusCode, { description: 'Whether the journey is active, paused or closed.' })
  status!: JourneyStatus;
  @Field(() => GraphQLISODateTime, { description: 'When the journey entered its current stage.' })
  stageEnteredAt!: string;
  @Field(() => WelfareLevelCode, {
    nullable: true,
    description: 'Latest welfare level; null before the needs assessment (asesmen kebutuhan).',
  })
  welfareLevel!: WelfareLevel | null;
  @Field(() => [WelfareRecord], { description: 'Every welfare level recorded, oldest first.' })
  welfareHistory!: WelfareRecord[];
  @Field(() => AssessmentSummary, {
    nullable: true,
    description: 'Result of the needs assessment; null until submitted.',
  })
  assessment!: AssessmentSummary | null;
  @Field(() => [PlannedModule], {
    description: 'Modules the server proposed from the assessment, for the manager to approve or change (approvePlan).',
  })
  proposedModules!: PlannedModule[];
  @Field(() => [ModuleRunObject], { description: 'Modules of the approved plan, with their sessions and results.' })
  modules!: ModuleRunObject[];
  @Field(() => LivelihoodTrackCode, {
    nullable: true,
    description:
      "The livelihood track the assessment's needs propose (job skills alone: JOB; entrepreneurship, capital, " +
      'market or financial management: BUSINESS); null before the assessment.',
  })
  proposedTrack!: LivelihoodTrack | null;
  @Field(() => LivelihoodTrackCode, {
    nullable: true,
    description:
      "The plan's livelihood track (approvePlan input.track, else proposedTrack), which selects the graduation " +
      'criteria; null before the plan and on rules without tracks (versions before 5).',
  })
  track!: LivelihoodTrack | null;
  @Field(() => [DecisionObject], { description: 'Decisions taken so far, oldest first.' }) decisions!: DecisionObject[];
  @Field(() => DecisionKindCode, {
    nullable: true,
    description:
      'Kind of the decision waiting to be communicated to the beneficiary (see Decision.kind); most other ' +
      'commands wait until recordCommunication. Null when none.',
  })
  pendingCommunication!: DecisionKind | null;
  @Field(() => [ReEvaluationObject], {
    description: 'Every re-evaluation (evaluasi ulang), oldest first, with the graduation proposal derived from it.',
  })
  reEvaluations!: ReEvaluationObject[];
  @Field(() => NotGraduatedEvaluationObject, {
    nullable: true,
    description: 'The evaluation of causes of the current NOT_YET decision, if recorded.',
  })
  notGraduatedEvaluation!: NotGraduatedEvaluationObject | null;
  @Field(() => ReferralObject, { nullable: true, description: 'The referral to a more advanced programme, if any.' })
  referral!: ReferralObject | null;
  @Field(() => [IntensiveCycleObject], {
    description: 'Intensive support (pendampingan intensif) cycles, oldest first.',
  })
  intensiveCycles!: IntensiveCycleObject[];
  @Field(() => MeasuredChangeObject, {
    nullable: true,
    description: 'The change measured over the latest reviewed intensive cycle (rules v5); null: none measured.',
  })
  latestCycleChange!: MeasuredChangeObject | null;
  @Field(() => TerminationObject, {
    nullable: true,
    description: 'The termination with its measured change and alternatives followed to an answer (rules v5).',
  })
  termination!: TerminationObject | null;
  @Field(() => GraduationFollowThroughObject, {
    nullable: true,
    description: "A graduate's follow-up plan and mentoring visits; null before Graduation (graduasi).",
  })
  graduationFollowThrough!: GraduationFollowThroughObject | null;
  @Field(() => [FollowUpObject], {
    description: 'Post-graduation follow-ups, scheduled on Graduation (graduasi); empty before.',
  })
  followUps!: FollowUpObject[];
  @Field(() => [CapitalProposalObject], {
    description: "The person's capital proposals (capital access), oldest first.",
  })
  capitalProposals!: CapitalProposalObject[];
  @Field(() => [MarketChannelObject], { description: 'Market channels the person opened, oldest first.' })
  marketChannels!: MarketChannelObject[];
  @Field(() => [SatisfactionSurveyObject], { description: "The participant's satisfaction surveys, oldest first." })
  satisfaction!: SatisfactionSurveyObject[];
  @Field(() => [OverdueObject], { description: 'Deadlines currently overdue; empty when all is on time.' })
  overdue!: OverdueObject[];
  @Field(() => NextActionObject, { description: 'What should happen next and who must do it.' })
  nextAction!: NextActionObject;
  @Field({ description: 'Id of the programme rules (thresholds, deadlines, module catalogue) the journey follows.' })
  rulesId!: string;
  @Field(() => Int, { description: 'Version of those rules, fixed at enrolment.' }) rulesVersion!: number;
  @Field(() => GraphQLISODateTime, { description: 'When the beneficiary was enrolled.' }) enrolledAt!: string;
  @Field(() => Int, { description: 'Applied commands and timer events so far: a version for optimistic UIs.' })
  seq!: number;
  @Field(() => [EnrolmentWarningObject], {
    description:
      "Warnings the enrolment that returned this journey raised about its cohort's planned size or quotas " +
      '(enrollBeneficiary only); empty on every other read.',
  })
  enrolmentWarnings!: EnrolmentWarningObject[];
}
