import { GraphQLISODateTime, Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { AttendanceStatusCode, JourneyStageCode, JourneyStatusCode, WelfareLevelCode } from './journey-enums';

@ObjectType() export class WelfareRecord {
  @Field(() => WelfareLevelCode) level!: string;
  @Field(() => GraphQLISODateTime) at!: string;
  @Field() source!: string;
}

@ObjectType() export class AssessmentSummary {
  @Field(() => ID) evidenceId!: string;
  @Field(() => GraphQLISODateTime) submittedAt!: string;
  @Field(() => [String]) needs!: string[];
  @Field(() => Float) incomeToMinimumWageRatio!: number;
}

@ObjectType() export class PlannedModule {
  @Field() templateId!: string;
  @Field(() => Int) phase!: number;
  @Field(() => GraphQLISODateTime) plannedStart!: string;
  @Field(() => Int) plannedSessions!: number;
}

@ObjectType() export class SessionRunObject {
  @Field() sessionId!: string;
  @Field() sessionType!: string;
  @Field(() => GraphQLISODateTime) scheduledAt!: string;
  @Field(() => AttendanceStatusCode, { nullable: true }) attendance?: string;
  @Field(() => GraphQLISODateTime, { nullable: true }) heldAt?: string;
}

@ObjectType() export class ModuleRunObject extends PlannedModule {
  @Field() moduleId!: string;
  @Field() status!: string;
  @Field(() => GraphQLISODateTime) plannedEnd!: string;
  @Field(() => GraphQLISODateTime, { nullable: true }) actualStart?: string;
  @Field(() => GraphQLISODateTime, { nullable: true }) actualEnd?: string;
  @Field(() => [SessionRunObject]) sessions!: SessionRunObject[];
  @Field(() => Float, { nullable: true }) preScore?: number;
  @Field(() => Float, { nullable: true }) postScore?: number;
  @Field({ nullable: true }) assignmentResult?: string;
  @Field(() => Int) extensionsDays!: number;
}

@ObjectType() export class DecisionObject {
  @Field() kind!: string;
  @Field(() => GraphQLISODateTime) at!: string;
  @Field(() => GraphQLISODateTime, { nullable: true }) communicatedAt?: string;
}

@ObjectType() export class OverdueObject {
  @Field() key!: string;
  @Field() kind!: string;
  @Field(() => GraphQLISODateTime) dueAt!: string;
  @Field(() => GraphQLISODateTime) since!: string;
}

@ObjectType() export class FollowUpObject {
  @Field(() => Int) index!: number;
  @Field(() => Int) monthsAfterGraduation!: number;
  @Field(() => GraphQLISODateTime) dueAt!: string;
  @Field(() => GraphQLISODateTime, { nullable: true }) recordedAt?: string;
  @Field(() => Float, { nullable: true }) incomeToMinimumWageRatio?: number;
  @Field({ nullable: true }) businessRunning?: boolean;
}

@ObjectType() export class IntensiveCycleObject {
  @Field(() => Int) cycle!: number;
  @Field(() => GraphQLISODateTime) startedAt!: string;
  @Field(() => GraphQLISODateTime) plannedEnd!: string;
  @Field(() => Int) visitEveryDays!: number;
  @Field(() => GraphQLISODateTime, { nullable: true }) endedAt?: string;
}

@ObjectType() export class NextActionObject {
  @Field({ description: 'The command expected next, or NONE.' }) action!: string;
  @Field({ description: 'The role expected to act.' }) by!: string;
  @Field(() => GraphQLISODateTime, { nullable: true }) dueAt!: string | null;
}

@ObjectType({ description: "A beneficiary's journey through the programme, from the read model or the live workflow." })
export class JourneyObject {
  @Field(() => ID) id!: string;
  @Field() workflowId!: string;
  @Field() programmeId!: string;
  @Field(() => String, { nullable: true }) cohortId!: string | null;
  @Field() regionCode!: string;
  @Field(() => String, { nullable: true }) facilitatorId!: string | null;
  @Field(() => JourneyStageCode) stage!: string;
  @Field(() => JourneyStatusCode) status!: string;
  @Field(() => GraphQLISODateTime) stageEnteredAt!: string;
  @Field(() => WelfareLevelCode, { nullable: true }) welfareLevel!: string | null;
  @Field(() => [WelfareRecord]) welfareHistory!: WelfareRecord[];
  @Field(() => AssessmentSummary, { nullable: true }) assessment!: AssessmentSummary | null;
  @Field(() => [PlannedModule]) proposedModules!: PlannedModule[];
  @Field(() => [ModuleRunObject]) modules!: ModuleRunObject[];
  @Field(() => [DecisionObject]) decisions!: DecisionObject[];
  @Field(() => String, { nullable: true }) pendingCommunication!: string | null;
  @Field(() => [IntensiveCycleObject]) intensiveCycles!: IntensiveCycleObject[];
  @Field(() => [FollowUpObject]) followUps!: FollowUpObject[];
  @Field(() => [OverdueObject]) overdue!: OverdueObject[];
  @Field(() => NextActionObject) nextAction!: NextActionObject;
  @Field() rulesId!: string;
  @Field(() => Int) rulesVersion!: number;
  @Field(() => GraphQLISODateTime) enrolledAt!: string;
  @Field(() => Int, { description: 'Applied commands and timer events so far: a version for optimistic UIs.' }) seq!: number;
}
