import { IsOptional, Matches, MaxLength } from 'class-validator';
import { LocalDateResolver } from 'graphql-scalars';
import { Field, ID, InputType } from 'type-graphql';

@InputType({
  description:
    'Which people and which period an indicator covers. People: enrolled in the programme by the end of the ' +
    'period, in the cohort and region given, within your regions. Groups (GROUPS figures): groups of the ' +
    'programme whose own cohort and region match, within your regions, open at least one day of the period. ' +
    'Events (assessments, decisions, attendance, measurements, group meetings, capital) count when they happen ' +
    'within the period; states (stage, group memberships and roles) are read on its last day.',
})
export class IndicatorFilterInput {
  @Field(() => ID, { nullable: true, description: 'Only this cohort (angkatan).' })
  @IsOptional()
  @Matches(/^[A-Za-z0-9_-]{1,64}$/)
  cohortId?: string;
  @Field({ nullable: true, description: 'Only region codes starting with this prefix, e.g. 52 (a province) or 52.71.' })
  @IsOptional()
  @MaxLength(32)
  @Matches(/^[0-9.]+$/)
  regionPrefix?: string;
  @Field({
    nullable: true,
    description:
      'Only people enrolled in this vulnerable group (a code of Beneficiary.vulnerableGroups, e.g. ' +
      'FEMALE_HEAD_OF_HOUSEHOLD). People figures only: group (GROUPS) figures are not filtered by it.',
  })
  @IsOptional()
  @Matches(/^[A-Z_]{2,64}$/)
  vulnerableGroup?: string;
  @Field(() => LocalDateResolver, {
    nullable: true,
    description: 'First day of the period (inclusive, UTC); none: from the start.',
  })
  @IsOptional()
  from?: string;
  @Field(() => LocalDateResolver, {
    nullable: true,
    description: 'Last day of the period (inclusive, UTC); none: up to now.',
  })
  @IsOptional()
  to?: string;
}
