import { randomUUID } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import {
  authHeaders,
  randomNik,
  startAppHarness,
  type AppHarness,
  type Json,
  type TestIdentity,
} from '../support/app-harness';
import { ENROLL, enrolmentInput } from '../support/journey-graphql';
import { assessmentInput, driveToReEvaluation, MANAGER, ok, reEvaluation } from '../support/journey-commands-graphql';
import { ensureCohort } from '../support/cohort-graphql';

/**
 * Reports end to end on the real servers: a small cohort driven through the API, a quarterly
 * progress report requested as PDF and HTML in Indonesian and English, polled until done (the
 * report workflow and its activities on the worker, the real indicator computation), downloaded
 * by the roles of its scope and refused to the others. JEJAK_REPORT_SAMPLE_DIR keeps the files.
 */
const JOB = 'id reportJobId type format locale status progress url error regionScope';
const REQUEST =
  'mutation($input: RequestReportInput!, $key: String!) ' +
  `{ requestReport(input: $input, idempotencyKey: $key) { ${JOB} } }`;
const POLL = `query($id: ID!) { reportJob(id: $id) { ${JOB} } }`;
const IN_SCOPE = (role: string): TestIdentity => ({
  user: `${role}-r`,
  role,
  programmes: ['default'],
  regions: ['52'],
});

