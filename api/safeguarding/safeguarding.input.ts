import { ArrayMaxSize, IsBoolean, IsOptional, IsUUID, Matches, MaxLength } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import type { SafeguardingAction, SafeguardingCategory } from '../../domain/safeguarding/safeguarding.rules';
import { AtRiskGroupCode, SafeguardingActionCode, SafeguardingCategoryCode } from '../grievance/grievance-enums';

export const REPORT_TEXT = { min: 20, max: 8000 } as const;

@InputType({
  description:
    'A safeguarding report from anyone, with or without an account, anonymous or named. The identity, if ' +
    'given, is sealed and readable only by the safeguarding team.',
})
export class FileSafeguardingReportInput {
  @Field(() => ID, { description: 'Programme.' }) @Matches(/^[A-Za-z0-9_-]{1,64}$/) programmeId!: string;
  @Field({ description: 'Region code where it happened (e.g. 52.71).' })
  @Matches(/^[A-Za-z0-9.-]{2,20}$/)
  regionCode!: string;
  @Field(() => SafeguardingCategoryCode, { description: 'What it concerns.' }) category!: SafeguardingCategory;
  @Field(() => [AtRiskGroupCode], { nullable: true, description: 'Groups affected, if known.' })
  @IsOptional()
  @ArrayMaxSize(4)
  atRiskGroups?: string[];
  @Field({
    description:
      `What happened (${REPORT_TEXT.min}-${REPORT_TEXT.max} characters). ` +
      'Sealed; read only by the safeguarding team.',
  })
  description!: string;
  @Field({ description: 'True: nothing about the reporter is kept (no name, account, address or request id).' })
  @IsBoolean()
  anonymous!: boolean;
  @Field({
    nullable: true,
    description: 'Name and how to reach the reporter (up to 300 characters), for a named report only. Sealed.',
  })
  @IsOptional()
  @MaxLength(300)
  reporter?: string;
}

@InputType({ description: 'A handling step recorded by the safeguarding team.' })
export class SafeguardingActionInput {
  @Field(() => SafeguardingActionCode, {
    description: 'The step (PARTICIPANT_EXITED is recorded by applySafeguardingSanction only).',
  })
  kind!: SafeguardingAction;
  @Field({
    nullable: true,
    description: 'Details (up to 4000 characters). Sealed; read only by the safeguarding team.',
  })
  @IsOptional()
  @MaxLength(4000)
  note?: string;
  @Field(() => ID, {
    nullable: true,
    description: 'The journey the step concerns, if any: its id (Journey.id), or its UUID (Journey.journeyId).',
  })
  @IsOptional()
  @IsUUID()
  journeyId?: string;
}
