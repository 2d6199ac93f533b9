import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import type { IndicatorLevel, Realisation as RealisationCode } from '../../domain/indicator/indicator.types';
import type { ApkmDimension as ApkmDimensionCode } from '../../domain/indicator/logframe.types';
import { ApkmDimension, LogframeLevel, Realisation } from './indicator-enums';
import { IndicatorFigureObject } from './indicator.object';

@ObjectType('LogframeAgeBand', {
  description: 'An age band of the AGE_BAND dimension: whole years at enrolment, max inclusive.',
})
export class AgeBandObject {
  @Field({ description: 'Band code, e.g. 25-34.' }) code!: string;
  @Field(() => Int, { description: 'Lowest age in the band.' }) min!: number;
  @Field(() => Int, { nullable: true, description: 'Highest age in the band; null for the open-ended last band.' })
  max!: number | null;
}

@ObjectType('LogframeRow', {
  description:
    'A logframe row: statement, APKM dimension, the built-in indicator that realises it, target, baseline, ' +
    'period, and its realisation for the filter.',
})
export class LogframeRowObject {
  @Field({ description: 'Row id, stable within the logframe.' }) id!: string;
  @Field(() => LogframeLevel, { description: 'Logframe level.' }) level!: IndicatorLevel;
  @Field({ description: 'What the programme wants to achieve.' }) statement!: string;
  @Field(() => ApkmDimension, {
    nullable: true,
    description: 'APKM dimension: ACCESS, PARTICIPATION, CONTROL or BENEFIT.',
  })
  apkm!: ApkmDimensionCode | null;
  @Field({ description: 'Key of the indicator that realises the row (IndicatorFigure.key).' }) indicatorKey!: string;
  @Field(() => Realisation, {
    description: 'Which statistic of the figure is the realisation: value, median, mean or numerator.',
  })
  realisation!: RealisationCode;
  @Field(() => Float, { nullable: true, description: 'Target; null when the sources give none.' }) target!:
    number | null;
  @Field(() => Float, { nullable: true, description: 'Baseline; null when unknown.' }) baseline!: number | null;
  @Field({ description: 'Period the target refers to.' }) period!: string;
  @Field({ description: 'Where the data comes from.' }) dataSource!: string;
  @Field({ description: 'Citation in the source documents.' }) source!: string;
  @Field(() => String, { nullable: true, description: 'Why the row reads the source this way.' }) note?: string | null;
  @Field(() => Float, {
    nullable: true,
    description: 'The realised statistic for the filter; null when nothing was measured.',
  })
  realised!: number | null;
  @Field(() => IndicatorFigureObject, {
    nullable: true,
    description: 'The figure the realisation is read from (numerator, denominator, breakdown).',
  })
  figure!: IndicatorFigureObject | null;
}

@ObjectType('Logframe', {
  description:
    "A programme's logframe (versioned programme configuration, domain/programme/logframe), realised for the filter.",
})
export class LogframeObject {
  @Field(() => ID, { description: 'The programme.' }) programmeId!: string;
  @Field({ description: 'Logframe id (the programme rules id it applies to).' }) logframeId!: string;
  @Field(() => Int, { description: 'Logframe version.' }) version!: number;
  @Field({ description: 'What this logframe is.' }) description!: string;
  @Field(() => Int, { description: 'Viewers, government and donors do not see groups of fewer people than this.' })
  smallCellThreshold!: number;
  @Field(() => Int, { description: 'Months after training within which a started business counts.' })
  businessStartWithinMonths!: number;
  @Field(() => [AgeBandObject], { description: 'Age bands of the AGE_BAND dimension.' }) ageBands!: AgeBandObject[];
  @Field(() => [LogframeRowObject], { description: 'Rows, impact first.' }) rows!: LogframeRowObject[];
}