describe('reports as background jobs', () => {
  let app: AppHarness;
  const cohortId = `rep-${randomUUID().slice(0, 8)}`;
  const today = new Date().toISOString().slice(0, 10);
  const from = new Date(Date.now() - 80 * 86_400_000).toISOString().slice(0, 10);
  const input = (format: string, locale: string, extra: Record<string, unknown> = {}) => ({
    type: 'QUARTERLY_PROGRESS',
    programmeId: 'default',
    cohortId,
    regionPrefix: '52',
    from,
    to: today,
    format,
    locale,
    ...extra,
  });
  const download = async (url: string, who: TestIdentity | null) =>
    fetch(`${app.api.url}${url}`, { headers: await authHeaders(who) });

  async function finished(id: string, who: TestIdentity = MANAGER): Promise<Record<string, Json>> {
    const deadline = Date.now() + 90_000;
    for (;;) {
      const job = (await app.gql(POLL, { id }, who)).data!.reportJob;
      if (job.status === 'DONE' || job.status === 'FAILED' || Date.now() > deadline) return job;
      await new Promise((r) => setTimeout(r, 300));
    }
  }

  beforeAll(async () => {
    app = await startAppHarness();
    await ensureCohort(app, cohortId);
    const enrol = async (overrides: Record<string, unknown>) =>
      (
        await app.gql(ENROLL, {
          input: enrolmentInput(randomNik(), { cohortId, ...overrides }),
          key: `enrol-${randomUUID()}`,
        })
      ).data!.enrollBeneficiary.id as string;
    const graduate = await enrol({ sex: 'FEMALE' });
    const assessed = await enrol({ sex: 'FEMALE', disability: true });
    await enrol({ sex: 'MALE', name: 'Budi Santoso' });
    // Another province: outside the report's region.
    await enrol({ sex: 'MALE', name: 'Andi Wijaya', regionCode: '31.74' });
    await driveToReEvaluation(app, graduate);
    await ok(app, 'submitReEvaluation', graduate, reEvaluation(true));
    await ok(app, 'decideGraduation', graduate, { decision: 'GRADUATE' }, MANAGER);
    await ok(app, 'recordCommunication', graduate, {
      decision: 'GRADUATE',
      channel: 'HOME_VISIT',
      summary: 'Explained the criteria met and the follow-ups',
    });
    await ok(app, 'submitAssessment', assessed, assessmentInput());
  });
  afterAll(() => app?.stop());

  it.each([
    ['PDF', 'id'],
    ['PDF', 'en'],
    ['HTML', 'id'],
    ['HTML', 'en'],
  ])(
    'produces the quarterly progress report as %s in %s, downloadable by the roles of its scope',
    async (format, locale) => {
      const key = `report-${randomUUID()}`;
      const requested = await app.gql(REQUEST, { input: input(format, locale), key }, IN_SCOPE('manager'));
      expect(requested.errors).toBeUndefined();
      const job = requested.data!.requestReport;
      expect(job).toMatchObject({
        status: expect.stringMatching(/QUEUED|RUNNING|DONE/),
        url: null,
        regionScope: ['52'],
      });
      const again = await app.gql(REQUEST, { input: input(format, locale), key }, IN_SCOPE('manager'));
      expect(again.data!.requestReport.id).toBe(job.id); // a retried request answers the same job

      const done = await finished(job.id);
      expect(done).toMatchObject({
        status: 'DONE',
        progress: 100,
        error: null,
        url: `/reports/${job.reportJobId}.${format.toLowerCase()}`,
      });

      for (const role of ['manager', 'auditor', 'viewer']) {
        const res = await download(done.url, IN_SCOPE(role));
        expect(res.status).toBe(200);
        expect(res.headers.get('content-type')).toBe(format === 'PDF' ? 'application/pdf' : 'text/html; charset=utf-8');
      }
      const body = Buffer.from(await (await download(done.url, IN_SCOPE('viewer'))).arrayBuffer());
      if (process.env.JEJAK_REPORT_SAMPLE_DIR) {
        mkdirSync(process.env.JEJAK_REPORT_SAMPLE_DIR, { recursive: true });
        writeFileSync(`${process.env.JEJAK_REPORT_SAMPLE_DIR}/e2e-quarterly-${locale}.${format.toLowerCase()}`, body);
      }
      if (format === 'PDF') {
        expect(body.subarray(0, 5).toString()).toBe('%PDF-');
      } else {
        const html = body.toString('utf8');
        expect(html).toContain(`<html lang="${locale}">`);
        const caption =
          locale === 'id' ? 'Capaian Program: Target dan Realisasi' : 'Programme Achievement: Target vs Realisation';
        expect(html).toContain(`<caption>${caption}</caption>`);
        expect(html).toMatch(/<table id="target-vs-realisation">[\s\S]*<td class="n">/);
        expect(html).toContain('<svg xmlns="http://www.w3.org/2000/svg"');
        // The three people enrolled in region 52 (not the one in 31.74), as the summary's first figure.
        const enrolledLabel = locale === 'id' ? 'Peserta terdaftar' : 'Participants enrolled';
        expect(html).toContain(`<div class="v">3</div><div class="l">${enrolledLabel}</div>`);
        // Groups of fewer people than the small-cell threshold (5) are withheld: the file reaches viewers.
        expect(html).toContain(locale === 'id' ? 'disembunyikan (kelompok kecil)' : 'withheld (small group)');
        expect(html).not.toMatch(/<td>(Perempuan|Female)<\/td><td class="n">\d/);
      }

      // Other roles, other regions, other programmes, nobody: refused, for the file and the job alike.
      const refused: [TestIdentity | null, number, string][] = [
        [{ user: 'f', role: 'facilitator', programmes: ['default'], regions: ['52'] }, 403, 'FORBIDDEN'],
        [{ user: 'v31', role: 'viewer', programmes: ['default'], regions: ['31'] }, 403, 'FORBIDDEN'],
        [{ user: 'a-other', role: 'auditor', programmes: ['training-sandbox'], regions: ['*'] }, 403, 'FORBIDDEN'],
        [null, 401, 'UNAUTHENTICATED'],
      ];
      for (const [who, status, code] of refused) {
        const res = await download(done.url, who);
        expect(res.status).toBe(status);
        expect(((await res.json()) as { errors: { extensions: { code: string } }[] }).errors[0].extensions.code).toBe(
          code,
        );
        expect((await app.gql(POLL, { id: job.id }, who)).errors?.[0].extensions?.code).toBe(code);
      }
      expect((await download(done.url.replace(/\.(pdf|html)$/, '.csv'), IN_SCOPE('manager'))).status).toBe(404);
    },
  );

  it('writes every table as CSV', async () => {
    const job = (
      await app.gql(REQUEST, { input: input('CSV', 'en'), key: `report-${randomUUID()}` }, IN_SCOPE('auditor'))
    ).data!.requestReport;
    const done = await finished(job.id, IN_SCOPE('auditor'));
    expect(done.status).toBe('DONE');
    const res = await download(done.url, IN_SCOPE('viewer'));
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    const csv = await res.text();
    expect(csv).toContain(
      '\r\nProgramme Achievement: Target vs Realisation\r\n' +
        'Code,Indicator,Level,Statistic,Baseline,Target,Realisation,Numerator,Denominator,Achievement vs target,' +
        'Previous period,Status\r\n',
    );
  });

  it('refuses a report outside the scope, a reused key and a bad period, and lists only jobs in scope', async () => {
    const manager52 = IN_SCOPE('manager');
    const other = await app.gql(
      REQUEST,
      { input: input('PDF', 'id', { regionPrefix: '31' }), key: `report-${randomUUID()}` },
      manager52,
    );
    expect(other.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const key = `report-${randomUUID()}`;
    expect((await app.gql(REQUEST, { input: input('PDF', 'id'), key }, manager52)).errors).toBeUndefined();
    expect((await app.gql(REQUEST, { input: input('HTML', 'id'), key }, manager52)).errors?.[0].extensions?.code).toBe(
      'IDEMPOTENCY_KEY_REUSED',
    );
    expect(
      (
        await app.gql(
          REQUEST,
          { input: input('PDF', 'id', { from: today, to: from }), key: `report-${randomUUID()}` },
          manager52,
        )
      ).errors?.[0].extensions?.code,
    ).toBe('VALIDATION_FAILED');
    expect(
      (
        await app.gql(
          REQUEST,
          { input: input('PDF', 'id'), key: `report-${randomUUID()}` },
          { user: 'f', role: 'facilitator' },
        )
      ).errors?.[0].extensions?.code,
    ).toBe('FORBIDDEN');

    const list = `query { reportJobs(programmeId: "default", first: 50) { id regionScope } }`;
    const mine = (await app.gql(list, {}, IN_SCOPE('viewer'))).data!.reportJobs as { regionScope: string[] }[];
    expect(mine.length).toBeGreaterThanOrEqual(5);
    expect(mine.every((j) => j.regionScope.every((p) => p.startsWith('52')))).toBe(true);
    expect(
      (await app.gql(list, {}, { user: 'v31', role: 'viewer', programmes: ['default'], regions: ['31'] })).data!
        .reportJobs,
    ).toEqual([]);
  });
});
