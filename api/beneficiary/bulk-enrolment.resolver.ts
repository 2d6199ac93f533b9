import { Arg, Ctx, ID, Mutation, Resolver } from 'type-graphql';
import type { GraphQLContext } from '../context';
import { BulkEnrolmentReport } from './bulk-enrolment.object';
import { enrollBeneficiariesCsv, MAX_CSV_ROWS } from './bulk-enrolment.service';
import { ENROLMENT_CSV_COLUMNS, OPTIONAL_CSV_COLUMNS } from '../../db/beneficiary/enrolment-csv.mapper';

/** Bulk enrolment (pendaftaran massal) from a CSV file, row by row through the single enrolment. */
@Resolver()
export class BulkEnrolmentResolver {
  @Mutation(() => BulkEnrolmentReport, {
    description:
      'Enrols the beneficiaries (penerima manfaat) of a CSV file into one programme, each row exactly as ' +
      'enrollBeneficiary would (same validation, selection criteria and journey start). A bad row never stops ' +
      `the others; the report says what happened to every row. At most ${MAX_CSV_ROWS} data rows and the 1 MB ` +
      'request body, in one request: for small files. A large file (a whole cohort) goes through ' +
      'startEnrolmentImport, which enrols it in the background. Managers and facilitators only.',
  })
  enrollBeneficiariesCsv(
    @Arg('csv', () => String, {
      description:
        `RFC 4180 CSV text. Header (any column order): ${ENROLMENT_CSV_COLUMNS.join(',')}, and optionally ` +
        `${OPTIONAL_CSV_COLUMNS.join(',')} (phone in Indonesian format, e.g. 0812-3456-7890; ethnicity only where ` +
        'the programme collects it). vulnerableGroups are ' +
        'separated by ; (e.g. FEMALE_HEAD_OF_HOUSEHOLD;DISABILITY); booleans are true/false (also ya/tidak); ' +
        'dates YYYY-MM-DD; empty cells are absent. Quote a field that holds a comma, a quote or a line break.',
    })
    csv: string,
    @Arg('programmeId', () => ID, { description: 'The programme (program) every row is enrolled into.' })
    programmeId: string,
    @Arg('cohortId', () => ID, { nullable: true, description: 'Cohort (angkatan) for every row; optional.' })
    cohortId: string | undefined,
    @Arg('idempotencyKey', () => String, {
      description:
        'Client key for the whole file (8-123 of A-Z a-z 0-9 _ - : .). Row n is enrolled with key ' +
        '`<idempotencyKey>:<n>`, so posting the same file with the same key again enrols nobody twice (those rows ' +
        'are ALREADY_ENROLLED) and retries rows that failed.',
    })
    idempotencyKey: string,
    @Ctx() ctx: GraphQLContext,
  ): Promise<BulkEnrolmentReport> {
    return enrollBeneficiariesCsv(ctx, { csv, programmeId, cohortId: cohortId ?? undefined, idempotencyKey });
  }
}
