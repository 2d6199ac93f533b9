import { Field, Float, GraphQLISODateTime, ID, ObjectType } from 'type-graphql';
import type { SatisfactionOccasion } from '../../domain/journey/satisfaction.rules';
import { SatisfactionOccasionCode } from './journey-outcome-enums';

@ObjectType('SatisfactionSurvey', { description: "A participant's satisfaction survey recorded (recordSatisfaction)." })
export class SatisfactionSurveyObject {
  @Field(() => SatisfactionOccasionCode, { description: "At a module's end or at graduation." })
  occasion!: SatisfactionOccasion;
  @Field(() => ID, { nullable: true, description: 'The module that ended (MODULE_END); null at graduation.' })
  moduleId!: string | null;
  @Field(() => GraphQLISODateTime, { description: 'When it was recorded.' }) at!: string;
  @Field(() => Float, { description: 'Mean score of its answers, 1..5.' }) meanScore!: number;
}
