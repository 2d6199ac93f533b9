import { randomUUID } from 'node:crypto';
import { startAppHarness, randomNik, FACILITATOR, MANAGER, type AppHarness, type Json } from '../support/app-harness';
import { ensureCohort } from '../support/cohort-graphql';
import { assessmentInput, ok } from '../support/journey-commands-graphql';
import { ENROLL, enrolmentInput } from '../support/journey-graphql';
import { CHANGE_GROUP_STATUS, addGroupMembers, createGroup } from '../support/group-graphql';
import { groupSessionInput } from '../support/group-session-graphql';
import {
  COHORT_NEEDS,
  FIGURES,
  GROUP_NEEDS,
  JOURNEY_NEEDS,
  SCHEDULE_WITH_NEEDS,
  answers,
  recordFunctioning,
  recordNeeds,
} from '../support/inclusion-graphql';
import { expectedFigures, loadOraclePeople, type OracleCell } from '../support/inclusion-oracle';
import { rawQuery } from '../support/raw-sql';

const DAY = 86_400_000;
const dayOf = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const FHH = 'FEMALE_HEAD_OF_HOUSEHOLD';
const VIEWER = { user: 'viewer-1', role: 'viewer' };
const COHORT_NEEDS_SUPPRESSED = `query($id: ID!, $programmeId: ID) { cohort(id: $id, programmeId: $programmeId) {
  id accommodationNeeds { need people suppressed } } }`;

/** Eight people of one cohort: their sex, vulnerable groups, WG-SS answers, needs, and whether they get a plan. */
const PEOPLE: {
  sex: string;
  groups: string[];
  worse: Record<string, string> | null;
  needs: string[];
  plan: boolean;
}[] = [
  { sex: 'FEMALE', groups: [FHH], worse: null, needs: ['CHILDCARE', 'LACTATION_ROOM'], plan: true },
  {
    sex: 'FEMALE',
    groups: [FHH, 'DISABILITY'],
    worse: { walking: 'A_LOT_OF_DIFFICULTY' },
    needs: ['ACCESSIBLE_VENUE', 'PERSONAL_ASSISTANT'],
    plan: true,
  },
  { sex: 'MALE', groups: ['ELDERLY'], worse: { seeing: 'SOME_DIFFICULTY' }, needs: [], plan: false },
  {
    sex: 'MALE',
    groups: ['DISABILITY'],
    worse: { hearing: 'CANNOT_DO_AT_ALL', communication: 'SOME_DIFFICULTY' },
    needs: ['SIGN_LANGUAGE_INTERPRETER'],
    plan: true,
  },
  { sex: 'FEMALE', groups: [], worse: null, needs: [], plan: true },
  { sex: 'FEMALE', groups: [FHH], worse: {}, needs: [], plan: false },
  { sex: 'MALE', groups: [], worse: null, needs: ['TRANSPORT'], plan: false },
  {
    sex: 'FEMALE',
    groups: [FHH, 'ELDERLY'],
    worse: { cognition: 'A_LOT_OF_DIFFICULTY' },
    needs: ['BRAILLE_OR_LARGE_PRINT'],
    plan: false,
  },
];

/** Counts per need of what the test recorded for these people (every need, zero too). */
const NEED_ORDER = [
  'SIGN_LANGUAGE_INTERPRETER',
  'PERSONAL_ASSISTANT',
  'ACCESSIBLE_VENUE',
  'CHILDCARE',
  'LACTATION_ROOM',
  'TRANSPORT',
  'BRAILLE_OR_LARGE_PRINT',
];
const countsOf = (indexes: number[]) =>
  NEED_ORDER.map((need) => ({ need, people: indexes.filter((i) => PEOPLE[i].needs.includes(need)).length }));

/**
 * Inclusion in practice over GraphQL on the real servers: WG-SS functioning recorded and the disability level
 * derived, accommodation needs shown where a cohort's group sessions are scheduled and counted on the cohort, and
 * indicator figures by VULNERABLE_GROUP and DISABILITY_LEVEL (and filtered to female heads of household) checked
 * against an independent computation from the raw rows (test/support/inclusion-oracle.ts).
 */
