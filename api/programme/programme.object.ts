import { Field, Float, ID, Int, ObjectType } from 'type-graphql';

@ObjectType() export class RangeObject {
  @Field(() => Float) min!: number;
  @Field(() => Float) max!: number;
}

@ObjectType() export class SessionMixObject {
  @Field() type!: string;
  @Field() nameId!: string;
  @Field(() => Int) percent!: number;
}

@ObjectType({ description: 'An intervention module template [001:3161-3402].' })
export class ModuleTemplateObject {
  @Field(() => ID) id!: string;
  @Field() nameId!: string;
  @Field() nameEn!: string;
  @Field() model!: string;
  @Field(() => [String]) goals!: string[];
  @Field(() => RangeObject) durationMonths!: RangeObject;
  @Field(() => RangeObject) sessions!: RangeObject;
  @Field(() => RangeObject) hoursPerSession!: RangeObject;
  @Field(() => RangeObject, { nullable: true }) totalHoursStated!: RangeObject | null;
  @Field(() => [SessionMixObject]) sessionMix!: SessionMixObject[];
  @Field(() => [String]) assignments!: string[];
  @Field(() => [String]) evaluation!: string[];
  @Field({ description: 'Lines of the source study this template comes from.' }) sourceLines!: string;
}

@ObjectType() export class ProgrammeObject {
  @Field(() => ID) id!: string;
  @Field() name!: string;
  @Field() rulesId!: string;
  @Field(() => Int) rulesVersion!: number;
}
