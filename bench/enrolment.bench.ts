/**
 * Enrolment: `enrollBeneficiary` over HTTP GraphQL, counted done when the journey row is in the read
 * model, at concurrency 1, 8 and 32. Baselines on the same servers at the same concurrency: a no-op
 * workflow start + result (the engine's limit) and a bare INSERT of the same beneficiary row.
 * Goal: at least half the no-op rate at concurrency 32.
 */
import { randomUUID } from 'node:crypto';
import type { Client as TemporalClient } from '@temporalio/client';
import type { Pool } from 'pg';
import { FieldCipher } from '../config/crypto/field-cipher';
import { loadDataKeys } from '../config/env';
import { sealPerson } from '../db/personal-data/sealed-columns';
import { compare, type BenchReport } from './bench-report';
import { gql } from './http-client';
import { runLoad } from './load-loop';
import { cpuPerOp, type BenchProcess } from './bench-processes';

export const ENROLL =
  'mutation Enroll($input: EnrollBeneficiaryInput!, $key: String!) ' +
  '{ enrollBeneficiary(input: $input, idempotencyKey: $key) { journeyId stage } }';

/** Synthetic people only: a fixed made-up name and generated NIKs. */
export function enrolmentInput(nik: string, facilitatorId: string) {
  return {
    nik,
    name: 'Peserta Uji Beban',
    sex: 'FEMALE',
    birthDate: '1988-04-12',
    disability: false,
    regionCode: '52.71',
    programmeId: 'default',
    facilitatorId,
    vulnerableGroups: ['FEMALE_HEAD_OF_HOUSEHOLD'],
    selection: { monthlyIncome: 900000, regionalMinimumWage: 2600000, potentialScore: 4, committed: true },
  };
}

let nikCounter = 0;
const nikBase = String(Date.now() % 10_000).padStart(4, '0');
/** A 16-digit NIK unique in this run (and very likely across runs on the same database). */
export const nextNik = (): string => `31${nikBase}${String(++nikCounter).padStart(10, '0')}`;

export interface EnrolmentDeps {
  apiUrl: string;
  pool: Pool;
  temporal: TemporalClient;
  noopTaskQueue: string;
  stamp: string;
  jejakProcs: BenchProcess[];
  noopProcs: BenchProcess[];
}

/** Every size at every concurrency level (sizes ascending); returns the journeys of the last case. */
export async function enrolmentBench(
  report: BenchReport,
  deps: EnrolmentDeps,
  counts: number[],
  levels: number[],
): Promise<string[]> {
  let lastIds: string[] = [];
  for (const count of counts) for (const c of levels) lastIds = await enrolmentCase(report, deps, count, c);
  return lastIds;
}

async function enrolmentCase(report: BenchReport, deps: EnrolmentDeps, count: number, c: number): Promise<string[]> {
  const cipher = new FieldCipher(loadDataKeys(process.env));
  const { result: noop, perOp: noopCpu } = await cpuPerOp(
    deps.noopProcs,
    () => count,
    () =>
      runLoad({
        label: 'noop',
        concurrency: c,
        count,
        job: async (i) => {
          await deps.temporal.workflow.execute('noopWorkflow', {
            taskQueue: deps.noopTaskQueue,
            workflowId: `bench-noop-${deps.stamp}-${count}-${c}-${i}`,
            args: [{ stay: false }],
          });
        },
      }),
  );
  const inserted: string[] = [];
  const insert = await runLoad({
    label: 'insert',
    concurrency: c,
    count,
    job: async () => {
      const id = randomUUID();
      const sealed = sealPerson(cipher, nextNik(), null); // the row as the API stores it: NIK sealed, blind index
      await deps.pool.query(
        `insert into beneficiary (id, nik, nik_hash, name, sex, birth_date, disability, region_code, programme_id,
         cohort_id, vulnerable_groups, enrolment_key, created_by, created_at)
       values ($1, $2, $3, $4, 'FEMALE', '1988-04-12', false, '52.71', 'default',
         null, $5, $6, 'bench-manager', now())`,
        [
          id,
          sealed.nik,
          sealed.nikHash,
          'Peserta Uji Beban',
          JSON.stringify(['FEMALE_HEAD_OF_HOUSEHOLD']),
          `bench-insert-${id}`,
        ],
      );
      inserted.push(id);
    },
  });
  await deps.pool.query('delete from beneficiary where id = any($1::uuid[])', [inserted]);
  const ids: string[] = [];
  const { result: jejak, perOp: jejakCpu } = await cpuPerOp(
    deps.jejakProcs,
    () => count,
    () =>
      runLoad({
        label: 'enrol',
        concurrency: c,
        count,
        job: async (i) => {
          const data = await gql<{ enrollBeneficiary: { journeyId: string } }>(deps.apiUrl, ENROLL, {
            input: enrolmentInput(nextNik(), `facilitator-${i % 20}`),
            key: `bench-enrol-${deps.stamp}-${count}-${c}-${i}`,
          });
          const id = data.enrollBeneficiary.journeyId; // the UUID: the read model's key
          const seen = await deps.pool.query('select 1 from journey where id = $1', [id]);
          if (seen.rowCount !== 1) throw new Error('journey not in the read model when enrollBeneficiary answered');
          ids.push(id);
        },
      }),
  );
  report.facts[`Enrolment CPU, ×${count} at concurrency ${c}`] = `Jejak: ${jejakCpu}; baseline: ${noopCpu}`;
  report.rows.push(
    compare(
      'Enrolment',
      `enrollBeneficiary ×${count}, concurrency ${c}`,
      jejak,
      noop,
      'no-op workflow start + result',
      'rate',
      c === 32 ? { text: '≥ 0.5× no-op rate', met: (r) => r >= 0.5 } : undefined,
    ),
  );
  report.rows.push(
    compare(
      'Enrolment',
      `… vs bare INSERT of the row, ×${count}, concurrency ${c}`,
      jejak,
      insert,
      'bare INSERT (pg, pool 10)',
      'rate',
    ),
  );
  return ids;
}
