import { Field, Float, GraphQLISODateTime, ID, Int, ObjectType } from 'type-graphql';
import {
  ConflictCategoryCode,
  ConflictStatusCode,
  ConflictTypeCode,
  ResolutionMethodCode,
} from '../grievance/grievance-enums';
import type {
  ConflictCategory,
  ConflictStatus,
  ConflictType,
  ResolutionMethod,
} from '../../domain/conflict/conflict.rules';
import type {
  Dimension,
  IndicatorLevel,
  IndicatorUnit as IndicatorUnitCode,
} from '../../domain/indicator/indicator.types';
import { IndicatorDimension, IndicatorUnit, LogframeLevel } from '../indicator/indicator-enums';
import { NodeInterface } from '../node/node.interface';

@ObjectType('Conflict', { implements: NodeInterface, description: 'A recorded conflict and its resolution.' })
export class ConflictObject implements NodeInterface {
  @Field(() => ID, {
    description: 'Global id of the conflict (Node): for node(id:) and conflictId arguments. Its UUID: conflictId.',
  })
  id!: string;
  @Field(() => ID, { description: "The conflict's UUID: the key in the audit log and exports." }) conflictId!: string;
  @Field(() => ID, { description: 'Programme.' }) programmeId!: string;
  @Field({ description: 'Region code.' }) regionCode!: string;
  @Field(() => ID, { nullable: true, description: 'Cohort.' }) cohortId!: string | null;
  @Field(() => ConflictTypeCode, { description: 'Type.' }) type!: ConflictType;
  @Field(() => ConflictCategoryCode, { description: 'Category.' }) category!: ConflictCategory;
  @Field(() => [String], { description: 'Parties.' }) parties!: string[];
  @Field(() => [ID], { description: 'Journeys affected, by UUID (Journey.journeyId).' }) journeyIds!: string[];
  @Field(() => [String], { description: 'Groups affected.' }) groupIds!: string[];
  @Field({ description: 'What happened.' }) description!: string;
  @Field(() => ConflictStatusCode, { description: 'OPEN or RESOLVED.' }) status!: ConflictStatus;
  @Field(() => ResolutionMethodCode, { nullable: true, description: 'How it was resolved.' })
  resolutionMethod!: ResolutionMethod | null;
  @Field(() => String, { nullable: true, description: 'Outcome.' }) outcome!: string | null;
  @Field(() => String, { nullable: true, description: 'Lessons learned.' }) lessonsLearned!: string | null;
  @Field({ description: 'Who recorded it (user id).' }) recordedBy!: string;
  @Field(() => GraphQLISODateTime, { description: 'When it was recorded.' }) recordedAt!: Date;
  @Field(() => String, { nullable: true, description: 'Who resolved it.' }) resolvedBy!: string | null;
  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When it was resolved.' }) resolvedAt!: Date | null;
}

@ObjectType('FigureGroup', {
  description: "One group of a figure's breakdown (numerator / denominator within the group).",
})
export class FigureGroupObject {
  @Field(() => IndicatorDimension, { description: 'REGION (province, first segment of the region code) or COHORT.' })
  dimension!: Dimension;
  @Field({ description: 'The group: a province code, a cohort id, or "(none)".' }) group!: string;
  @Field(() => Float, { description: 'Numerator.' }) numerator!: number;
  @Field(() => Int, { description: 'Denominator.' }) denominator!: number;
  @Field(() => Float, { nullable: true, description: 'numerator / denominator; null when the denominator is 0.' })
  value!: number | null;
}

@ObjectType('ConflictFigure', {
  description:
    'A conflict figure in the shape of the programme indicators (domain/indicator/indicator.types.ts IndicatorFigure).',
})
export class ConflictFigureObject {
  @Field({
    description:
      'Stable key: conflicts_recorded, conflicts_resolved, conflicts_open, conflicts_by_type:<TYPE>, ' +
      'conflicts_by_category:<CATEGORY>, conflict_days_to_resolve.',
  })
  key!: string;
  @Field(() => LogframeLevel, { description: 'Logframe level (ACTIVITY).' }) level!: IndicatorLevel;
  @Field(() => IndicatorUnit, { description: 'COUNT, RATIO or DAYS.' }) unit!: IndicatorUnitCode;
  @Field(() => Float, { description: 'Numerator (for DAYS: total days to resolve over the resolved conflicts).' })
  numerator!: number;
  @Field(() => Int, { description: 'Denominator (conflicts recorded; for DAYS: conflicts resolved; 1 for COUNT).' })
  denominator!: number;
  @Field(() => Float, { nullable: true, description: 'numerator / denominator; null when the denominator is 0.' })
  value!: number | null;
  @Field(() => Float, { nullable: true, description: 'Median (DAYS only).' }) median?: number | null;
  @Field(() => Float, { nullable: true, description: 'Mean (DAYS only).' }) mean?: number | null;
  @Field(() => [FigureGroupObject], { description: 'By province (REGION) and COHORT.' })
  breakdown!: FigureGroupObject[];
}
