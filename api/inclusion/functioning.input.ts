import { Field, InputType } from 'type-graphql';
import type { FunctioningAnswers, FunctioningLevel } from '../../domain/inclusion/functioning.rules';
import { FunctioningLevelEnum } from './inclusion-enums';

const question = (domain: string) => ({
  description: `WG-SS: "Do you have difficulty ${domain}?" One of the four levels.`,
});

/** The six answers of the Washington Group Short Set, one per domain (sealed at rest, never shown back). */
@InputType({ description: 'The six answers of the Washington Group Short Set on Functioning (WG-SS).' })
export class FunctioningInput {
  @Field(() => FunctioningLevelEnum, question('seeing, even if wearing glasses'))
  seeing!: FunctioningLevel;
  @Field(() => FunctioningLevelEnum, question('hearing, even if using a hearing aid'))
  hearing!: FunctioningLevel;
  @Field(() => FunctioningLevelEnum, question('walking or climbing steps'))
  walking!: FunctioningLevel;
  @Field(() => FunctioningLevelEnum, question('remembering or concentrating'))
  cognition!: FunctioningLevel;
  @Field(() => FunctioningLevelEnum, question('with self-care, such as washing all over or dressing'))
  selfCare!: FunctioningLevel;
  @Field(() => FunctioningLevelEnum, question('communicating, for example understanding or being understood'))
  communication!: FunctioningLevel;
}

/** The input as the domain's answers (one per FUNCTIONING_DOMAINS code). */
export const toFunctioningAnswers = (i: FunctioningInput): FunctioningAnswers => ({
  SEEING: i.seeing,
  HEARING: i.hearing,
  WALKING: i.walking,
  COGNITION: i.cognition,
  SELF_CARE: i.selfCare,
  COMMUNICATION: i.communication,
});
