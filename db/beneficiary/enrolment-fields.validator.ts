import {
  ArrayMaxSize,
  IsBoolean,
  IsIn,
  IsInt,
  IsISO8601,
  IsNumber,
  IsOptional,
  IsString,
  Length,
  Matches,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';
import { PHONE_INPUT, SEXES, type Sex } from '../../domain/beneficiary/personal-data.rules';

/**
 * The field rules (class-validator) of one row of an enrolment CSV, bulk or background import: the rules of the
 * GraphQL input EnrollBeneficiaryInput, declared below the API so the import's activity checks rows without it.
 * test/unit/api/enrolment-fields.test.ts holds the two classes to the same constraints.
 */
export class SelectionFields {
  @IsNumber()
  @Min(0)
  @Max(1e12)
  monthlyIncome!: number;
  @IsNumber()
  @Min(1)
  @Max(1e12)
  regionalMinimumWage!: number;
  @IsInt()
  @Min(0)
  @Max(5)
  potentialScore!: number;
  @IsBoolean()
  committed!: boolean;
}

export class EnrolmentFields {
  @Matches(/^\d{16}$/, { message: 'nik must be exactly 16 digits' })
  nik!: string;
  @IsOptional()
  @IsString()
  @Matches(PHONE_INPUT, {
    message: 'phone must be an Indonesian number: +62, 62 or 0 then 8-12 digits (spaces or dashes allowed)',
  })
  phone?: string;
  @IsString() @Length(1, 200) name!: string;
  // Checked here too: CSV rows are validated by these rules, not by a GraphQL enum.
  @IsIn(SEXES) sex!: Sex;
  @IsISO8601({ strict: true })
  @Matches(/^\d{4}-\d{2}-\d{2}$/)
  birthDate!: string;
  @IsBoolean()
  disability!: boolean;
  @Matches(/^[A-Za-z0-9.-]{2,20}$/, {
    message: 'regionCode must be 2-20 letters, digits, dots or dashes (e.g. a BPS code 52.71)',
  })
  regionCode!: string;
  @Matches(/^[A-Za-z0-9_-]{1,64}$/)
  programmeId!: string;
  @IsOptional()
  @Matches(/^[A-Za-z0-9_-]{1,64}$/)
  cohortId?: string;
  @IsOptional()
  @Matches(/^[A-Za-z0-9_\-:.@]{1,128}$/)
  facilitatorId?: string;
  @ArrayMaxSize(20)
  @Matches(/^[A-Z_]{2,64}$/, { each: true })
  vulnerableGroups!: string[];
  @IsOptional()
  @Matches(/^[A-Z0-9_]{1,32}$/)
  ethnicity?: string | null;
  @ValidateNested()
  selection!: SelectionFields;
}
