/**
 * Timer-storm set-up (untimed, reported as a fact): instead of four API commands per journey,
 * each journey's state is built with the pure machine (storm-journey-state.ts), its beneficiary
 * row inserted by batched SQL (NIK sealed as the API seals it), its workflow started with the
 * Temporal client exactly as continue-as-new after plan approval would start it (`carried`: state,
 * the keys of that run, nothing left to record), and its earlier steps recorded by the product's
 * own recording activity (journey row, journey_event rows, one audit_log row per step) under
 * that run's id. The evidence rows the API stores beside the commands are inserted too (selection,
 * accepted; assessment, pending until the recording accepts it), with placeholder answers.
 */
import { randomUUID } from 'node:crypto';
import type { MikroORM } from '@mikro-orm/postgresql';
import type { Client as TemporalClient } from '@temporalio/client';
import { MockActivityEnvironment } from '@temporalio/testing';
import { DefaultLogger } from '@temporalio/worker';
import type { Pool } from 'pg';
import { createJourneyRecordingActivities } from '../activities/journey/journey-recording.activities';
import { FieldCipher } from '../config/crypto/field-cipher';
import { sealForm } from '../db/personal-data/sealed-forms';
import { loadDataKeys } from '../config/env';
import { sealPerson } from '../db/personal-data/sealed-columns';
import { journeyStatus, nextExpectedAction } from '../domain/journey/journey.machine';
import { getProgrammeRules } from '../domain/programme/programme-rules.registry';
import { journeyWorkflowId } from '../workflows/journey/journey.messages';
import { nextNik } from './enrolment.bench';
import { runLoad } from './load-loop';
import { buildStormJourney, STORM_PROGRAMME, type StormJourney } from './storm-journey-state';

export interface StormSetupDeps {
  pool: Pool;
  orm: MikroORM;
  temporal: TemporalClient;
  taskQueue: string;
}
export interface StormSetup {
  ids: string[];
  dueAt: Map<string, number>;
  seconds: number;
  startsPerSecond: number;
}

const BATCH = 1_000;

async function insertBeneficiaries(pool: Pool, batch: StormJourney[], tag: string): Promise<void> {
  const cipher = new FieldCipher(loadDataKeys(process.env));
  const sealed = batch.map(() => sealPerson(cipher, nextNik(), null));
  await pool.query(
    `insert into beneficiary (id, nik, nik_hash, name, sex, birth_date, disability, region_code, programme_id,
      cohort_id, vulnerable_groups, enrolment_key, created_by, created_at)
    select ($1::uuid[])[g], ($2::text[])[g], ($3::text[])[g], 'Peserta Uji Beban', 'FEMALE', date '1988-04-12', false,
      '52.71', $4, null, '["FEMALE_HEAD_OF_HOUSEHOLD"]'::jsonb, 'storm-' || $5 || '-' || ($1::uuid[])[g],
      ($6::text[])[g], ($7::timestamptz[])[g]
    from generate_series(1, $8::int) g`,
    [
      batch.map((j) => j.journeyId),
      sealed.map((p) => p.nik),
      sealed.map((p) => p.nikHash),
      STORM_PROGRAMME,
      tag,
      batch.map((j) => j.facilitatorId),
      batch.map((j) => j.state.enrolledAt),
      batch.length,
    ],
  );
  await pool.query(
    `insert into evidence (id, journey_id, kind, payload_sealed, status, created_by, created_at)
    select gen_random_uuid(), j, 'SELECTION', $3, 'ACCEPTED', 'storm-setup', now()
      from unnest($1::uuid[]) j
    union all select e, j, 'ASSESSMENT', $4, 'PENDING', 'storm-setup', now()
      from unnest($1::uuid[], $2::uuid[]) as x(j, e)`,
    [
      batch.map((j) => j.journeyId),
      batch.map((j) => j.assessmentEvidenceId),
      sealForm(cipher, { potentialScore: 4, committed: true, incomeToMinimumWageRatio: 0.35 }),
      sealForm(cipher, { needs: ['FINANCIAL_MANAGEMENT'], incomeToMinimumWageRatio: 0.35 }),
    ],
  );
}

/**
 * Sets up one journey per due instant (epoch ms), `tag` naming the set. Workflow starts and
 * recordings run at concurrency 32 (the dev server takes some 30-70 starts a second here).
 */
export async function setUpStormJourneys(deps: StormSetupDeps, dues: number[], tag: string): Promise<StormSetup> {
  const t0 = performance.now();
  const journeys = dues.map((due, i) => buildStormJourney(randomUUID(), `facilitator-${i % 20}`, new Date(due), tag));
  for (let i = 0; i < journeys.length; i += BATCH)
    await insertBeneficiaries(deps.pool, journeys.slice(i, i + BATCH), tag);
  const recording = createJourneyRecordingActivities(deps.orm, new FieldCipher(loadDataKeys(process.env)));
  const recordJourneyTransition = recording.recordJourneyTransition.bind(recording);
  const activity = new MockActivityEnvironment(undefined, { logger: new DefaultLogger('WARN') });
  const rules = getProgrammeRules(STORM_PROGRAMME, 1);
  const run = await runLoad({
    label: `storm-setup-${tag}`,
    concurrency: 32,
    count: journeys.length,
    job: async (i) => {
      const j = journeys[i];
      const workflowId = journeyWorkflowId(j.journeyId);
      const handle = await deps.temporal.workflow.start('journeyWorkflow', {
        workflowId,
        taskQueue: deps.taskQueue,
        args: [j.input],
      });
      const view = { state: j.state, status: journeyStatus(j.state), nextAction: nextExpectedAction(j.state, rules) };
      await activity.run(recordJourneyTransition, {
        workflowId,
        runId: handle.firstExecutionRunId,
        steps: j.steps,
        view,
      });
    },
  });
  if (run.failed) throw new Error(`${run.failed} storm journeys could not be set up: ${run.firstErrors.join('; ')}`);
  return {
    ids: journeys.map((j) => j.journeyId),
    dueAt: new Map(journeys.map((j, i) => [j.journeyId, dues[i]])),
    seconds: (performance.now() - t0) / 1000,
    startsPerSecond: run.perSecond,
  };
}
