import { ArrayMaxSize, IsOptional, IsUUID, Matches } from 'class-validator';
import { LocalDateResolver } from 'graphql-scalars';
import { Field, ID, InputType } from 'type-graphql';
import type { ConflictCategory, ConflictType, ResolutionMethod } from '../../domain/conflict/conflict.rules';
import { ConflictCategoryCode, ConflictTypeCode, ResolutionMethodCode } from '../grievance/grievance-enums';

@InputType({
  description: 'A conflict as identified and analysed (domain spec 7.3): type, category, parties, who is affected.',
})
export class RecordConflictInput {
  @Field(() => ID, { description: 'Programme.' }) @Matches(/^[A-Za-z0-9_-]{1,64}$/) programmeId!: string;
  @Field({ description: 'Region code where it happens (e.g. 52.71).' })
  @Matches(/^[A-Za-z0-9.-]{2,20}$/)
  regionCode!: string;
  @Field(() => ID, {
    nullable: true,
    description: 'Cohort, if the conflict concerns one (else taken from the affected journeys when they share one).',
  })
  @IsOptional()
  @Matches(/^[A-Za-z0-9_\-.]{1,64}$/)
  cohortId?: string;
  @Field(() => ConflictTypeCode, { description: 'Type.' }) type!: ConflictType;
  @Field(() => ConflictCategoryCode, {
    description: 'Category: MINOR, MODERATE or MAJOR (a MAJOR conflict notifies the programme manager at once).',
  })
  category!: ConflictCategory;
  @Field(() => [String], {
    description:
      'The parties, described by role or group (e.g. "participants", "facilitator", ' +
      '"community group of Dusun A"); 1-20, 2-120 characters each.',
  })
  @ArrayMaxSize(20)
  parties!: string[];
  @Field(() => [ID], {
    nullable: true,
    description: 'Journeys affected (up to 200): their ids (Journey.id), or their UUIDs (Journey.journeyId).',
  })
  @IsOptional()
  @ArrayMaxSize(200)
  @IsUUID('all', { each: true })
  journeyIds?: string[];
  @Field(() => [String], { nullable: true, description: 'Groups affected (up to 50).' })
  @IsOptional()
  @ArrayMaxSize(50)
  @Matches(/^[A-Za-z0-9_\-.:]{1,64}$/, { each: true })
  groupIds?: string[];
  @Field({ description: 'What happened and its causes (10-4000 characters).' }) description!: string;
}

@InputType({
  description: 'How a conflict was resolved, and what the programme learns from it ("document and learn").',
})
export class ResolveConflictInput {
  @Field(() => ResolutionMethodCode, { description: 'Resolution method.' }) method!: ResolutionMethod;
  @Field({ description: 'The outcome agreed (3-4000 characters).' }) outcome!: string;
  @Field({ description: 'Lessons learned, e.g. a policy or procedure to revise (3-4000 characters).' })
  lessonsLearned!: string;
}

@InputType({ description: 'Which conflicts a figure or list covers.' })
export class ConflictFilter {
  @Field(() => ID, { nullable: true, description: 'Only this cohort.' })
  @IsOptional()
  @Matches(/^[A-Za-z0-9_\-.]{1,64}$/)
  cohortId?: string;
  @Field(() => String, { nullable: true, description: 'Region code prefix (e.g. "52").' })
  @IsOptional()
  @Matches(/^[A-Za-z0-9.-]{1,20}$/)
  regionPrefix?: string;
  @Field(() => LocalDateResolver, { nullable: true, description: 'Recorded on or after this date (yyyy-mm-dd).' })
  @IsOptional()
  from?: string;
  @Field(() => LocalDateResolver, {
    nullable: true,
    description: 'Recorded on or before this date (yyyy-mm-dd, inclusive).',
  })
  @IsOptional()
  to?: string;
}
