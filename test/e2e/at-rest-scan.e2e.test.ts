import { randomUUID } from 'node:crypto';
import { mondayOf, sundayOf } from '../../domain/report/weekly-narrative.rules';
import { authHeaders, randomNik, startAppHarness, FACILITATOR, MANAGER, type AppHarness } from '../support/app-harness';
import {
  COMPLAINTS,
  eventually,
  FILE_COMPLAINT,
  RECORD_CONFLICT,
  RESOLVE_CONFLICT,
  sql,
} from '../support/grievance-graphql';
import { assessmentInput, driveToReEvaluation, ok, reEvaluation } from '../support/journey-commands-graphql';
import { ENROLL, enrolmentInput } from '../support/journey-graphql';
import { ensureCohort, RECORD_SELECTION_REFUSAL } from '../support/cohort-graphql';

const NARRATIVE = `mutation($input: RecordWeeklyNarrativeInput!, $key: String!) {
  recordWeeklyNarrative(input: $input, idempotencyKey: $key) { fieldConstraints participantFeedback nextWeekPlan } }`;
const REQUEST = `mutation($input: RequestReportInput!, $key: String!) {
  requestReport(input: $input, idempotencyKey: $key) { reportJobId } }`;
const POLL = `query($id: ID!) { reportJob(id: $id) { status url } }`;
const CONFLICTS = `query { conflicts(programmeId: "default") { conflictId description outcome lessonsLearned } }`;

/**
 * Where every value of every column of every table shows the needle: the row as text (jsonb and arrays included)
 * and each bytea column's bytes (reports' files). Answers "table.column" or "table" (the row as text), empty when
 * the needle is nowhere.
 */
async function placesHolding(app: AppHarness, needle: string): Promise<string[]> {
  const columns = await sql(
    app,
    `select c.table_name, c.column_name, c.data_type from information_schema.columns c
       join information_schema.tables t on t.table_schema = c.table_schema and t.table_name = c.table_name
      where c.table_schema = 'public' and t.table_type = 'BASE TABLE' order by 1, 2`,
  );
  const tables = [...new Set(columns.map((c) => String(c.table_name)))];
  const found: string[] = [];
  for (const t of tables) {
    const [row] = await sql(app, `select count(*)::int as n from "${t}" x where strpos(x::text, ?) > 0`, [needle]);
    if (Number(row.n) > 0) found.push(t);
    for (const c of columns.filter((k) => k.table_name === t && k.data_type === 'bytea')) {
      const [hit] = await sql(
        app,
        `select count(*)::int as n from "${t}" where position(convert_to(?, 'UTF8') in "${String(c.column_name)}") > 0`,
        [needle],
      );
      if (Number(hit.n) > 0) found.push(`${t}.${String(c.column_name)}`);
    }
  }
  return found;
}

