import { Arg, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import type { GraphQLContext } from '../context';
import { ENROLMENT_CSV_COLUMNS, OPTIONAL_CSV_COLUMNS } from '../../db/beneficiary/enrolment-csv.mapper';
import { EnrolmentImportObject } from './enrolment-import.object';
import { enrolmentImport, enrolmentImports, startEnrolmentImport } from './enrolment-import.service';

/** Enrolment imports: a large enrolment CSV enrolled in the background (docs/enrolment-import.md). */
@Resolver()
export class EnrolmentImportResolver {
  @Mutation(() => EnrolmentImportObject, {
    description:
      'Starts enrolling the beneficiaries of a CSV file (a whole cohort, thousands of rows) in the background, each ' +
      'row exactly as enrollBeneficiary would. The file is checked (header, at least one row) and stored sealed; ' +
      'the answer comes at once with the import (QUEUED). Poll enrolmentImport(importId) until DONE, then GET ' +
      'resultUrl. Each row is applied once, also after a restart; the same idempotencyKey answers the same import. ' +
      'Managers and facilitators only.',
  })
  startEnrolmentImport(
    @Arg('csv', () => String, {
      description:
        `RFC 4180 CSV text, as enrollBeneficiariesCsv takes it. Header (any column order): ` +
        `${ENROLMENT_CSV_COLUMNS.join(',')}, and optionally ${OPTIONAL_CSV_COLUMNS.join(',')}.`,
    })
    csv: string,
    @Arg('programmeId', () => ID, { description: 'The programme (program) every row is enrolled into.' })
    programmeId: string,
    @Arg('cohortId', () => ID, { nullable: true, description: 'Cohort (angkatan) for every row; optional.' })
    cohortId: string | undefined,
    @Arg('idempotencyKey', () => String, {
      description:
        'Client key, 8-128 letters, digits or _-:.; a retry with the same key answers the same import; the same key ' +
        'with another file: IDEMPOTENCY_KEY_REUSED.',
    })
    idempotencyKey: string,
    @Ctx() ctx: GraphQLContext,
  ): Promise<EnrolmentImportObject> {
    return startEnrolmentImport(ctx, { csv, programmeId, cohortId: cohortId ?? undefined, idempotencyKey });
  }

  @Query(() => EnrolmentImportObject, {
    nullable: true,
    description: 'An enrolment import with its status and counts, live while it runs; null if there is none.',
  })
  enrolmentImport(
    @Ctx() ctx: GraphQLContext,
    @Arg('importId', () => ID, { description: 'The import (EnrolmentImport.importId).' }) importId: string,
  ): Promise<EnrolmentImportObject | null> {
    return enrolmentImport(ctx, importId);
  }

  @Query(() => [EnrolmentImportObject], {
    description: "A programme's enrolment imports you may read, newest first (a facilitator's own).",
  })
  enrolmentImports(
    @Ctx() ctx: GraphQLContext,
    @Arg('programmeId', () => ID, { description: 'The programme.' }) programmeId: string,
    @Arg('cohortId', () => ID, { nullable: true, description: 'Only this cohort; omitted: every cohort.' })
    cohortId?: string,
    @Arg('first', () => Int, { defaultValue: 20, description: 'How many, 1-200.' }) first = 20,
  ): Promise<EnrolmentImportObject[]> {
    return enrolmentImports(ctx, programmeId, cohortId ?? null, first);
  }
}
