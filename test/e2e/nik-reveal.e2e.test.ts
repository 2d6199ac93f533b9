import { randomUUID } from 'node:crypto';
import { ENROLL, enrolmentInput } from '../support/journey-graphql';
import { randomNik, startAppHarness, MANAGER, type AppHarness } from '../support/app-harness';

const REVEAL = `mutation($id: ID!, $reason: String!) { revealNik(beneficiaryId: $id, reason: $reason) }`;
const READ_ROWS =
  'query($id: ID!) { auditLog(filter: { journeyId: $id, source: READ }) ' +
  '{ edges { node { actorId actorRole action reason before after } } } }';

describe('NIK: masked everywhere, revealed only by a logged action', () => {
  let app: AppHarness;
  let id: string;
  const nik = randomNik();

  beforeAll(async () => {
    app = await startAppHarness();
    // The person's UUID: the beneficiary and the journey share it, so beneficiaryId and the audit filter's journeyId
    // both take it.
    id = (await app.gql(ENROLL, { input: enrolmentInput(nik), key: `reveal-${randomUUID()}` })).data!.enrollBeneficiary
      .journeyId;
  });
  afterAll(() => app?.stop());

  it('reads show the masked NIK only', async () => {
    const res = await app.gql(`query($id: ID!) { beneficiary(id: $id) { nikMasked } }`, { id });
    expect(res.data!.beneficiary.nikMasked).toBe(`${nik.slice(0, 4)}********${nik.slice(12)}`);
    expect(JSON.stringify(res)).not.toContain(nik);
  });

  it('a manager or auditor in scope reveals it with a reason; each reveal: one READ audit row, no NIK', async () => {
    const auditor = { user: 'auditor-7', role: 'auditor', programmes: ['default'], regions: ['52'] };
    const res = await app.gql(REVEAL, { id, reason: 'Checking a duplicate registration at the dinas' }, auditor);
    expect(res.data?.revealNik).toBe(nik);
    expect((await app.gql(REVEAL, { id, reason: 'Bank account opening for the grant' }, MANAGER)).data?.revealNik).toBe(
      nik,
    );
    const rows = (await app.gql(READ_ROWS, { id }, { user: 'a', role: 'auditor' })).data!.auditLog.edges.map(
      (e: { node: unknown }) => e.node,
    );
    expect(rows).toEqual([
      {
        actorId: 'auditor-7',
        actorRole: 'auditor',
        action: 'revealNik',
        reason: 'Checking a duplicate registration at the dinas',
        before: null,
        after: null,
      },
      {
        actorId: MANAGER.user,
        actorRole: 'manager',
        action: 'revealNik',
        reason: 'Bank account opening for the grant',
        before: null,
        after: null,
      },
    ]);
    expect(JSON.stringify(rows)).not.toContain(nik);
  });

  it('is refused without a reason, to other roles, out of scope and anonymously, logging nothing', async () => {
    const before = (await app.gql(READ_ROWS, { id }, { user: 'a', role: 'auditor' })).data!.auditLog.edges.length;
    expect((await app.gql(REVEAL, { id, reason: ' ' }, MANAGER)).errors?.[0].extensions?.code).toBe('REASON_REQUIRED');
    for (const role of ['facilitator', 'viewer', 'admin']) {
      expect(
        (await app.gql(REVEAL, { id, reason: 'I would like to see it' }, { user: 'x', role })).errors?.[0].extensions
          ?.code,
      ).toBe('FORBIDDEN');
    }
    const elsewhere = { user: 'm9', role: 'manager', programmes: ['default'], regions: ['31'] };
    expect(
      (await app.gql(REVEAL, { id, reason: 'I would like to see it' }, elsewhere)).errors?.[0].extensions?.code,
    ).toBe('FORBIDDEN');
    expect((await app.gql(REVEAL, { id, reason: 'I would like to see it' }, null)).errors?.[0].extensions?.code).toBe(
      'UNAUTHENTICATED',
    );
    expect((await app.gql(READ_ROWS, { id }, { user: 'a', role: 'auditor' })).data!.auditLog.edges.length).toBe(before);
  });
});
