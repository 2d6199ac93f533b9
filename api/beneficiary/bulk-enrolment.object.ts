import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import type { ErrorCode } from '../../domain/errors/error-codes';
import { EnrolmentWarningObject } from '../cohort/enrolment-warning.object';
import { ErrorCodeEnum } from '../errors/error-code-enum';

export enum BulkEnrolmentRowStatus {
  ENROLLED = 'ENROLLED',
  FAILED = 'FAILED',
  ALREADY_ENROLLED = 'ALREADY_ENROLLED',
}
registerEnumType(BulkEnrolmentRowStatus, {
  name: 'BulkEnrolmentRowStatus',
  description: 'What happened to one CSV row.',
  valuesConfig: {
    ENROLLED: { description: 'Enrolled by this request: the person is stored and their journey started.' },
    FAILED: {
      description:
        'Not enrolled; `code` and `message` say why. Fix the row and post it again (a new key, or the same key ' +
        'for the whole file).',
    },
    ALREADY_ENROLLED: {
      description:
        'Already enrolled: by an earlier post of this file with the same idempotencyKey (code null), or ' +
        'elsewhere with the same NIK (code DUPLICATE_NIK).',
    },
  },
});

@ObjectType({ description: 'The outcome of one data row of an enrolment CSV.' })
export class BulkEnrolmentRowResult {
  @Field(() => Int, {
    description:
      'Data row number, 1-based, after the header; blank lines are not reported but keep their number, ' +
      'so row + 1 is the spreadsheet row.',
  })
  row!: number;
  @Field(() => BulkEnrolmentRowStatus, { description: 'Enrolled, failed or already enrolled.' })
  status!: BulkEnrolmentRowStatus;
  @Field(() => ID, {
    nullable: true,
    description: "The journey's UUID (Journey.journeyId) when the person is enrolled (now or before).",
  })
  journeyId!: string | null;
  @Field(() => ErrorCodeEnum, {
    nullable: true,
    description:
      'Error catalogue code (e.g. VALIDATION_FAILED, DUPLICATE_NIK, SELECTION_CRITERIA_NOT_MET); null when enrolled.',
  })
  code!: ErrorCode | null;
  @Field(() => String, { nullable: true, description: 'Human-readable explanation, naming the offending columns.' })
  message!: string | null;
  @Field(() => [EnrolmentWarningObject], {
    description: "Warnings about the cohort's planned size or quotas raised by this row's enrolment; empty otherwise.",
  })
  warnings!: EnrolmentWarningObject[];
}

@ObjectType({ description: 'Counts over all data rows of the file (blank lines are not rows).' })
export class BulkEnrolmentTotals {
  @Field(() => Int, { description: 'Data rows in the file.' }) rows!: number;
  @Field(() => Int, { description: 'Rows enrolled by this request.' }) enrolled!: number;
  @Field(() => Int, { description: 'Rows not enrolled.' }) failed!: number;
  @Field(() => Int, { description: 'Rows whose person was already enrolled.' }) alreadyEnrolled!: number;
}

@ObjectType({
  description:
    'Report of a bulk enrolment (pendaftaran massal) from CSV: totals and one line per data row, in file order.',
})
export class BulkEnrolmentReport {
  @Field(() => BulkEnrolmentTotals, { description: 'Counts per outcome.' }) totals!: BulkEnrolmentTotals;
  @Field(() => [BulkEnrolmentRowResult], { description: 'One result per data row, in file order.' })
  rows!: BulkEnrolmentRowResult[];
}
