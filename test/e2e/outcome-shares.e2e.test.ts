import { randomUUID } from 'node:crypto';
import { MANAGER, startAppHarness, type AppHarness } from '../support/app-harness';
import {
  FIGURES,
  holdAndEvaluate,
  OUTCOMES,
  personInIntervention,
  setUpAccessProgramme,
} from '../support/capital-access-graphql';
import { incomeShareContributions } from '../support/indicator-income-oracle';
import { loadRaw } from '../support/indicator-oracle';
import { command, FACILITATOR, ok, reEvaluation } from '../support/journey-commands-graphql';
import { rawQuery } from '../support/raw-sql';
import { satisfactionOracle } from '../support/satisfaction-oracle';

const run = randomUUID().slice(0, 8);
const PROGRAMME = `shares-${run}`;
/** The poverty line of default v5 as its rules file states it (rupiah per capita per month), spelled out. */
const LINES = { 'default@5': 582932 };

interface Figure {
  key: string;
  numerator: number;
  denominator: number;
  median: number | null;
  mean: number | null;
}

/**
 * On the default rules v5: three people re-evaluated (one above the UMK and the poverty line with a household of
 * three, one above the UMK without a household size, one below both with a household of five); the first graduates,
 * answers the graduation survey once (a second answer is refused and changes nothing) and gets two mentoring
 * visits; the third, not yet graduated, gets an intensive-support visit. The shares, visits made and the
 * graduation satisfaction equal a computation from the raw rows.
 */
