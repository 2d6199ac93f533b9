import { Field, GraphQLISODateTime, ID, ObjectType } from 'type-graphql';
import type {
  ComplaintCategory,
  ComplaintOutcome,
  ComplaintPriority,
  ComplaintStatus,
  ComplaintSubject,
} from '../../domain/complaint/complaint.machine';
import {
  ComplaintCategoryCode,
  ComplaintOutcomeCode,
  ComplaintPriorityCode,
  ComplaintStatusCode,
  ComplaintSubjectCode,
} from '../grievance/grievance-enums';
import { NodeInterface } from '../node/node.interface';

@ObjectType({
  description:
    'What the filer gets back: the receipt code (shown once, never stored in clear) and when an answer is due. ' +
    'No filed content is echoed.',
})
export class ComplaintReceipt {
  @Field({
    description:
      "The only key to the complaint's status and answer (128 random bits, base32 in groups of 4). Keep it: it " +
      'cannot be recovered.',
  })
  receiptCode!: string;
  @Field(() => GraphQLISODateTime, {
    description: 'When staff must have answered; an unanswered complaint then escalates to the programme manager.',
  })
  responseDueAt!: Date;
}

@ObjectType({ description: 'A complaint as its filer sees it with the receipt code: status and answer only.' })
export class ComplaintStatusView {
  @Field(() => ComplaintStatusCode, { description: 'Where the complaint is.' }) status!: ComplaintStatus;
  @Field(() => GraphQLISODateTime, { description: 'When it was received.' }) receivedAt!: Date;
  @Field(() => GraphQLISODateTime, { description: 'When an answer is due.' }) responseDueAt!: Date;
  @Field({ description: 'True when it was not answered in time and went to the programme manager.' })
  escalated!: boolean;
  @Field(() => String, { nullable: true, description: 'The staff answer, once given.' }) answer!: string | null;
  @Field(() => ComplaintOutcomeCode, { nullable: true, description: 'How it ended, once closed.' })
  outcome!: ComplaintOutcome | null;
  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When it was closed.' }) closedAt!: Date | null;
}

@ObjectType('Complaint', { implements: NodeInterface, description: 'A complaint as staff in scope see it.' })
export class ComplaintObject implements NodeInterface {
  @Field(() => ID, {
    description: 'Global id of the complaint (Node): for node(id:) and complaintId arguments. Its UUID: complaintId.',
  })
  id!: string;
  @Field(() => ID, { description: "The complaint's UUID: the key in the audit log and exports." }) complaintId!: string;
  @Field(() => ID, { description: 'Programme.' }) programmeId!: string;
  @Field({ description: 'Region code.' }) regionCode!: string;
  @Field(() => ComplaintSubjectCode, { description: 'What it is about.' }) subjectKind!: ComplaintSubject;
  @Field(() => String, { nullable: true, description: 'Which journey, facilitator or group.' }) subjectRef!:
    string | null;
  @Field({ description: 'Filed without name or contact.' }) anonymous!: boolean;
  @Field({ description: "The complaint's text (decrypted for staff in scope)." }) text!: string;
  @Field(() => String, {
    nullable: true,
    description:
      'Name and contact of a named filer; managers only (null for other roles and for anonymous complaints).',
  })
  contact!: string | null;
  @Field(() => ComplaintStatusCode, { description: 'Status.' }) status!: ComplaintStatus;
  @Field(() => ComplaintCategoryCode, { nullable: true, description: 'Category, from triage.' })
  category!: ComplaintCategory | null;
  @Field(() => ComplaintPriorityCode, { nullable: true, description: 'Priority, from triage.' })
  priority!: ComplaintPriority | null;
  @Field(() => String, { nullable: true, description: 'Staff member assigned to answer.' }) assigneeId!: string | null;
  @Field(() => String, { nullable: true, description: 'The answer given.' }) answer!: string | null;
  @Field(() => ComplaintOutcomeCode, { nullable: true, description: 'Outcome, once closed.' })
  outcome!: ComplaintOutcome | null;
  @Field(() => GraphQLISODateTime, { description: 'Received.' }) receivedAt!: Date;
  @Field(() => GraphQLISODateTime, { description: 'Answer due (programme rules grievance.complaintResponseDays).' })
  responseDueAt!: Date;
  @Field(() => GraphQLISODateTime, {
    nullable: true,
    description: 'When it escalated to the manager for want of an answer.',
  })
  escalatedAt!: Date | null;
  @Field(() => GraphQLISODateTime, { nullable: true, description: 'Answered.' }) answeredAt!: Date | null;
  @Field(() => GraphQLISODateTime, { nullable: true, description: 'Closed.' }) closedAt!: Date | null;
}
