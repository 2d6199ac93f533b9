import { ArrayMaxSize, IsBoolean, IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import { Field, GraphQLISODateTime, ID, InputType, registerEnumType } from 'type-graphql';
import type { Sex } from '../../domain/beneficiary/personal-data.rules';
import type { JourneyStatus, Stage } from '../../domain/journey/journey-codes';
import { JourneyStageCode, JourneyStatusCode, SexCode } from './journey-enums';

export enum AgeBand {
  UNDER_18 = 'UNDER_18',
  AGE_18_24 = 'AGE_18_24',
  AGE_25_34 = 'AGE_25_34',
  AGE_35_44 = 'AGE_35_44',
  AGE_45_59 = 'AGE_45_59',
  AGE_60_PLUS = 'AGE_60_PLUS',
}
export enum JourneySort {
  ENROLLED_AT_DESC = 'ENROLLED_AT_DESC',
  UPDATED_AT_DESC = 'UPDATED_AT_DESC',
  NEXT_DUE_AT_ASC = 'NEXT_DUE_AT_ASC',
  NAME_ASC = 'NAME_ASC',
}
registerEnumType(AgeBand, {
  name: 'AgeBand',
  description: 'Age band of the beneficiary, computed from the date of birth at the time of the query.',
  valuesConfig: {
    UNDER_18: { description: 'Younger than 18.' },
    AGE_18_24: { description: '18 to 24 years old.' },
    AGE_25_34: { description: '25 to 34 years old.' },
    AGE_35_44: { description: '35 to 44 years old.' },
    AGE_45_59: { description: '45 to 59 years old.' },
    AGE_60_PLUS: { description: '60 or older.' },
  },
});
registerEnumType(JourneySort, {
  name: 'JourneySort',
  description: 'Order of a journey list. Every order is stable: ties are broken by id.',
  valuesConfig: {
    ENROLLED_AT_DESC: { description: 'Most recently enrolled first.' },
    UPDATED_AT_DESC: { description: 'Most recently changed first.' },
    NEXT_DUE_AT_ASC: { description: 'Earliest next-action deadline first; journeys without one last.' },
    NAME_ASC: { description: 'By beneficiary name, A to Z.' },
  },
});

@InputType({ description: 'Conditions on a journey list; all given conditions must hold, omitted ones do not filter.' })
export class JourneyFilter {
  @Field(() => ID, { nullable: true, description: 'Only journeys of this programme.' })
  @IsOptional()
  @Matches(/^[A-Za-z0-9_-]{1,64}$/)
  programmeId?: string;
  @Field(() => ID, { nullable: true, description: 'Only journeys of this cohort (angkatan).' })
  @IsOptional()
  @Matches(/^[A-Za-z0-9_-]{1,64}$/)
  cohortId?: string;
  @Field({ nullable: true, description: 'Region code, or a prefix ending in * (e.g. 52.* for a province).' })
  @IsOptional()
  @Matches(/^[A-Za-z0-9.-]{1,20}\*?$/)
  regionCode?: string;
  @Field(() => ID, { nullable: true, description: 'Only journeys assigned to this facilitator (pendamping) user id.' })
  @IsOptional()
  @Matches(/^[A-Za-z0-9_\-:.@]{1,128}$/)
  facilitatorId?: string;
  @Field(() => [JourneyStageCode], { nullable: true, description: 'Only journeys in one of these stages.' })
  @IsOptional()
  @ArrayMaxSize(13)
  stages?: Stage[];
  @Field(() => JourneyStatusCode, { nullable: true, description: 'Only journeys with this status.' })
  @IsOptional()
  status?: JourneyStatus;
  @Field(() => SexCode, { nullable: true, description: 'Only beneficiaries of this sex.' })
  @IsOptional()
  sex?: Sex;
  @Field(() => AgeBand, { nullable: true, description: 'Only beneficiaries whose age today is in this band.' })
  @IsOptional()
  ageBand?: AgeBand;
  @Field({ nullable: true, description: 'true: only persons with disability; false: only persons without.' })
  @IsOptional()
  @IsBoolean()
  disability?: boolean;
  @Field({
    nullable: true,
    description: 'true: only journeys with an overdue deadline; false: only journeys with none.',
  })
  @IsOptional()
  @IsBoolean()
  overdue?: boolean;
  @Field(() => GraphQLISODateTime, { nullable: true, description: 'Enrolled at or after this instant (inclusive).' })
  @IsOptional()
  enrolledFrom?: Date;
  @Field(() => GraphQLISODateTime, { nullable: true, description: 'Enrolled before this instant (exclusive).' })
  @IsOptional()
  enrolledTo?: Date;
  @Field(() => GraphQLISODateTime, {
    nullable: true,
    description: 'Last changed at or after this instant (inclusive).',
  })
  @IsOptional()
  updatedFrom?: Date;
  @Field(() => GraphQLISODateTime, { nullable: true, description: 'Last changed before this instant (exclusive).' })
  @IsOptional()
  updatedTo?: Date;
  @Field({ nullable: true, description: 'Case-insensitive part of the beneficiary name, at most 100 characters.' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  nameContains?: string;
}
