import { randomUUID } from 'node:crypto';
import { startAppHarness, randomNik, type AppHarness } from '../support/app-harness';
import { ENROLL, enrolmentInput, JOURNEY_FIELDS } from '../support/journey-graphql';
import {
  command,
  driveToReEvaluation,
  FACILITATOR,
  MANAGER,
  ok,
  reEvaluation,
} from '../support/journey-commands-graphql';

const FOLLOW_UP = { monthlyFamilyIncome: 3200000, regionalMinimumWage: 2600000, businessRunning: true };
const DAY_MS = 86_400_000;

/**
 * Follow-ups belong to a window around their due date (rules v2, domain/programme/rules/README.md): recorded on
 * graduation day, "business still running at month 12" would be counted by the logframe without describing
 * month 12. Over HTTP, on the programmes' current rules.
 */
describe('a follow-up is refused before its window opens', () => {
  let app: AppHarness;
  beforeAll(async () => {
    app = await startAppHarness();
  });
  afterAll(async () => {
    await app?.stop();
  });

  async function graduate(programmeId: string) {
    const res = await app.gql(ENROLL, {
      input: enrolmentInput(randomNik(), { programmeId }),
      key: `enrol-${randomUUID()}`,
    });
    if (res.errors) throw new Error(`enrol: ${JSON.stringify(res.errors)}`);
    const id = (res.data!.enrollBeneficiary as { id: string }).id;
    await driveToReEvaluation(app, id);
    await ok(app, 'submitReEvaluation', id, reEvaluation(true));
    await ok(app, 'decideGraduation', id, { decision: 'GRADUATE' }, MANAGER);
    const graduated = await ok(app, 'recordCommunication', id, {
      decision: 'GRADUATE',
      channel: 'HOME_VISIT',
      summary: 'Criteria met',
    });
    return { id, graduated };
  }

  const live = async (id: string) =>
    (await app.gql(`query($id: ID!) { journey(id: $id, live: true) { ${JOURNEY_FIELDS} rulesVersion } }`, { id })).data!
      .journey;

  it('training-sandbox: refused on graduation day with FOLLOW_UP_NOT_DUE, accepted once the window opens', async () => {
    const { id, graduated } = await graduate('training-sandbox');
    const [first] = graduated.followUps as { dueAt: string; opensAt: string }[];
    // New enrolments follow rules v2, whose window opens half a sandbox month (4.32 s) before the due date.
    expect((await live(id)).rulesVersion).toBe(2);
    expect(Date.parse(first.dueAt) - Date.parse(first.opensAt)).toBe(4_320);

    const early = await command(app, 'recordFollowUp', id, { index: 0, ...FOLLOW_UP }, FACILITATOR);
    expect(early.errors?.map((e) => e.extensions?.code)).toEqual(['FOLLOW_UP_NOT_DUE']);
    expect(early.errors![0].message).toContain(first.opensAt);
    const unchanged = await live(id);
    expect(unchanged.seq).toBe(graduated.seq);
    expect(unchanged.followUps[0].recordedAt).toBeNull();

    await new Promise((resolve) => setTimeout(resolve, Date.parse(first.opensAt) - Date.now() + 250));
    const recorded = await ok(app, 'recordFollowUp', id, { index: 0, ...FOLLOW_UP });
    const at = Date.parse(recorded.followUps[0].recordedAt);
    expect(at).toBeGreaterThanOrEqual(Date.parse(first.opensAt));
    expect(at).toBeLessThan(Date.parse(first.dueAt));
  }, 120_000);

  it('default: the 3-month follow-up opens 15 days before it is due and is refused on graduation day', async () => {
    const { id, graduated } = await graduate('default');
    expect((await live(id)).rulesVersion).toBe(2);
    const daysBefore = (graduated.followUps as { dueAt: string; opensAt: string }[]).map(
      (f) => (Date.parse(f.dueAt) - Date.parse(f.opensAt)) / DAY_MS,
    );
    expect(daysBefore).toEqual([15, 15, 15]);
    const early = await command(app, 'recordFollowUp', id, { index: 0, ...FOLLOW_UP }, FACILITATOR);
    expect(early.errors?.map((e) => e.extensions?.code)).toEqual(['FOLLOW_UP_NOT_DUE']);
    expect((await live(id)).followUps[0].recordedAt).toBeNull();
  }, 120_000);
});
