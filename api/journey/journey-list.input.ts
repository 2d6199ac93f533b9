import { ArrayMaxSize, IsBoolean, IsIn, IsISO8601, IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import { Field, InputType, registerEnumType } from 'type-graphql';
import { JourneyStageCode, JourneyStatusCode, SexCode } from './journey-enums';

export enum AgeBand { UNDER_18 = 'UNDER_18', AGE_18_24 = 'AGE_18_24', AGE_25_34 = 'AGE_25_34', AGE_35_44 = 'AGE_35_44', AGE_45_59 = 'AGE_45_59', AGE_60_PLUS = 'AGE_60_PLUS' }
export enum JourneySort { ENROLLED_AT_DESC = 'ENROLLED_AT_DESC', UPDATED_AT_DESC = 'UPDATED_AT_DESC', NEXT_DUE_AT_ASC = 'NEXT_DUE_AT_ASC', NAME_ASC = 'NAME_ASC' }
registerEnumType(AgeBand, { name: 'AgeBand', description: 'Age at the time of the query.' });
registerEnumType(JourneySort, { name: 'JourneySort', description: 'Every order is stable: ties are broken by id.' });

@InputType({ description: 'All given conditions must hold.' })
export class JourneyFilter {
  @Field({ nullable: true }) @IsOptional() @Matches(/^[A-Za-z0-9_\-]{1,64}$/) programmeId?: string;
  @Field({ nullable: true }) @IsOptional() @Matches(/^[A-Za-z0-9_\-]{1,64}$/) cohortId?: string;
  @Field({ nullable: true, description: 'Region code, or a prefix ending in * (e.g. 52.* for a province).' })
  @IsOptional() @Matches(/^[A-Za-z0-9.\-]{1,20}\*?$/) regionCode?: string;
  @Field({ nullable: true }) @IsOptional() @Matches(/^[A-Za-z0-9_\-:.@]{1,128}$/) facilitatorId?: string;
  @Field(() => [JourneyStageCode], { nullable: true }) @IsOptional() @ArrayMaxSize(13) stages?: string[];
  @Field(() => JourneyStatusCode, { nullable: true }) @IsOptional() status?: string;
  @Field(() => SexCode, { nullable: true }) @IsOptional() @IsIn(['FEMALE', 'MALE']) sex?: string;
  @Field(() => AgeBand, { nullable: true }) @IsOptional() ageBand?: AgeBand;
  @Field({ nullable: true }) @IsOptional() @IsBoolean() disability?: boolean;
  @Field({ nullable: true }) @IsOptional() @IsBoolean() overdue?: boolean;
  @Field({ nullable: true }) @IsOptional() @IsISO8601() enrolledFrom?: string;
  @Field({ nullable: true }) @IsOptional() @IsISO8601() enrolledTo?: string;
  @Field({ nullable: true }) @IsOptional() @IsISO8601() updatedFrom?: string;
  @Field({ nullable: true }) @IsOptional() @IsISO8601() updatedTo?: string;
  @Field({ nullable: true, description: 'Case-insensitive part of the name.' }) @IsOptional() @IsString() @MaxLength(100) nameContains?: string;
}
