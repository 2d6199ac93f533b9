import {
  ArrayMaxSize,
  IsBoolean,
  IsInt,
  IsNumber,
  IsOptional,
  IsString,
  MaxLength,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';
import { Field, Float, InputType, Int } from 'type-graphql';
import type {
  CapitalScheme,
  MentoringType,
  SkillsPreference,
  TrainingMethod,
} from '../../../domain/assessment/assessment-needs.rules';
import {
  CapitalSchemeCode,
  MentoringTypeCode,
  SkillsPreferenceCode,
  TrainingMethodCode,
} from '../journey-assessment-enums';
import { HouseholdInput, LivelihoodFactsFields } from './livelihood.input';

/**
 * Needs-assessment blocks (rules README, Sources of the process: needs assessment). Stored as evidence in
 * PostgreSQL, never in Temporal.
 */
@InputType({ description: 'Employment block (pekerjaan) of the needs assessment.' })
export class EmploymentInput {
  @Field({ description: 'Current main occupation, free text, at most 200 characters.' })
  @IsString()
  @MaxLength(200)
  mainOccupation!: string;
  @Field({ description: 'Whether the main work is permanent (tetap).' }) @IsBoolean() permanent!: boolean;
  @Field({ description: 'Whether the current job has a career path.' }) @IsBoolean() careerPath!: boolean;
  @Field({ description: 'Highest education level completed, free text, at most 100 characters.' })
  @IsString()
  @MaxLength(100)
  highestEducation!: string;
}

@InputType({
  description: 'Income block (pendapatan) of the needs assessment; the server derives the welfare level from it.',
})
export class IncomeInput {
  @Field(() => Float, { description: 'Average monthly family income (pendapatan keluarga), rupiah per month.' })
  @IsNumber()
  @Min(0)
  @Max(1e12)
  monthlyFamilyIncome!: number;
  @Field(() => Float, {
    description: 'Average monthly household expenditure (pengeluaran rumah tangga), rupiah per month.',
  })
  @IsNumber()
  @Min(0)
  @Max(1e12)
  monthlyExpenditure!: number;
  @Field(() => Float, { description: 'Regional minimum wage (UMK/UMR) that applies, rupiah per month.' })
  @IsNumber()
  @Min(1)
  @Max(1e12)
  regionalMinimumWage!: number;
  @Field({ description: "The beneficiary's own answer: income is enough to meet the household's needs." })
  @IsBoolean()
  incomeAdequate!: boolean;
}

@InputType({ description: 'Assets block (kepemilikan aset) of the needs assessment.' })
export class AssetsInput {
  @Field({ description: 'Owns land or their own house.' }) @IsBoolean() ownsLandOrHouse!: boolean;
  @Field(() => [String], {
    description: 'Types of assets owned, free text, e.g. motorcycle, farm equipment; at most 30.',
  })
  @ArrayMaxSize(30)
  @IsString({ each: true })
  @MaxLength(100, { each: true })
  assetTypes!: string[];
  @Field({ description: 'Assets are used to support work or income.' }) @IsBoolean() assetsSupportIncome!: boolean;
}

@InputType({ description: 'Basic services block (akses layanan dasar) of the needs assessment.' })
export class BasicServicesInput {
  @Field(() => Int, { description: 'Number of health-service visits in the last six months, 0-500.' })
  @IsInt()
  @Min(0)
  @Max(500)
  healthVisitsLast6Months!: number;
  @Field({ description: 'Has access to clean water for daily needs.' }) @IsBoolean() cleanWater!: boolean;
  @Field({ description: 'Has stable electricity at home.' }) @IsBoolean() stableElectricity!: boolean;
}

@InputType({
  description:
    'Needs blocks of the assessment: skills, mentoring, capital, market, education. The server turns them into ' +
    'need codes that select the proposed modules.',
})
export class NeedsInput {
  @Field({
    description: 'Needs skills to get a job or grow a business (yields JOB_SKILLS and/or ENTREPRENEURSHIP_SKILLS).',
  })
  @IsBoolean()
  skillsNeeded!: boolean;
  @Field(() => SkillsPreferenceCode, { nullable: true, description: 'Preferred skills; omitted means job skills.' })
  @IsOptional()
  skillsPreference?: SkillsPreference;
  @Field(() => TrainingMethodCode, { nullable: true, description: 'Preferred training method.' })
  @IsOptional()
  trainingMethod?: TrainingMethod;
  @Field({ description: 'Needs mentoring (pendampingan) to find work or grow a business.' })
  @IsBoolean()
  mentoringNeeded!: boolean;
  @Field(() => [MentoringTypeCode], {
    defaultValue: [],
    description: 'Mentoring types wanted; empty with mentoringNeeded means SOCIAL.',
  })
  mentoringTypes!: MentoringType[];
  @Field({ description: 'Needs capital to start or grow a business (akses modal).' })
  @IsBoolean()
  capitalNeeded!: boolean;
  @Field(() => Float, { nullable: true, description: 'Estimated capital needed, rupiah.' })
  @IsOptional()
  @IsNumber()
  @Min(0)
  @Max(1e12)
  capitalEstimate?: number;
  @Field(() => CapitalSchemeCode, { nullable: true, description: 'Desired capital scheme.' })
  @IsOptional()
  capitalScheme?: CapitalScheme;
  @Field({ description: 'Lacks financial-management knowledge (yields FINANCIAL_MANAGEMENT).' })
  @IsBoolean()
  lacksFinancialManagement!: boolean;
  @Field({ description: 'Has trouble marketing products or services (akses pasar).' })
  @IsBoolean()
  marketNeeded!: boolean;
  @Field({ description: 'Low education level or lacks basic skills such as literacy and numeracy (yields EDUCATION).' })
  @IsBoolean()
  lowEducationOrBasicSkills!: boolean;
}

@InputType({
  description:
    'The needs assessment (asesmen kebutuhan) form (rules README, Sources of the process: needs assessment), ' +
    'submitted by the facilitator (pendamping). Stored as evidence on the server; the journey keeps only need codes ' +
    'and the income ratio.',
})
export class AssessmentInput {
  @Field(() => EmploymentInput, { description: 'Employment (pekerjaan).' })
  @ValidateNested()
  employment!: EmploymentInput;
  @Field(() => IncomeInput, { description: 'Income and expenditure (pendapatan).' })
  @ValidateNested()
  income!: IncomeInput;
  @Field(() => AssetsInput, { description: 'Assets (kepemilikan aset).' }) @ValidateNested() assets!: AssetsInput;
  @Field(() => BasicServicesInput, { description: 'Access to basic services (akses layanan dasar).' })
  @ValidateNested()
  basicServices!: BasicServicesInput;
  @Field(() => NeedsInput, { description: 'Skills, mentoring, capital, market and education needs.' })
  @ValidateNested()
  needs!: NeedsInput;
  @Field(() => HouseholdInput, {
    nullable: true,
    description: "Household size and members' incomes; required when the rules measure income per capita.",
  })
  @IsOptional()
  @ValidateNested()
  household?: HouseholdInput;
  @Field({
    nullable: true,
    description:
      'Local potential (potensi lokal): usable resources and local products, free text, at most 2000 characters.',
  })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  localPotential?: string;
  @Field({
    nullable: true,
    description: 'Main challenges to economic self-reliance, free text, at most 2000 characters.',
  })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  challenges?: string;
  @Field({ nullable: true, description: 'Expectations of the programme, free text, at most 2000 characters.' })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  expectations?: string;
}

@InputType({
  description:
    'Re-evaluation (evaluasi ulang) after the plan or an intensive-support cycle (rules README, Sources of the ' +
    'process: not-graduated path); the server checks the graduation criteria and proposes GRADUATE or NOT_YET.',
})
export class ReEvaluationInput extends LivelihoodFactsFields {
  @Field(() => Float, { description: 'Average monthly family income now, rupiah per month.' })
  @IsNumber()
  @Min(0)
  @Max(1e12)
  monthlyFamilyIncome!: number;
  @Field(() => Float, { description: 'Regional minimum wage (UMK/UMR) that applies, rupiah per month.' })
  @IsNumber()
  @Min(1)
  @Max(1e12)
  regionalMinimumWage!: number;
  @Field(() => Boolean, {
    nullable: true,
    description:
      'The business or economic activity is running; omitted: business.running, else false. Must agree with ' +
      'business.running when both are given.',
  })
  @IsOptional()
  @IsBoolean()
  businessRunning?: boolean;
  @Field({
    description:
      "The facilitator judges that the beneficiary's mindset has changed (perubahan pola pikir), a graduation " +
      'criterion.',
  })
  @IsBoolean()
  mindsetChanged!: boolean;
  @Field({ nullable: true, description: 'Free-text notes, at most 4000 characters; kept as evidence.' })
  @IsOptional()
  @IsString()
  @MaxLength(4000)
  notes?: string;
}

@InputType({
  description:
    'A post-graduation follow-up (pendampingan setelah graduasi): income and business continuity (rules README, ' +
    'Sources of the process: after graduation).',
})
export class FollowUpInput extends LivelihoodFactsFields {
  @Field(() => Int, { description: 'Index of the follow-up in Journey.followUps; must be the next unrecorded one.' })
  @IsInt()
  @Min(0)
  @Max(100)
  index!: number;
  @Field(() => Float, { description: 'Average monthly family income now, rupiah per month.' })
  @IsNumber()
  @Min(0)
  @Max(1e12)
  monthlyFamilyIncome!: number;
  @Field(() => Float, { description: 'Regional minimum wage (UMK/UMR) that applies, rupiah per month.' })
  @IsNumber()
  @Min(1)
  @Max(1e12)
  regionalMinimumWage!: number;
  @Field(() => Boolean, {
    nullable: true,
    description:
      'The business or economic activity is still running; omitted: business.running, else false. Must agree with ' +
      'business.running when both are given.',
  })
  @IsOptional()
  @IsBoolean()
  businessRunning?: boolean;
  @Field({ nullable: true, description: 'Free-text notes, at most 4000 characters; kept as evidence.' })
  @IsOptional()
  @IsString()
  @MaxLength(4000)
  notes?: string;
}
