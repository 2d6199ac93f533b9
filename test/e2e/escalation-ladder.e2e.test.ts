import { randomUUID } from 'node:crypto';
import { startAppHarness, randomNik, type AppHarness } from '../support/app-harness';
import { ENROLL, enrolmentInput } from '../support/journey-graphql';
import { assessmentInput, MANAGER, ok } from '../support/journey-commands-graphql';
import { ADMIN, CREATE_PROGRAMME, programmeInput } from '../support/programme-graphql';

/** This file's own programme on training-sandbox v3 (bundled programmes stay on v2), set up as an admin would. */
const PROGRAMME = `escalation-sandbox-${randomUUID().slice(0, 8)}`;
const OVERDUE = `query($id: ID!) { journey(id: $id) { facilitatorId overdue { kind key escalatedTo escalatedAt } } }`;

type Overdue = { kind: string; key: string; escalatedTo: string; escalatedAt: string };

/**
 * The escalation ladder over HTTP on the sandbox clock (a sandbox day is about 0.3 s): a module left unfinished
 * past its end and grace is overdue for its facilitator, then its coordinator (3 sandbox days later), then the
 * manager (7), each rung one notification row.
 */
describe('an overdue step escalates to the facilitator, then the coordinator, then the manager', () => {
  let app: AppHarness;
  beforeAll(async () => {
    app = await startAppHarness();
    const created = await app.gql(
      CREATE_PROGRAMME,
      { input: programmeInput(PROGRAMME, { rulesId: 'training-sandbox', rulesVersion: 3, regionCodes: ['52'] }) },
      ADMIN,
    );
    if (created.errors) throw new Error(JSON.stringify(created.errors));
  });
  afterAll(async () => {
    await app?.stop();
  });

  it('Overdue.escalatedTo climbs FACILITATOR, COORDINATOR, MANAGER, one notification each', async () => {
    const res = await app.gql(ENROLL, {
      input: enrolmentInput(randomNik(), { programmeId: PROGRAMME }),
      key: `enrol-${randomUUID()}`,
    });
    const { id, journeyId } = res.data!.enrollBeneficiary as { id: string; journeyId: string };
    const planning = await ok(app, 'submitAssessment', id, assessmentInput({ capital: true }));
    const running = await ok(app, 'approvePlan', id, { modules: planning.proposedModules }, MANAGER);
    expect(running.stage).toBe('IN_INTERVENTION');

    // The module is never run: past its planned end and grace it is overdue, and the ladder climbs.
    const seen: string[] = [];
    let overdue: Overdue[] = [];
    let facilitatorId = '';
    const until = Date.now() + 120_000;
    while (Date.now() < until && overdue[0]?.escalatedTo !== 'MANAGER') {
      await new Promise((r) => setTimeout(r, 100));
      const journey = (await app.gql(OVERDUE, { id })).data!.journey as { facilitatorId: string; overdue: Overdue[] };
      overdue = journey.overdue;
      facilitatorId = journey.facilitatorId;
      if (overdue[0] && seen.at(-1) !== overdue[0].escalatedTo) seen.push(overdue[0].escalatedTo);
    }
    expect(overdue).toEqual([
      {
        kind: 'MODULE_END',
        key: expect.stringMatching(/^MODULE_END:/),
        escalatedTo: 'MANAGER',
        escalatedAt: expect.any(String),
      },
    ]);
    // Each rung the poll caught is in ladder order (a busy machine may skip seeing the short middle rung).
    expect(['FACILITATOR', 'COORDINATOR', 'MANAGER'].filter((l) => seen.includes(l))).toEqual(seen);

    const notes = await app.orm.em
      .fork()
      .getConnection()
      .execute<
        { kind: string; reason: string; recipient_id: string | null; recipient_role: string; data: { key: string } }[]
      >(
        `select kind, reason, recipient_id, recipient_role, data from notification where journey_id = ? ` +
          `order by created_at, key`,
        [journeyId],
      );
    expect(notes.map((n) => [n.kind, n.reason, n.recipient_id, n.recipient_role, n.data.key])).toEqual([
      ['ESCALATE_TO_FACILITATOR', 'MODULE_END overdue', facilitatorId, 'facilitator', overdue[0].key],
      // No staff assignment names this facilitator's coordinator: the rung is recorded for the role, no person.
      ['ESCALATE_TO_COORDINATOR', 'MODULE_END overdue', null, 'coordinator', overdue[0].key],
      ['ESCALATE_TO_MANAGER', 'MODULE_END overdue', null, 'manager', overdue[0].key],
    ]);

    // The journey's events tell the same story, one step each (and so one audit row each).
    const events = await app.orm.em
      .fork()
      .getConnection()
      .execute<{ type: string; level: string | null }[]>(
        `select type, data->>'level' as level from journey_event ` +
          `where journey_id = ? and type in ('OVERDUE', 'ESCALATED') order by seq`,
        [journeyId],
      );
    expect(events).toEqual([
      { type: 'OVERDUE', level: null },
      { type: 'ESCALATED', level: 'COORDINATOR' },
      { type: 'ESCALATED', level: 'MANAGER' },
    ]);
  }, 180_000);
});
