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

/** The fields of the selection facts, with the rules each is checked by. */
const SELECTION_RULES = {
  monthlyIncome: [IsNumber(), Min(0), Max(1e12)],
  regionalMinimumWage: [IsNumber(), Min(1), Max(1e12)],
  potentialScore: [IsInt(), Min(0), Max(5)],
  committed: [IsBoolean()],
} satisfies Record<string, PropertyDecorator[]>;

/** The fields of one person to enrol, with the rules each is checked by. */
const ENROLMENT_RULES = {
  nik: [Matches(/^\d{16}$/, { message: 'nik must be exactly 16 digits' })],
  phone: [
    IsOptional(),
    IsString(),
    Matches(PHONE_INPUT, {
      message: 'phone must be an Indonesian number: +62, 62 or 0 then 8-12 digits (spaces or dashes allowed)',
    }),
  ],
  name: [IsString(), Length(1, 200)],
  // Checked here as well as by the GraphQL enum: CSV rows have no enum.
  sex: [IsIn(SEXES)],
  birthDate: [IsISO8601({ strict: true }), Matches(/^\d{4}-\d{2}-\d{2}$/)],
  disability: [IsBoolean()],
  regionCode: [
    Matches(/^[A-Za-z0-9.-]{2,20}$/, {
      message: 'regionCode must be 2-20 letters, digits, dots or dashes (e.g. a BPS code 52.71)',
    }),
  ],
  programmeId: [Matches(/^[A-Za-z0-9_-]{1,64}$/)],
  cohortId: [IsOptional(), Matches(/^[A-Za-z0-9_-]{1,64}$/)],
  facilitatorId: [IsOptional(), Matches(/^[A-Za-z0-9_\-:.@]{1,128}$/)],
  vulnerableGroups: [ArrayMaxSize(20), Matches(/^[A-Z_]{2,64}$/, { each: true })],
  ethnicity: [IsOptional(), Matches(/^[A-Z0-9_]{1,32}$/)],
  selection: [ValidateNested()],
} satisfies Record<string, PropertyDecorator[]>;

/** Puts each field's rules on a class that declares the fields (the rules are class-validator decorators). */
function applyRules(target: abstract new () => object, rules: Record<string, PropertyDecorator[]>): void {
  for (const [field, decorators] of Object.entries(rules))
    for (const rule of decorators) rule(target.prototype as object, field);
}

/**
 * The field rules of one person to enrol: a CSV row of a bulk or background import is checked by the classes below,
 * and the GraphQL inputs (EnrollBeneficiaryInput, SelectionInput) take the same rules from the two functions, so an
 * import's activity checks rows without the API and the two cannot drift apart.
 */
export const applySelectionRules = (target: abstract new () => object) => applyRules(target, SELECTION_RULES);
export const applyEnrolmentRules = (target: abstract new () => object) => applyRules(target, ENROLMENT_RULES);

export class SelectionFields {
  monthlyIncome!: number;
  regionalMinimumWage!: number;
  potentialScore!: number;
  committed!: boolean;
}
applySelectionRules(SelectionFields);

export class EnrolmentFields {
  nik!: string;
  phone?: string;
  name!: string;
  sex!: Sex;
  birthDate!: string;
  disability!: boolean;
  regionCode!: string;
  programmeId!: string;
  cohortId?: string;
  facilitatorId?: string;
  vulnerableGroups!: string[];
  ethnicity?: string | null;
  selection!: SelectionFields;
}
applyEnrolmentRules(EnrolmentFields);