describe('shares above the UMK and the poverty line, visits made, graduation satisfaction', () => {
  let app: AppHarness;
  const people: string[] = [];
  beforeAll(async () => {
    app = await startAppHarness();
    await setUpAccessProgramme(app, PROGRAMME);
  });
  afterAll(async () => {
    await app?.stop();
  });

  const figures = async (): Promise<Figure[]> => {
    const res = await app.gql(FIGURES, { programmeId: PROGRAMME }, MANAGER);
    expect(res.errors).toBeUndefined();
    return res.data!.programmeIndicators as Figure[];
  };

  /** A person of the programme re-evaluated with the facts given (the capital module completed on a proposal). */
  async function reEvaluated(facts: Record<string, unknown>): Promise<string> {
    const { id, moduleId } = await personInIntervention(app, PROGRAMME);
    await holdAndEvaluate(app, id, moduleId);
    await ok(app, 'submitCapitalProposal', id, { source: 'KUR', requestedAmount: 5_000_000 });
    await ok(app, 'submitReEvaluation', id, facts);
    people.push(id);
    return id;
  }

  it('graduates a participant who answers the graduation survey once; mentoring and intensive visits', async () => {
    const a = await reEvaluated({ ...reEvaluation(true), householdSize: 3 });
    await reEvaluated({ ...reEvaluation(true), monthlyFamilyIncome: 2_700_000 });
    const c = await reEvaluated({ ...reEvaluation(false), monthlyFamilyIncome: 2_500_000, householdSize: 5 });

    await ok(app, 'decideGraduation', a, { decision: 'GRADUATE' }, MANAGER);
    const communication = { decision: 'GRADUATE', channel: 'HOME_VISIT', summary: 'Lulus' };
    expect((await ok(app, 'recordCommunication', a, communication)).stage).toBe('GRADUATED');

    const survey = (scores: number[]) => ({
      occasion: 'GRADUATION',
      answers: ['CONTENT_USEFUL', 'FACILITATOR_SUPPORT', 'SCHEDULE_SUITABLE', 'OVERALL'].map((item, i) => ({
        item,
        score: scores[i],
      })),
    });
    await ok(app, 'recordSatisfaction', a, survey([5, 5, 4, 4]));
    const read = async () => (await app.gql(OUTCOMES, { id: a })).data!.journey;
    const recorded = await read();
    expect(recorded.satisfaction).toEqual([{ occasion: 'GRADUATION', moduleId: null, meanScore: 4.5 }]);
    const surveys = async () =>
      rawQuery(`select 1 from journey_event where journey_id = $1 and type = 'SATISFACTION_RECORDED'`, [a]);
    const again = await command(app, 'recordSatisfaction', a, survey([1, 1, 1, 1]), FACILITATOR);
    expect(again.errors?.[0]?.extensions?.code).toBe('SATISFACTION_ALREADY_RECORDED');
    expect(await read()).toEqual(recorded);
    expect(await surveys()).toHaveLength(1);

    await ok(app, 'recordFollowUpPlan', a, { goals: ['Warung buka'], supports: ['Akses KUR'], dates: ['Maret'] });
    for (const notes of ['Cek usaha', 'Cek pembukuan'])
      await ok(app, 'recordMentoringVisit', a, { visitedAt: new Date().toISOString(), kind: 'HOME_VISIT', notes });

    // The third is not yet graduated and gets an intensive-support visit.
    await ok(app, 'decideGraduation', c, { decision: 'NOT_YET' }, MANAGER);
    await ok(app, 'recordCommunication', c, { decision: 'NOT_YET', channel: 'HOME_VISIT', summary: 'Belum lulus' });
    const notYet = { causes: ['Modal habis'], beneficiaryInput: 'Perlu pendampingan', recommendations: 'Mingguan' };
    await ok(app, 'recordNotGraduatedEvaluation', c, notYet);
    await ok(app, 'startIntensiveSupport', c, { actionPlan: 'Catat penjualan harian' });
    const visit = { visitedAt: new Date().toISOString(), kind: 'HOME_VISIT', agreed: 'Jual di pasar Sabtu' };
    await ok(app, 'recordIntensiveVisit', c, visit);

    const got = await figures();
    const satisfaction = await satisfactionOracle(people);
    expect(satisfaction.get('satisfaction_score:GRADUATION')).toMatchObject({ numerator: 1, denominator: 1 });
    for (const key of ['satisfaction_score', 'satisfaction_score:GRADUATION', 'facilitator_rating'])
      expect({ key, ...got.find((f) => f.key === key) }).toEqual({ key, unit: 'POINTS', ...satisfaction.get(key) });
  });

  it('counts shares above the UMK and the poverty line and visits made as the raw rows do', async () => {
    const raw = await loadRaw(app.orm.em.fork(), PROGRAMME, null);
    const rows = incomeShareContributions(raw, LINES);
    const expected = new Map<string, Omit<Figure, 'key'>>();
    for (const key of new Set(rows.map((r) => r.key))) {
      const mine = rows.filter((r) => r.key === key);
      const vals = mine.map((r) => r.val).filter((v): v is number => v !== null);
      const sorted = [...vals].sort((x, y) => x - y);
      const mid = Math.floor(sorted.length / 2);
      expected.set(key, {
        numerator: mine.reduce((s, r) => s + r.num, 0),
        denominator: mine.reduce((s, r) => s + r.den, 0),
        median: vals.length ? (sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2) : null,
        mean: vals.length ? vals.reduce((s, v) => s + v, 0) / vals.length : null,
      });
    }
    // The scenario reaches every case: someone below the line, someone without a household size, two visits.
    expect(expected.get('above_umk_share')).toMatchObject({ numerator: 2, denominator: 3 });
    expect(expected.get('poverty_line_share')).toMatchObject({ numerator: 1, denominator: 2 });
    expect(expected.get('visits_made')).toMatchObject({ numerator: 3, denominator: 2 });
    expect(expected.has(`visits_made:facilitator:${FACILITATOR.user}`)).toBe(true);
    const got = await figures();
    for (const [key, want] of expected) {
      const figure = got.find((f) => f.key === key)!;
      expect(figure).toEqual({
        key,
        unit: expect.any(String),
        ...want,
        median: want.median === null ? null : expect.closeTo(want.median, 6),
        mean: want.mean === null ? null : expect.closeTo(want.mean, 6),
      });
    }
  });
});
