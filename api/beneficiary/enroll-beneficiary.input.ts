import { IsBoolean, IsInt, IsIn, IsISO8601, IsNumber, IsOptional, IsString, Length, Matches, Max, Min, ValidateNested, ArrayMaxSize } from 'class-validator';
import { LocalDateResolver } from 'graphql-scalars';
import { Field, Float, InputType, Int } from 'type-graphql';
import { NikScalar } from '../scalars/nik.scalar';
import { SexCode } from '../journey/journey-enums';

@InputType({ description: 'Facts for the selection criteria [001:2394-2403]; kept in PostgreSQL, never sent to Temporal.' })
export class SelectionInput {
  @Field(() => Float, { description: 'Average monthly household income (pendapatan keluarga), rupiah.' })
  @IsNumber() @Min(0) @Max(1e12) monthlyIncome!: number;
  @Field(() => Float, { description: 'Regional minimum wage (UMK/UMR) that applies, rupiah per month.' })
  @IsNumber() @Min(1) @Max(1e12) regionalMinimumWage!: number;
  @Field(() => Int, { description: 'Potential to develop (motivation, skills, resources), 0-5.' })
  @IsInt() @Min(0) @Max(5) potentialScore!: number;
  @Field({ description: 'Committed to take part actively.' }) @IsBoolean() committed!: boolean;
}

@InputType()
export class EnrollBeneficiaryInput {
  @Field(() => NikScalar, { description: 'National ID number (NIK): 16 digits, unique across Jejak.' })
  @Matches(/^\d{16}$/, { message: 'nik must be exactly 16 digits' }) nik!: string;
  @Field() @IsString() @Length(1, 200) name!: string;
  @Field(() => SexCode) @IsIn(['FEMALE', 'MALE']) sex!: string;
  @Field(() => LocalDateResolver, { description: 'Date of birth (tanggal lahir), YYYY-MM-DD.' }) @IsISO8601({ strict: true }) @Matches(/^\d{4}-\d{2}-\d{2}$/) birthDate!: string;
  @Field() @IsBoolean() disability!: boolean;
  @Field() @Matches(/^[A-Za-z0-9.\-]{2,20}$/, { message: 'regionCode must be 2-20 letters, digits, dots or dashes (e.g. a BPS code 52.71)' }) regionCode!: string;
  @Field() @Matches(/^[A-Za-z0-9_\-]{1,64}$/) programmeId!: string;
  @Field({ nullable: true }) @IsOptional() @Matches(/^[A-Za-z0-9_\-]{1,64}$/) cohortId?: string;
  @Field({ nullable: true }) @IsOptional() @Matches(/^[A-Za-z0-9_\-:.@]{1,128}$/) facilitatorId?: string;
  @Field(() => [String], { defaultValue: [], description: 'Vulnerable groups the person belongs to (quota groups of the programme rules).' })
  @ArrayMaxSize(20) @Matches(/^[A-Z_]{2,64}$/, { each: true }) vulnerableGroups!: string[];
  @Field(() => SelectionInput) @ValidateNested() selection!: SelectionInput;
}