describe('free text about a person is sealed at rest: a scan of every column finds none of it', () => {
  let app: AppHarness;
  const tag = `atrest${randomUUID().slice(0, 8)}`;
  const texts = {
    challenge: `Suffers from tuberculosis and cannot lift loads (${tag}-challenge)`,
    expectations: `Hopes to sell at the Mataram market (${tag}-expectations)`,
    occupation: `Penjual jamu keliling (${tag}-occupation)`,
    reEvaluation: `Her husband's diabetes costs most of the income (${tag}-reevaluation)`,
    narrative: `Visited the household with the sick child (${tag}-narrative)`,
    conflict: `Neighbours accused her of stealing from the savings box (${tag}-conflict)`,
    conflictOutcome: `Apology agreed before the village head (${tag}-outcome)`,
    selectionNote: `Refused: her son is in prison (${tag}-selection)`,
    complaint: `My neighbour was refused the grant because of her HIV status (${tag}-complaint)`,
  };
  let journeyId: string;

  beforeAll(async () => {
    app = await startAppHarness();
    const enrolled = await app.gql(
      ENROLL,
      { input: enrolmentInput(randomNik()), key: `scan-${randomUUID()}` },
      FACILITATOR,
    );
    if (enrolled.errors) throw new Error(JSON.stringify(enrolled.errors));
    journeyId = enrolled.data!.enrollBeneficiary.journeyId;
    const base = assessmentInput();
    const assessed = await ok(app, 'submitAssessment', journeyId, {
      ...base,
      employment: { ...base.employment, mainOccupation: texts.occupation },
      challenges: texts.challenge,
      expectations: texts.expectations,
    });
    await driveToReEvaluation(app, journeyId, { capital: true }, assessed);
    await ok(app, 'submitReEvaluation', journeyId, { ...reEvaluation(true), notes: texts.reEvaluation });
  });
  afterAll(() => app?.stop());

  it('records the texts, reads them back as the roles allowed to, and no column of any table holds them', async () => {
    const narrative = await app.gql(
      NARRATIVE,
      {
        input: {
          programmeId: 'default',
          weekOf: mondayOf(new Date().toISOString()),
          fieldConstraints: texts.narrative,
          participantFeedback: `Feedback of the week (${tag}-feedback)`,
          nextWeekPlan: `Plan of the week (${tag}-plan)`,
        },
        key: `scan-${randomUUID()}`,
      },
      FACILITATOR,
    );
    expect(narrative.data?.recordWeeklyNarrative.fieldConstraints).toBe(texts.narrative);
    // The facilitator's weekly report carries the narrative: its stored file is sealed, its download is not.
    const weekOf = mondayOf(new Date().toISOString());
    const requested = await app.gql(
      REQUEST,
      {
        input: {
          type: 'WEEKLY_FACILITATOR',
          programmeId: 'default',
          from: weekOf,
          to: sundayOf(weekOf),
          format: 'CSV',
          locale: 'en',
        },
        key: `scan-${randomUUID()}`,
      },
      FACILITATOR,
    );
    expect(requested.errors).toBeUndefined();
    const jobId = requested.data!.requestReport.reportJobId;
    const job = await eventually(async () => {
      const j = (await app.gql(POLL, { id: jobId }, FACILITATOR)).data!.reportJob as { status: string; url: string };
      return j.status === 'DONE' || j.status === 'FAILED' ? j : null;
    }, 90_000);
    expect(job?.status).toBe('DONE');
    const csv = await (await fetch(`${app.api.url}${job!.url}`, { headers: await authHeaders(FACILITATOR) })).text();
    expect(csv).toContain(`${tag}-narrative`);

    const conflict = await app.gql(
      RECORD_CONFLICT,
      {
        input: {
          programmeId: 'default',
          regionCode: '52.71',
          type: 'SOCIO_CULTURAL',
          category: 'MINOR',
          parties: ['participant', 'neighbours'],
          journeyIds: [journeyId],
          description: texts.conflict,
        },
      },
      FACILITATOR,
    );
    expect(conflict.errors).toBeUndefined();
    const conflictId = conflict.data!.recordConflict.id;
    const resolved = await app.gql(
      RESOLVE_CONFLICT,
      { id: conflictId, input: { method: 'MEDIATION', outcome: texts.conflictOutcome, lessonsLearned: `${tag}-l` } },
      MANAGER,
    );
    expect(resolved.errors).toBeUndefined();
    const listed = (await app.gql(CONFLICTS, {}, MANAGER)).data!.conflicts as Record<string, string>[];
    expect(listed.find((c) => c.description === texts.conflict)).toMatchObject({
      outcome: texts.conflictOutcome,
      lessonsLearned: `${tag}-l`,
    });

    const cohortId = `scan-${tag}`;
    await ensureCohort(app, cohortId);
    const refusal = {
      programmeId: 'default',
      cohortId,
      regionCode: '52.71.02',
      sex: 'FEMALE',
      disability: false,
      vulnerableGroups: [],
      reasons: ['OTHER'],
      note: texts.selectionNote,
      idempotencyKey: `scan-${randomUUID()}`,
    };
    const refused = await app.gql(RECORD_SELECTION_REFUSAL, { input: refusal }, FACILITATOR);
    expect(refused.data?.recordSelectionRefusal.note).toBe(texts.selectionNote);
    const again = await app.gql(RECORD_SELECTION_REFUSAL, { input: refusal }, FACILITATOR); // a retry: same record
    expect(again.data?.recordSelectionRefusal.id).toBe(refused.data!.recordSelectionRefusal.id);

    const filed = await app.gql(FILE_COMPLAINT, {
      input: {
        programmeId: 'default',
        regionCode: '52.71',
        subjectKind: 'PROGRAMME',
        text: texts.complaint,
        anonymous: true,
      },
    });
    expect(filed.errors).toBeUndefined();
    const complaintTexts = async () =>
      ((await app.gql(COMPLAINTS, { p: 'default' }, MANAGER)).data!.complaints as { text: string }[]).map(
        (c) => c.text,
      );
    expect(await eventually(async () => (await complaintTexts()).includes(texts.complaint))).toBe(true);

    // The forms were opened where they are needed: the re-evaluation's income reached the indicators' facts.
    const [fact] = await sql(
      app,
      `select count(*)::int as n from journey_fact where journey_id = ? and income is not null`,
      [journeyId],
    );
    expect(Number(fact.n)).toBeGreaterThan(0);

    const leaks: Record<string, string[]> = {};
    for (const [field, text] of Object.entries(texts)) {
      const places = await placesHolding(app, text.match(/\(([^)]+)\)$/)![1]);
      if (places.length > 0) leaks[field] = places;
    }
    expect(leaks).toEqual({});
  });
});
