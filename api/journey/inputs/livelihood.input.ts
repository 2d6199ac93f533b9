import { ArrayMaxSize, IsBoolean, IsInt, IsNumber, IsOptional, Max, Min, ValidateNested } from 'class-validator';
import { Field, Float, InputType, Int } from 'type-graphql';
import type {
  BusinessKind,
  ContractKind,
  EmployerKind,
  EmploymentFormality,
} from '../../../domain/graduation/livelihood-facts.rules';
import {
  BusinessKindCode,
  ContractKindCode,
  EmployerKindCode,
  EmploymentFormalityCode,
} from '../journey-livelihood-enums';

/**
 * Livelihood facts of a re-evaluation or follow-up and the household of an assessment. Figures in rupiah are
 * kept in the evidence row in PostgreSQL; the journey gets in work (yes/no), months in work and business running.
 * Contradictions are refused with LIVELIHOOD_FACTS_INCONSISTENT (domain/graduation/livelihood-facts.rules.ts).
 */
@InputType({
  description:
    'The work the person is in. In work needs employerKind, formality, monthlyWage and monthsInWork; not in work ' +
    'takes none of them (LIVELIHOOD_FACTS_INCONSISTENT otherwise).',
})
export class WorkFactsInput {
  @Field({ description: 'In work (employed or working for others) now.' }) @IsBoolean() inWork!: boolean;
  @Field(() => EmployerKindCode, { nullable: true, description: 'Who the person works for.' })
  @IsOptional()
  employerKind?: EmployerKind;
  @Field(() => EmploymentFormalityCode, { nullable: true, description: 'Formal or informal work.' })
  @IsOptional()
  formality?: EmploymentFormality;
  @Field(() => ContractKindCode, { nullable: true, description: 'The work contract, when known.' })
  @IsOptional()
  contractKind?: ContractKind;
  @Field(() => Float, { nullable: true, description: 'Monthly wage, rupiah per month; kept in PostgreSQL only.' })
  @IsOptional()
  @IsNumber()
  @Min(0)
  @Max(1e12)
  monthlyWage?: number;
  @Field(() => Int, { nullable: true, description: 'Months in the current work, 0-600.' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(600)
  monthsInWork?: number;
}

@InputType({
  description:
    'The business the person runs. Running needs its kind; a business not running takes no revenue or workers ' +
    '(LIVELIHOOD_FACTS_INCONSISTENT otherwise).',
})
export class BusinessFactsInput {
  @Field({ description: 'The business runs now.' }) @IsBoolean() running!: boolean;
  @Field(() => BusinessKindCode, { nullable: true, description: 'The kind of business.' })
  @IsOptional()
  kind?: BusinessKind;
  @Field(() => Float, { nullable: true, description: 'Monthly revenue (omzet), rupiah per month; PostgreSQL only.' })
  @IsOptional()
  @IsNumber()
  @Min(0)
  @Max(1e12)
  monthlyRevenue?: number;
  @Field(() => Int, { nullable: true, description: 'People working in the business besides the owner, 0-10000.' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(10000)
  workers?: number;
}

@InputType({
  description:
    "The household of the assessment: its size and its members' monthly incomes. Required when the programme " +
    'rules measure income per capita (HOUSEHOLD_SIZE_REQUIRED otherwise).',
})
export class HouseholdInput {
  @Field(() => Int, { description: 'Number of household members (anggota rumah tangga), 1-50.' })
  @IsInt()
  @Min(1)
  @Max(50)
  size!: number;
  @Field(() => [Float], {
    defaultValue: [],
    description:
      "Members' monthly incomes, rupiah per month, at most one per member; kept in PostgreSQL only. The measure " +
      'uses the family income of the income block.',
  })
  @ArrayMaxSize(50)
  @IsNumber({}, { each: true })
  @Min(0, { each: true })
  @Max(1e12, { each: true })
  memberMonthlyIncomes!: number[];
}

/** Fields shared by the re-evaluation and follow-up inputs (type-graphql copies decorated fields to subclasses). */
@InputType({ description: 'Livelihood facts shared by re-evaluations and follow-ups.' })
export class LivelihoodFactsFields {
  @Field(() => WorkFactsInput, { nullable: true, description: 'The work the person is in (employment).' })
  @IsOptional()
  @ValidateNested()
  employment?: WorkFactsInput;
  @Field(() => BusinessFactsInput, { nullable: true, description: 'The business the person runs.' })
  @IsOptional()
  @ValidateNested()
  business?: BusinessFactsInput;
  @Field(() => Int, {
    nullable: true,
    description:
      "Household size now, 1-50; omitted: the assessment's. Needed only when the rules measure income per capita.",
  })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(50)
  householdSize?: number;
}
