import { GraphQLUUID } from 'graphql-scalars';
import { Field, ID, ObjectType } from 'type-graphql';
import { JOURNEY_NOTIFICATION_KINDS, type JourneyNotificationKind } from '../../domain/journey/journey-codes';
import { codeEnum } from '../shared/code-enum';

export const JourneyNotificationKindCode = codeEnum(
  'JourneyNotificationKind',
  JOURNEY_NOTIFICATION_KINDS,
  'What a journey (or a group) tells the people working on it: an alert, or a rung of the escalation ladder.',
  {
    ALERT_FACILITATOR: 'An alert to the journey facilitator (for example low attendance).',
    ESCALATE_TO_FACILITATOR:
      'An overdue step, told first to the journey facilitator; or a group that stopped meeting, to its facilitator.',
    ESCALATE_TO_COORDINATOR:
      "An overdue step still not done, or a group that stopped meeting, escalated to the facilitator's coordinator.",
    ESCALATE_TO_MANAGER: 'An overdue step escalated to the programme managers.',
  },
);

/** One alert or escalation addressed to the caller (or, for managers, to the managers of their scope). */
@ObjectType('JourneyNotification', {
  description:
    'An alert or escalation raised by a journey, or by the group meeting watch for a group that stopped meeting, ' +
    'for the caller: addressed to them by id, or (managers) to the managers of the programmes and regions in ' +
    'their scope. Codes and ids only, never personal data.',
})
export class JourneyNotificationObject {
  @Field(() => ID, {
    description: 'Stable key of the notification (journey, step and ordinal; or group, silence and role).',
  })
  key!: string;
  @Field(() => JourneyNotificationKindCode, { description: 'What it is.' }) kind!: JourneyNotificationKind;
  @Field({
    description:
      'Why, as a code phrase (for example "MODULE_END overdue"; GROUP_MEETING_OVERDUE for a group that stopped ' +
      'meeting).',
  })
  reason!: string;
  @Field(() => GraphQLUUID, {
    nullable: true,
    description: 'The journey it concerns (its UUID; journey(id:) reads it); null when it concerns a group.',
  })
  journeyId!: string | null;
  @Field(() => ID, {
    nullable: true,
    description: 'The group it concerns (its UUID, Group.groupId; group(id:) reads it); null for a journey.',
  })
  groupId!: string | null;
  @Field(() => String, {
    nullable: true,
    description: 'The overdue deadline key it concerns, when it is an escalation (Overdue.key).',
  })
  deadlineKey!: string | null;
  @Field({ description: 'When it was raised.' }) createdAt!: Date;
}
