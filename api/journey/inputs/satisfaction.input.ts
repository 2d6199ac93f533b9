import { Field, ID, InputType, Int } from 'type-graphql';
import type { SatisfactionItem, SatisfactionOccasion } from '../../../domain/journey/satisfaction.rules';
import { SatisfactionItemCode, SatisfactionOccasionCode } from '../journey-outcome-enums';

@InputType({ description: 'One answer of the satisfaction survey.' })
export class SatisfactionAnswerInput {
  @Field(() => SatisfactionItemCode, { description: 'The item.' }) item!: SatisfactionItem;
  @Field(() => Int, { description: 'Score 1 (very dissatisfied) to 5 (very satisfied).' }) score!: number;
}

@InputType({ description: "A participant's satisfaction survey: every item once." })
export class RecordSatisfactionInput {
  @Field(() => SatisfactionOccasionCode, { description: "At a module's end or at graduation." })
  occasion!: SatisfactionOccasion;
  @Field(() => ID, {
    nullable: true,
    description: 'The module that ended (ModuleRun.moduleId), for MODULE_END; none for GRADUATION.',
  })
  moduleId?: string | null;
  @Field(() => [SatisfactionAnswerInput], { description: 'The answers: every item once.' })
  answers!: SatisfactionAnswerInput[];
}