describe('inclusion in practice', () => {
  let app: AppHarness;
  let ids: string[];
  const cohortId = `incl-${randomUUID().slice(0, 8)}`;

  beforeAll(async () => {
    app = await startAppHarness();
    await ensureCohort(app, cohortId);
    ids = [];
    for (const p of PEOPLE) {
      const input = enrolmentInput(randomNik(), { sex: p.sex, vulnerableGroups: p.groups, cohortId });
      const res = await app.gql(ENROLL, { input, key: `enrol-${randomUUID()}` });
      if (res.errors) throw new Error(JSON.stringify(res.errors));
      ids.push(res.data!.enrollBeneficiary.journeyId as string);
    }
  }, 240_000);
  afterAll(() => app?.stop());

  const FUNCTIONING =
    'records WG-SS functioning: level and yes/no derived, answers sealed, a contradicting yes/no refused';
  it(FUNCTIONING, async () => {
    const contradicted = await recordFunctioning(app, ids[3], answers(PEOPLE[3].worse!), false);
    expect(contradicted.errors?.[0].extensions?.code).toBe('DISABILITY_DISAGREES_WITH_FUNCTIONING');
    const [untouched] = await rawQuery<Json>(`select functioning, disability_level from beneficiary where id = $1`, [
      ids[3],
    ]);
    expect(untouched).toEqual({ functioning: null, disability_level: null });

    const derived: Record<number, [string, boolean]> = {
      1: ['A_LOT_OF_DIFFICULTY', true],
      2: ['SOME_DIFFICULTY', false],
      3: ['CANNOT_DO_AT_ALL', true],
      5: ['NO_DIFFICULTY', false],
      7: ['A_LOT_OF_DIFFICULTY', true],
    };
    for (const [i, [level, disability]] of Object.entries(derived)) {
      const given = Number(i) === 1 ? true : null; // the person's own yes/no agrees with the answers
      const res = await recordFunctioning(app, ids[Number(i)], answers(PEOPLE[Number(i)].worse!), given);
      expect(res.errors).toBeUndefined();
      expect(res.data!.recordFunctioning).toMatchObject({ disabilityLevel: level, disability });
    }
    const shown = await app.gql(JOURNEY_NEEDS, { id: ids[1] });
    expect(shown.data!.journey.beneficiary).toMatchObject({ disabilityLevel: 'A_LOT_OF_DIFFICULTY', disability: true });
    expect((await app.gql(JOURNEY_NEEDS, { id: ids[0] })).data!.journey.beneficiary.disabilityLevel).toBeNull();

    const stored = await rawQuery<{ functioning: string }>(`select functioning from beneficiary where id = $1`, [
      ids[1],
    ]);
    expect(stored[0].functioning).toMatch(/^enc:v1:/);
    expect(stored[0].functioning).not.toContain('WALKING');
    const audit = await rawQuery<{ action: string; after: string }>(
      `select action, after::text as after from audit_log where source = 'INCLUSION' and journey_id = $1`,
      [ids[1]],
    );
    expect(audit.map((a) => a.action)).toEqual(['recordFunctioning']);
    expect(audit[0].after).not.toMatch(/WALKING|SEEING/);
  });

  it('refuses an ethnicity code where the programme does not collect it, and enrols nobody', async () => {
    const nik = randomNik();
    const input = enrolmentInput(nik, { cohortId, ethnicity: 'SASAK' });
    const res = await app.gql(ENROLL, { input, key: `enrol-${randomUUID()}` });
    expect(res.errors?.[0].extensions?.code).toBe('ETHNICITY_NOT_COLLECTED');
    expect(await rawQuery(`select id from beneficiary where cohort_id = $1`, [cohortId])).toHaveLength(PEOPLE.length);
  });

  const NEEDS = "shows accommodation needs on the journey, group, members and scheduled session; counts the cohort's";
  it(
    NEEDS,
    async () => {
      for (const [i, p] of PEOPLE.entries()) if (p.needs.length) await recordNeeds(app, ids[i], p.needs);
      const journey = (await app.gql(JOURNEY_NEEDS, { id: ids[1] })).data!.journey;
      expect(journey.accommodationNeeds).toEqual(['PERSONAL_ASSISTANT', 'ACCESSIBLE_VENUE']);

      const planned = PEOPLE.map((p, i) => i).filter((i) => PEOPLE[i].plan);
      let templateId = '';
      for (const i of planned) {
        const planning = await ok(app, 'submitAssessment', ids[i], assessmentInput());
        const modules = planning.proposedModules.map((m: Json) => ({ ...m }));
        templateId = (await ok(app, 'approvePlan', ids[i], { modules }, MANAGER)).modules[0].templateId;
      }
      const now = Date.now();
      const input = {
        kind: 'LEARNING_GROUP',
        moduleTemplateId: templateId,
        name: 'Kelompok Belajar Inklusif',
        cohortId,
      };
      const group = await createGroup(app, { ...input, formedOn: dayOf(now - 30 * DAY) }, FACILITATOR);
      const active = await app.gql(CHANGE_GROUP_STATUS, {
        groupId: group.id,
        key: `gst-${randomUUID()}`,
        input: { status: 'ACTIVE', reason: 'First meeting held' },
      });
      expect(active.errors).toBeUndefined();
      const joined = planned.map((i) => ({ journeyId: ids[i], joinedOn: dayOf(now - 20 * DAY) }));
      expect((await addGroupMembers(app, group.groupId, joined, FACILITATOR)).members.every((m) => m.applied)).toBe(
        true,
      );

      const shown = (await app.gql(GROUP_NEEDS, { id: group.id })).data!.group;
      expect(shown.accommodationNeeds).toEqual(countsOf(planned));
      expect(shown.members.find((m: Json) => m.journeyId === ids[3]).accommodationNeeds).toEqual([
        'SIGN_LANGUAGE_INTERPRETER',
      ]);

      const session = groupSessionInput(group.groupId, new Date(now).toISOString());
      const scheduled = await app.gql(SCHEDULE_WITH_NEEDS, { input: session, key: `gs-${randomUUID()}` }, FACILITATOR);
      expect(scheduled.errors).toBeUndefined();
      const answer = scheduled.data!.scheduleGroupSession;
      expect(answer.accommodationNeeds).toEqual(countsOf(planned));
      const lines = (xs: [string, string[]][]) => [...xs].sort((a, b) => a[0].localeCompare(b[0]));
      expect(lines(answer.members.map((m: Json) => [m.journeyId, m.accommodationNeeds]))).toEqual(
        lines(planned.map((i) => [ids[i], NEED_ORDER.filter((n) => PEOPLE[i].needs.includes(n))])),
      );

      const cohort = await app.gql(COHORT_NEEDS, { id: cohortId, programmeId: 'default' }, MANAGER);
      expect(cohort.data!.cohort.accommodationNeeds).toEqual(countsOf(PEOPLE.map((_, i) => i)));
      // A viewer reads figures only: the cohort's counts below the logframe's small-cell threshold (5) are withheld.
      const viewed = await app.gql(COHORT_NEEDS_SUPPRESSED, { id: cohortId, programmeId: 'default' }, VIEWER);
      expect(viewed.data!.cohort.accommodationNeeds).toEqual(
        countsOf(PEOPLE.map((_, i) => i)).map(({ need, people }) =>
          people > 0 && people < 5 ? { need, people: 0, suppressed: true } : { need, people, suppressed: false },
        ),
      );
    },
    240_000,
  );

  type Figure = {
    key: string;
    numerator: number;
    denominator: number;
    breakdown: { dimension: string; group: string; numerator: number; denominator: number }[];
  };
  const figures = async (filter: Record<string, unknown>, by: string[]): Promise<Figure[]> => {
    const res = await app.gql(FIGURES, { programmeId: 'default', filter, by }, MANAGER);
    if (res.errors) throw new Error(JSON.stringify(res.errors));
    return res.data!.programmeIndicators;
  };
  /** Differences between the API's cells and the oracle's, for every key the oracle counts. */
  const diffs = (api: Figure[], expected: Map<string, Map<string, OracleCell>>, dims: string[]): string[] => {
    const out: string[] = [];
    for (const [key, cells] of expected) {
      const f = api.find((x) => x.key === key);
      if (!f) {
        out.push(`${key}: missing`);
        continue;
      }
      const got = new Map<string, OracleCell>([['', { num: f.numerator, den: f.denominator }]]);
      for (const g of f.breakdown.filter((b) => dims.includes(b.dimension)))
        got.set(`${g.dimension}/${g.group}`, { num: g.numerator, den: g.denominator });
      for (const cell of new Set([...cells.keys(), ...got.keys()])) {
        const [a, w] = [got.get(cell), cells.get(cell)];
        if (a?.num !== w?.num || a?.den !== w?.den)
          out.push(`${key} [${cell}]: api ${JSON.stringify(a)} raw ${JSON.stringify(w)}`);
      }
    }
    return out;
  };

  it('breaks figures down by VULNERABLE_GROUP and DISABILITY_LEVEL as the raw rows say', async () => {
    const dims = ['VULNERABLE_GROUP', 'DISABILITY_LEVEL'] as const;
    const api = await figures({ cohortId }, [...dims, 'SEX']);
    const people = await loadOraclePeople(cohortId);
    expect(people).toHaveLength(PEOPLE.length);
    expect(diffs(api, expectedFigures(people, dims), [...dims])).toEqual([]);
    // A person in two groups counts in both; the total counts them once.
    const enrolled = api.find((f) => f.key === 'enrolled')!;
    const byGroup = enrolled.breakdown.filter((b) => b.dimension === 'VULNERABLE_GROUP');
    expect(enrolled.numerator).toBe(PEOPLE.length);
    expect(byGroup.reduce((s, b) => s + b.numerator, 0)).toBe(
      PEOPLE.flatMap((p) => p.groups.length || 1).reduce((s, n) => s + n),
    );
    expect(byGroup.find((b) => b.group === FHH)!.numerator).toBe(PEOPLE.filter((p) => p.groups.includes(FHH)).length);
    // The other dimensions are still a partition of the same people.
    const sex = enrolled.breakdown.filter((b) => b.dimension === 'SEX');
    expect(sex.reduce((s, b) => s + b.numerator, 0)).toBe(PEOPLE.length);
  });

  it('filters the figures to female heads of household', async () => {
    const dims = ['VULNERABLE_GROUP', 'DISABILITY_LEVEL'] as const;
    const api = await figures({ cohortId, vulnerableGroup: FHH }, [...dims]);
    const people = (await loadOraclePeople(cohortId)).filter((p) => p.vulnerableGroups.includes(FHH));
    expect(people).toHaveLength(PEOPLE.filter((p) => p.groups.includes(FHH)).length);
    expect(diffs(api, expectedFigures(people, dims), [...dims])).toEqual([]);
    expect(api.find((f) => f.key === 'enrolled')!.numerator).toBe(people.length);
  });
});
