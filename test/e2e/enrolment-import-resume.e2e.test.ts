import { randomUUID } from 'node:crypto';
import { startAppHarness, randomNik, FACILITATOR, type AppHarness } from '../support/app-harness';
import { csvLine, csvOf } from '../support/bulk-graphql';
import { IMPORT, pollImport, START_IMPORT } from '../support/enrolment-import-graphql';

/**
 * An enrolment import survives its worker: stopped in the middle of the file, a new worker resumes after the
 * last recorded page and every row is applied once. Pages of 2 rows, so the 60-row file also continues as new.
 */
describe('enrolment import: the worker stops mid-import', () => {
  let app: AppHarness;
  beforeAll(async () => {
    app = await startAppHarness(undefined, { env: { ENROLMENT_IMPORT_PAGE_SIZE: '2' } });
  });
  afterAll(async () => {
    await app?.stop();
  });

  const sql = (text: string, params: unknown[] = []) =>
    app.orm.em.fork().getConnection().execute<Record<string, unknown>[]>(text, params);
  const progressOf = async (importId: string) =>
    (await app.gql(IMPORT, { id: importId }, FACILITATOR)).data!.enrolmentImport;

  it('resumes from the last completed page on a new worker; each row enrolled once', async () => {
    const niks = Array.from({ length: 60 }, () => randomNik());
    const started = await app.gql(
      START_IMPORT,
      { csv: csvOf(niks.map((nik) => csvLine({ nik }))), programmeId: 'default', key: `import-${randomUUID()}` },
      FACILITATOR,
    );
    expect(started.errors).toBeUndefined();
    const { importId } = started.data!.startEnrolmentImport;

    // Stop the worker once some pages are recorded, well before the end.
    for (let job = await progressOf(importId); job.processedRows < 6; job = await progressOf(importId))
      await new Promise((r) => setTimeout(r, 50));
    await app.stopWorker();
    const stopped = await progressOf(importId);
    expect(stopped.status).toBe('RUNNING');
    expect(stopped.processedRows).toBeLessThan(60);
    // A crash between enrolling rows and recording them: the last recorded rows' results are lost.
    const lost = await sql(
      `delete from enrolment_import_row where import_id = ? and row in
        (select row from enrolment_import_row where import_id = ? order by row desc limit 2) returning row, journey_id`,
      [importId, importId],
    );
    expect(lost).toHaveLength(2);
    await new Promise((r) => setTimeout(r, 1000));
    expect((await progressOf(importId)).processedRows).toBe(stopped.processedRows); // nothing runs without a worker

    await app.startWorker();
    const done = (await pollImport(app, importId)).at(-1);
    expect(done).toMatchObject({ status: 'DONE', processedRows: 60, enrolled: 60, refused: 0, alreadyEnrolled: 0 });

    // Every row once: one result each, one person each, the lost rows' people the same as before the crash.
    const results = await sql('select row, journey_id from enrolment_import_row where import_id = ? order by row', [
      importId,
    ]);
    expect(results.map((r) => r.row)).toEqual(Array.from({ length: 60 }, (_, i) => i + 1));
    for (const l of lost) expect(results.find((r) => r.row === l.row)!.journey_id).toBe(l.journey_id);
    const people = await sql(
      `select count(*)::int n, count(distinct nik_hash)::int niks from beneficiary
      where enrolment_key like ?`,
      [`import:${importId}:%`],
    );
    expect(people[0]).toEqual({ n: 60, niks: 60 });
    const journeys = await sql(
      `select count(*)::int n from journey
        where id in (select journey_id from enrolment_import_row where import_id = ?)`,
      [importId],
    );
    expect(journeys[0].n).toBe(60);

    // 30 pages of 2 rows: the workflow continued as new at least once (its history stays small).
    const runs: string[] = [];
    for await (const w of app.client.workflow.list({ query: `WorkflowId = "enrolment-import-${importId}"` }))
      runs.push(w.runId);
    expect(runs.length).toBeGreaterThanOrEqual(2);
  });
});
