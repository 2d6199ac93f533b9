import { randomUUID } from 'node:crypto';
import { FACILITATOR, MANAGER, startAppHarness, type AppHarness } from '../support/app-harness';
import { accessOracle } from '../support/access-oracle';
import {
  FIGURES,
  holdAndEvaluate,
  OUTCOMES,
  personInIntervention,
  setUpAccessProgramme,
} from '../support/capital-access-graphql';
import { addGroupMembers, createGroup, RECORD_GROUP_CAPITAL } from '../support/group-graphql';
import { command, ok } from '../support/journey-commands-graphql';
import { must } from '../support/programme-office';
import { rawQuery } from '../support/raw-sql';
import { satisfactionOracle } from '../support/satisfaction-oracle';
import { withForms } from '../support/sealed-forms';

const run = randomUUID().slice(0, 8);
const PROGRAMME = `access-${run}`;
const COHORT = PROGRAMME;

/**
 * Capital and market access through GraphQL on the default rules v5: CAPITAL_ACCESS does not complete on its
 * sessions and evaluation alone but on a submitted proposal; a receipt before approval is refused and changes
 * nothing; channels are opened; a business group's capital reaches its members' capital access once. Every
 * access figure of programmeIndicators equals an independent computation from the raw rows.
 */
describe('capital and market access', () => {
  let app: AppHarness;
  const people: string[] = [];
  const moduleOf: Record<string, string> = {};
  beforeAll(async () => {
    app = await startAppHarness();
    await setUpAccessProgramme(app, PROGRAMME);
  });
  afterAll(async () => {
    await app?.stop();
  });

  const read = async (id: string) => (await app.gql(OUTCOMES, { id })).data!.journey;

  /** A person of the programme in IN_INTERVENTION, remembered with their CAPITAL_ACCESS module. */
  async function inIntervention(): Promise<{ id: string; moduleId: string }> {
    const person = await personInIntervention(app, PROGRAMME);
    people.push(person.id);
    moduleOf[person.id] = person.moduleId;
    return person;
  }

  it('keeps CAPITAL_ACCESS open on sessions alone and completes it once a proposal is submitted', async () => {
    const { id, moduleId } = await inIntervention();
    await holdAndEvaluate(app, id, moduleId);
    const waiting = await read(id);
    expect(waiting.modules).toEqual([{ templateId: 'CAPITAL_ACCESS', status: 'ACTIVE' }]);
    expect(waiting.stage).toBe('IN_INTERVENTION');
    expect(waiting.nextAction.action).toBe('submitCapitalProposal');

    const submitted = await ok(app, 'submitCapitalProposal', id, { source: 'KUR', requestedAmount: 7_500_000 });
    expect(submitted.modules[0].status).toBe('COMPLETED');
    expect(submitted.stage).toBe('RE_EVALUATION');
    const [proposal] = (await read(id)).capitalProposals;
    expect(proposal).toMatchObject({ source: 'KUR', status: 'SUBMITTED', decidedAt: null, receivedAt: null });

    // A receipt before approval: refused with its code, and nothing recorded (journey, events, forms).
    const before = await read(id);
    const forms = async () =>
      (await rawQuery(`select 1 from evidence where journey_id = $1 and kind = 'CAPITAL_RECEIPT'`, [id])).length;
    const early = await command(
      app,
      'recordCapitalReceipt',
      id,
      { proposalId: proposal.proposalId, amount: 1 },
      FACILITATOR,
    );
    expect(early.errors?.[0]?.extensions?.code).toBe('CAPITAL_PROPOSAL_NOT_APPROVED');
    expect(await read(id)).toEqual(before);
    expect(await forms()).toBe(0);

    // The source's answer, retried with the same key: applied once.
    const key = `approve-${randomUUID()}`;
    const decision = { proposalId: proposal.proposalId, decision: 'APPROVED' };
    for (let i = 0; i < 2; i++) {
      const res = await command(app, 'decideCapitalProposal', id, decision, MANAGER, key);
      expect(res.errors).toBeUndefined();
    }
    const decided = await rawQuery(
      `select 1 from journey_event where journey_id = $1 and type = 'CAPITAL_PROPOSAL_DECIDED'`,
      [id],
    );
    expect(decided).toHaveLength(1);
    const audit = await rawQuery<{ action: string; source: string }>(
      `select action, source from audit_log where journey_id = $1 and action like '%Capital%' order by id`,
      [id],
    );
    expect(audit.map((r) => `${r.source} ${r.action}`)).toEqual([
      'JOURNEY_EVENT submitCapitalProposal',
      'DENIED recordCapitalReceipt',
      'JOURNEY_EVENT decideCapitalProposal',
    ]);
    await ok(app, 'recordCapitalReceipt', id, { proposalId: proposal.proposalId, amount: 5_000_000 });
    const again = await command(
      app,
      'recordCapitalReceipt',
      id,
      { proposalId: proposal.proposalId, amount: 1 },
      FACILITATOR,
    );
    expect(again.errors?.[0]?.extensions?.code).toBe('CAPITAL_ALREADY_RECEIVED');
    expect((await read(id)).capitalProposals[0]).toMatchObject({ status: 'RECEIVED' });

    for (const channel of ['LOCAL', 'ONLINE']) await ok(app, 'openMarketChannel', id, { channel });
    const twice = await command(app, 'openMarketChannel', id, { channel: 'ONLINE' }, FACILITATOR);
    expect(twice.errors?.[0]?.extensions?.code).toBe('MARKET_CHANNEL_ALREADY_OPEN');
    expect((await read(id)).marketChannels.map((c: { channel: string }) => c.channel)).toEqual(['LOCAL', 'ONLINE']);
  });

  it('counts capital and market access as the raw rows do, group capital reaching each member once', async () => {
    // B: a proposal still waiting, one rejected, one received; a regional channel. C: only a group's capital.
    const b = await inIntervention();
    const c = await inIntervention();
    const first = await ok(app, 'submitCapitalProposal', b.id, { source: 'UMI', requestedAmount: 2_000_000 });
    expect(first.stage).toBe('IN_INTERVENTION'); // its module's sessions are still to come
    await ok(app, 'submitCapitalProposal', b.id, { source: 'GRANT', requestedAmount: 3_000_000 });
    const proposals = (await read(b.id)).capitalProposals as { proposalId: string; source: string }[];
    const grantId = proposals.find((p) => p.source === 'GRANT')!.proposalId;
    await ok(app, 'decideCapitalProposal', b.id, { proposalId: grantId, decision: 'REJECTED' }, MANAGER);
    const refused = await command(app, 'recordCapitalReceipt', b.id, { proposalId: grantId, amount: 9 }, FACILITATOR);
    expect(refused.errors?.[0]?.extensions?.code).toBe('CAPITAL_PROPOSAL_NOT_APPROVED');
    await ok(app, 'submitCapitalProposal', b.id, { source: 'KUR', requestedAmount: 4_000_000 });
    const kurId = ((await read(b.id)).capitalProposals as { proposalId: string; source: string }[]).find(
      (p) => p.source === 'KUR',
    )!.proposalId;
    await ok(app, 'decideCapitalProposal', b.id, { proposalId: kurId, decision: 'APPROVED' });
    await ok(app, 'recordCapitalReceipt', b.id, { proposalId: kurId, amount: 3_500_000.5 });
    await ok(app, 'openMarketChannel', b.id, { channel: 'REGIONAL' });

    const group = await createGroup(app, { programmeId: PROGRAMME, cohortId: COHORT, regionCode: '52.71' });
    await addGroupMembers(app, group.id as string, [{ journeyId: people[0] }, { journeyId: c.id }]);
    const capital = { source: 'GRANT', amount: 10_000_000, receivedOn: new Date().toISOString().slice(0, 10) };
    await must(app, RECORD_GROUP_CAPITAL, { groupId: group.id, key: `cap-${run}`, input: capital }, MANAGER);

    const res = await app.gql(FIGURES, { programmeId: PROGRAMME }, MANAGER);
    expect(res.errors).toBeUndefined();
    const figures = res.data!.programmeIndicators as { key: string; numerator: number; denominator: number }[];
    const oracle = await accessOracle(people);
    expect(oracle.size).toBe(31);
    for (const [key, expected] of oracle) {
      const figure = figures.find((f) => f.key === key);
      expect({ key, ...figure }).toEqual({ key, unit: expect.any(String), ...expected });
    }
    // The scenario reaches every part of the figures: a person with both kinds of capital counts once.
    expect(oracle.get('capital_access')!.numerator).toBeLessThan(
      oracle.get('capital_access:PERSON')!.numerator + oracle.get('capital_access:GROUP')!.numerator,
    );
    expect(oracle.get('capital_received')!.numerator).toBe(2);
  });

  it('records satisfaction surveys at a module end and rates the facilitator as the raw rows do', async () => {
    const [a, b, c] = people;
    const answers = (scores: number[]) =>
      ['CONTENT_USEFUL', 'FACILITATOR_SUPPORT', 'SCHEDULE_SUITABLE', 'OVERALL'].map((item, i) => ({
        item,
        score: scores[i],
      }));
    const survey = (id: string, scores: number[]) => ({
      occasion: 'MODULE_END',
      moduleId: moduleOf[id],
      answers: answers(scores),
    });
    const running = await command(app, 'recordSatisfaction', b, survey(b, [4, 4, 4, 4]), FACILITATOR);
    expect(running.errors?.[0]?.extensions?.code).toBe('SATISFACTION_NOT_DUE');
    await ok(app, 'recordSatisfaction', a, survey(a, [5, 4, 3, 5]));
    expect((await read(a)).satisfaction).toEqual([{ occasion: 'MODULE_END', moduleId: moduleOf[a], meanScore: 4.25 }]);
    await ok(app, 'closeModule', c, { moduleId: moduleOf[c], reason: 'Moved away for seasonal work' }, MANAGER);
    await ok(app, 'recordSatisfaction', c, survey(c, [2, 5, 3, 3]));
    const twice = await command(app, 'recordSatisfaction', a, survey(a, [1, 1, 1, 1]), FACILITATOR);
    expect(twice.errors?.[0]?.extensions?.code).toBe('SATISFACTION_ALREADY_RECORDED');

    const res = await app.gql(FIGURES, { programmeId: PROGRAMME }, MANAGER);
    const figures = res.data!.programmeIndicators as { key: string }[];
    const oracle = await satisfactionOracle(people);
    expect(oracle.get('satisfaction_score')!.denominator).toBe(2);
    expect(oracle.has(`facilitator_rating:facilitator:${FACILITATOR.user}`)).toBe(true);
    for (const [key, expected] of oracle) {
      const figure = figures.find((f) => f.key === key);
      expect({ key, ...figure }).toEqual({ key, unit: 'POINTS', ...expected });
    }
  });

  it('counts women deciding how business income is used at re-evaluation as the raw rows do', async () => {
    const [a, , c] = people;
    const facts = { monthlyFamilyIncome: 2_000_000, regionalMinimumWage: 2_600_000, businessRunning: true };
    for (const [id, decides] of [
      [a, true],
      [c, false],
    ] as const)
      await ok(app, 'submitReEvaluation', id, { ...facts, mindsetChanged: true, decidesBusinessIncomeUse: decides });
    const forms = await rawQuery(
      `select v.payload, v.payload_sealed from journey_event e
         join evidence v on v.id = (e.data->>'evidenceId')::uuid join beneficiary b on b.id = e.journey_id
        where e.journey_id = any($1::uuid[]) and e.type = 'RE_EVALUATION_SUBMITTED' and b.sex = 'FEMALE'`,
      [people],
    );
    const rows = withForms(app, forms).map((f) => ({
      decides: (f.payload.decidesBusinessIncomeUse ?? null) as boolean | null,
    }));
    const answered = rows.filter((r) => r.decides !== null);
    const res = await app.gql(FIGURES, { programmeId: PROGRAMME }, MANAGER);
    const figure = (res.data!.programmeIndicators as { key: string }[]).find((f) => f.key === 'income_control_rate');
    expect(answered).toHaveLength(2);
    expect(figure).toMatchObject({ numerator: answered.filter((r) => r.decides).length, denominator: answered.length });
  });
});
