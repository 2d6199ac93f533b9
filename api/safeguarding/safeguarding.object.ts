import { Field, GraphQLISODateTime, ID, ObjectType } from 'type-graphql';
import {
  AtRiskGroupCode,
  SafeguardingActionCode,
  SafeguardingCategoryCode,
  SafeguardingFindingCode,
  SafeguardingStatusCode,
} from '../grievance/grievance-enums';
import type {
  SafeguardingAction,
  SafeguardingCategory,
  SafeguardingFinding,
  SafeguardingStatus,
} from '../../domain/safeguarding/safeguarding.rules';
import { NodeInterface } from '../node/node.interface';

@ObjectType({
  description: 'Acknowledgement of a safeguarding report: a reference and the time, nothing filed is echoed.',
})
export class SafeguardingReceipt {
  @Field(() => ID, { description: 'Reference of the report (quote it to the safeguarding team).' }) reference!: string;
  @Field(() => GraphQLISODateTime, { description: 'When it was received.' }) receivedAt!: Date;
}

@ObjectType('SafeguardingAction', { description: 'One handling step of a safeguarding report.' })
export class SafeguardingActionObject {
  @Field(() => SafeguardingActionCode, { description: 'The step.' }) kind!: SafeguardingAction;
  @Field(() => GraphQLISODateTime, { description: 'When.' }) at!: Date;
  @Field({ description: 'Staff member who recorded it (user id).' }) actorId!: string;
  @Field({ description: 'Role they acted in.' }) actorRole!: string;
  @Field(() => ID, {
    nullable: true,
    description: 'Journey concerned (e.g. the participant who was exited), by UUID (Journey.journeyId).',
  })
  journeyId!: string | null;
  @Field(() => String, { nullable: true, description: 'Details: safeguarding team only (null for every other role).' })
  note!: string | null;
}

@ObjectType('SafeguardingReport', {
  implements: NodeInterface,
  description:
    'A safeguarding report. Every role in scope sees that it exists and how it is handled; who made it is ' +
    'never shown here (revealSafeguardingReporter, safeguarding team only, logged).',
})
export class SafeguardingReportObject implements NodeInterface {
  @Field(() => ID, {
    description: 'Global id of the report (Node): for node(id:) and reportId arguments. Its UUID: reportId.',
  })
  id!: string;
  @Field(() => ID, {
    description: "The report's UUID: the reference its filer was given (SafeguardingReceipt.reference), the audit key.",
  })
  reportId!: string;
  @Field(() => ID, { description: 'Programme.' }) programmeId!: string;
  @Field({ description: 'Region code.' }) regionCode!: string;
  @Field(() => SafeguardingCategoryCode, { description: 'What it concerns.' }) category!: SafeguardingCategory;
  @Field(() => [AtRiskGroupCode], { description: 'Groups affected.' }) atRiskGroups!: string[];
  @Field(() => SafeguardingStatusCode, { description: 'OPEN or CLOSED.' }) status!: SafeguardingStatus;
  @Field(() => SafeguardingFindingCode, { nullable: true, description: 'PROVEN, NOT_PROVEN, or null while undecided.' })
  finding!: SafeguardingFinding;
  @Field(() => GraphQLISODateTime, { description: 'When it was filed.' }) filedAt!: Date;
  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When it was closed.' }) closedAt!: Date | null;
  @Field(() => String, {
    nullable: true,
    description: 'What happened: safeguarding team only (null for every other role).',
  })
  description!: string | null;
  @Field(() => Boolean, {
    nullable: true,
    description: 'Whether the reporter left no identity: safeguarding team only (null for every other role).',
  })
  anonymous!: boolean | null;
  @Field(() => [SafeguardingActionObject], { description: 'Handling steps, oldest first.' })
  actions!: SafeguardingActionObject[];
}
