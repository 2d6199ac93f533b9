import { Field, ObjectType } from 'type-graphql';
import type { EnrolmentWarningCode } from '../../domain/cohort/cohort-quota.rules';
import { EnrolmentWarningCodeEnum } from './cohort-enums';

@ObjectType('EnrolmentWarning', {
  description:
    "Something to look at about an accepted enrolment into a cohort (the rules' selection.capacity say WARN).",
})
export class EnrolmentWarningObject {
  @Field(() => EnrolmentWarningCodeEnum, { description: 'What it is about.' }) code!: EnrolmentWarningCode;
  @Field(() => String, { nullable: true, description: 'The quota group at risk (QUOTA_AT_RISK); null otherwise.' })
  group!: string | null;
  @Field({ description: 'Human-readable explanation with the figures.' }) message!: string;
}
