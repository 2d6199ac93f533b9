import { Field, Float, ObjectType } from 'type-graphql';
import type {
  Dimension,
  IndicatorLevel,
  IndicatorSubject as IndicatorSubjectCode,
  IndicatorUnit as IndicatorUnitCode,
  Realisation as RealisationCode,
} from '../../domain/indicator/indicator.types';
import { IndicatorDimension, IndicatorSubject, IndicatorUnit, LogframeLevel, Realisation } from './indicator-enums';

@ObjectType('IndicatorGroup', {
  description: 'One group of a breakdown, e.g. SEX / FEMALE, with the same numbers as the figure for that group only.',
})
export class IndicatorGroupObject {
  @Field(() => IndicatorDimension, { description: 'The dimension.' }) dimension!: Dimension;
  @Field({
    description:
      'The group within the dimension, e.g. FEMALE, 25-34, WITH_DISABILITY, 52, a cohort id (for a GROUPS figure: ' +
      "the group's province or cohort).",
  })
  group!: string;
  @Field(() => Float, { description: 'Numerator (counted people, groups, sessions, meetings or points).' })
  numerator!: number;
  @Field(() => Float, { description: 'Denominator (who it was counted among).' }) denominator!: number;
  @Field(() => Float, {
    nullable: true,
    description: 'numerator / denominator; null when the denominator is 0 or the cell is suppressed.',
  })
  value!: number | null;
  @Field(() => Float, {
    nullable: true,
    description: 'Median of the amounts (RUPIAH, DAYS, POINTS and relative-change indicators).',
  })
  median?: number | null;
  @Field(() => Float, { nullable: true, description: 'Mean of the amounts.' }) mean?: number | null;
  @Field({
    description:
      'True when the group has fewer people than the logframe smallCellThreshold and the caller reads figures only ' +
      '(viewer, government, donor): its numbers are withheld.',
  })
  suppressed!: boolean;
}

@ObjectType('IndicatorFigure', {
  description:
    'One computed indicator over the read model, with numerator and denominator so a reader can check it, its ' +
    'logframe target if any, and its breakdown.',
})
export class IndicatorFigureObject {
  @Field({
    description:
      'Stable key, e.g. graduation_rate, attendance_rate:module:CAPITAL_ACCESS, stage:GRADUATED, ' +
      'income_change:ASSESSMENT->LAST, group_members:BUSINESS_GROUP, group_capital_received:KUR.',
  })
  key!: string;
  @Field(() => LogframeLevel, { description: 'Logframe level.' }) level!: IndicatorLevel;
  @Field(() => IndicatorUnit, {
    description:
      'COUNT, RATIO, RUPIAH, DAYS or POINTS. COUNT: the count is numerator, the denominator the people counted ' +
      'among. Amounts: see median and mean.',
  })
  unit!: IndicatorUnitCode;
  @Field(() => IndicatorSubject, {
    description:
      'PEOPLE or GROUPS: what the rows are. A GROUPS figure (group meetings, capital, businesses running) breaks ' +
      "down by the group's own REGION and COHORT only.",
  })
  subject!: IndicatorSubjectCode;
  @Field({ description: 'What is counted, in plain words.' }) description!: string;
  @Field(() => Float, { description: 'Numerator.' }) numerator!: number;
  @Field(() => Float, { description: 'Denominator.' }) denominator!: number;
  @Field(() => Float, {
    nullable: true,
    description: 'numerator / denominator; null when the denominator is 0 or suppressed.',
  })
  value!: number | null;
  @Field(() => Float, { nullable: true, description: 'Median of the per-person amounts, for amount indicators.' })
  median?: number | null;
  @Field(() => Float, { nullable: true, description: 'Mean of the per-person amounts, for amount indicators.' }) mean?:
    number | null;
  @Field(() => Float, {
    nullable: true,
    description: 'Logframe target (programme configuration), when the indicator realises a logframe row.',
  })
  target?: number | null;
  @Field(() => Float, { nullable: true, description: 'Logframe baseline, when configured.' }) baseline?: number | null;
  @Field(() => Realisation, {
    nullable: true,
    description: 'Which statistic is compared with the target: value, median, mean or numerator.',
  })
  realisation?: RealisationCode | null;
  @Field(() => String, { nullable: true, description: 'The logframe row this figure realises.' }) logframeId?:
    string | null;
  @Field({
    description:
      'True when the caller reads figures only (viewer, government, donor) and fewer people than the small-cell ' +
      'threshold were counted.',
  })
  suppressed!: boolean;
  @Field(() => [IndicatorGroupObject], {
    description:
      'One entry per group of each requested dimension (every group of the population, zeros included); for a ' +
      'GROUPS figure, every province and cohort of the groups of the period, person dimensions left out.',
  })
  breakdown!: IndicatorGroupObject[];
}
