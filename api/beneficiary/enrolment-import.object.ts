import { Field, GraphQLISODateTime, ID, Int, ObjectType } from 'type-graphql';
import {
  ENROLMENT_IMPORT_STATUSES,
  IMPORT_ROW_OUTCOMES,
  type EnrolmentImportStatus,
} from '../../domain/enrolment-import/enrolment-import.types';
import { codeEnum } from '../shared/code-enum';

export const EnrolmentImportStatusCode = codeEnum(
  'EnrolmentImportStatus',
  ENROLMENT_IMPORT_STATUSES,
  'Where an enrolment import stands.',
  {
    QUEUED: 'Accepted and stored, no row applied yet.',
    RUNNING: 'Rows are being enrolled page by page; see processedRows.',
    DONE: 'Every row is applied; the result file is at resultUrl.',
    FAILED: 'The import stopped; error says why. Rows applied so far stay applied: start it again to finish.',
  },
);
export const ImportRowOutcomeCode = codeEnum(
  'ImportRowOutcome',
  IMPORT_ROW_OUTCOMES,
  'What happened to one data row of an enrolment import (the outcome column of its result file).',
  {
    ENROLLED: 'Enrolled by this import: the person is stored and their journey started.',
    REFUSED: 'Not enrolled; the code and message columns say why. Fix the row and import it again.',
    ALREADY_ENROLLED: 'A person with this NIK was already enrolled (code DUPLICATE_NIK, with their journey).',
  },
);

@ObjectType('EnrolmentImport', {
  description:
    'An enrolment CSV applied in the background: poll it (or list them) until status is DONE, then download ' +
    'resultUrl with the same bearer token.',
})
export class EnrolmentImportObject {
  @Field(() => ID, { description: "The import's UUID, as in its result url." }) importId!: string;
  @Field(() => ID, { description: 'Programme every row is enrolled into.' }) programmeId!: string;
  @Field(() => ID, { nullable: true, description: 'Cohort (angkatan) of every row; null: none.' })
  cohortId!: string | null;
  @Field(() => EnrolmentImportStatusCode, { description: 'Where the import stands.' })
  status!: EnrolmentImportStatus;
  @Field(() => Int, { description: 'Data rows in the file (blank lines are not rows).' }) totalRows!: number;
  @Field(() => Int, { description: 'Rows applied so far.' }) processedRows!: number;
  @Field(() => Int, { description: 'Progress, 0-100: processedRows of totalRows.' }) progress!: number;
  @Field(() => Int, { description: 'Rows enrolled by this import.' }) enrolled!: number;
  @Field(() => Int, { description: 'Rows not enrolled (see the result file for why).' }) refused!: number;
  @Field(() => Int, { description: 'Rows whose person was already enrolled.' }) alreadyEnrolled!: number;
  @Field(() => String, {
    nullable: true,
    description:
      'Path of the per-row result file on this API (GET with the bearer token), /enrolment-imports/<importId>.csv ' +
      'with columns row,outcome,code,message,journeyId; null until DONE.',
  })
  resultUrl!: string | null;
  @Field(() => String, { nullable: true, description: 'Why the import failed; null otherwise.' })
  error!: string | null;
  @Field(() => GraphQLISODateTime, { description: 'When the import was started.' }) createdAt!: Date;
  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When it finished (DONE or FAILED).' })
  finishedAt!: Date | null;
}
