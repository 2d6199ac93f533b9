import { ArrayMaxSize, IsBoolean, IsIn, IsInt, IsNumber, IsOptional, IsString, MaxLength, Max, Min, ValidateNested } from 'class-validator';
import { Field, Float, InputType, Int } from 'type-graphql';

/** Needs-assessment blocks [001:2860-2889]. Stored as evidence in PostgreSQL, never in Temporal. */
@InputType() export class EmploymentInput {
  @Field() @IsString() @MaxLength(200) mainOccupation!: string;
  @Field() @IsBoolean() permanent!: boolean;
  @Field() @IsBoolean() careerPath!: boolean;
  @Field() @IsString() @MaxLength(100) highestEducation!: string;
}

@InputType() export class IncomeInput {
  @Field(() => Float, { description: 'Average monthly family income, rupiah.' }) @IsNumber() @Min(0) @Max(1e12) monthlyFamilyIncome!: number;
  @Field(() => Float, { description: 'Average monthly household expenditure, rupiah.' }) @IsNumber() @Min(0) @Max(1e12) monthlyExpenditure!: number;
  @Field(() => Float, { description: 'Regional minimum wage (UMK/UMR) that applies, rupiah per month.' }) @IsNumber() @Min(1) @Max(1e12) regionalMinimumWage!: number;
  @Field() @IsBoolean() incomeAdequate!: boolean;
}

@InputType() export class AssetsInput {
  @Field() @IsBoolean() ownsLandOrHouse!: boolean;
  @Field(() => [String]) @ArrayMaxSize(30) @IsString({ each: true }) @MaxLength(100, { each: true }) assetTypes!: string[];
  @Field() @IsBoolean() assetsSupportIncome!: boolean;
}

@InputType() export class BasicServicesInput {
  @Field(() => Int, { description: 'Health-service visits in the last six months.' }) @IsInt() @Min(0) @Max(500) healthVisitsLast6Months!: number;
  @Field() @IsBoolean() cleanWater!: boolean;
  @Field() @IsBoolean() stableElectricity!: boolean;
}

@InputType() export class NeedsInput {
  @Field() @IsBoolean() skillsNeeded!: boolean;
  @Field({ nullable: true, description: 'JOB, ENTREPRENEURSHIP or BOTH' }) @IsOptional() @IsIn(['JOB', 'ENTREPRENEURSHIP', 'BOTH']) skillsPreference?: 'JOB' | 'ENTREPRENEURSHIP' | 'BOTH';
  @Field({ nullable: true, description: 'FACE_TO_FACE, ONLINE or COMBINATION' }) @IsOptional() @IsIn(['FACE_TO_FACE', 'ONLINE', 'COMBINATION']) trainingMethod?: string;
  @Field() @IsBoolean() mentoringNeeded!: boolean;
  @Field(() => [String], { defaultValue: [], description: 'TECHNICAL, SOCIAL, MANAGERIAL' }) @IsIn(['TECHNICAL', 'SOCIAL', 'MANAGERIAL'], { each: true }) mentoringTypes!: ('TECHNICAL' | 'SOCIAL' | 'MANAGERIAL')[];
  @Field() @IsBoolean() capitalNeeded!: boolean;
  @Field(() => Float, { nullable: true }) @IsOptional() @IsNumber() @Min(0) @Max(1e12) capitalEstimate?: number;
  @Field({ nullable: true, description: 'MICRO_CREDIT, CAPITAL_ASSISTANCE or OTHER' }) @IsOptional() @IsIn(['MICRO_CREDIT', 'CAPITAL_ASSISTANCE', 'OTHER']) capitalScheme?: string;
  @Field() @IsBoolean() lacksFinancialManagement!: boolean;
  @Field() @IsBoolean() marketNeeded!: boolean;
  @Field() @IsBoolean() lowEducationOrBasicSkills!: boolean;
}

@InputType() export class AssessmentInput {
  @Field(() => EmploymentInput) @ValidateNested() employment!: EmploymentInput;
  @Field(() => IncomeInput) @ValidateNested() income!: IncomeInput;
  @Field(() => AssetsInput) @ValidateNested() assets!: AssetsInput;
  @Field(() => BasicServicesInput) @ValidateNested() basicServices!: BasicServicesInput;
  @Field(() => NeedsInput) @ValidateNested() needs!: NeedsInput;
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(2000) localPotential?: string;
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(2000) challenges?: string;
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(2000) expectations?: string;
}

@InputType({ description: 'Re-evaluation after the plan or an intensive-support cycle [001:3904-3907].' })
export class ReEvaluationInput {
  @Field(() => Float) @IsNumber() @Min(0) @Max(1e12) monthlyFamilyIncome!: number;
  @Field(() => Float) @IsNumber() @Min(1) @Max(1e12) regionalMinimumWage!: number;
  @Field() @IsBoolean() businessRunning!: boolean;
  @Field() @IsBoolean() mindsetChanged!: boolean;
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(4000) notes?: string;
}

@InputType({ description: 'A post-graduation follow-up: income and business continuity [001:3879].' })
export class FollowUpInput {
  @Field(() => Int) @IsInt() @Min(0) @Max(100) index!: number;
  @Field(() => Float) @IsNumber() @Min(0) @Max(1e12) monthlyFamilyIncome!: number;
  @Field(() => Float) @IsNumber() @Min(1) @Max(1e12) regionalMinimumWage!: number;
  @Field() @IsBoolean() businessRunning!: boolean;
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(4000) notes?: string;
}
