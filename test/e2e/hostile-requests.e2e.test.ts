import { BeneficiaryEntity, JourneyEventEntity } from '../../db/entities';
import { authHeaders, MANAGER, randomNik, startAppHarness, type AppHarness } from '../support/app-harness';
import { ENROLL, enrolmentInput } from '../support/journey-graphql';

const INJECTIONS = [
  "' or '1'='1",
  "'; drop table beneficiary; --",
  '<script>alert(1)</script>',
  '${jndi:ldap://x}',
  '../../etc/passwd',
  '\u0000',
  '{"$ne":null}',
  'a'.repeat(5000),
  '1; select pg_sleep(5)',
  '\\x27',
  '%27%20or%201=1',
];

type Shot = { label: string; body: string | Buffer; method?: string; anonymous?: boolean };

function deepQuery(depth: number): string {
  let q = 'id';
  for (let i = 0; i < depth; i++) q = i % 2 === 0 ? `beneficiary { ${q} }` : `journey { ${q} }`;
  return JSON.stringify({ query: `{ journey(id: "00000000-0000-5000-8000-000000000000") { ${q} } }` });
}

/** Builds more than 1,000 hostile or malformed requests, each of which must be refused cleanly. */
function shots(): Shot[] {
  const list: Shot[] = [];
  for (let i = 0; i < 100; i++) list.push({ label: 'deep', body: deepQuery(14 + (i % 20)) });
  for (let i = 0; i < 100; i++) {
    const aliases = Array.from({ length: 31 + i }, (_, k) => `a${k}: programmes { id }`).join(' ');
    list.push({ label: 'aliased', body: JSON.stringify({ query: `{ ${aliases} }` }) });
  }
  for (let i = 0; i < 100; i++)
    list.push({
      label: 'invalid JSON',
      body: `{"query": "{ programmes { id } }"${'}'.repeat(i % 3)}${i % 2 ? ',' : ''}x`,
    });
  for (let i = 0; i < 100; i++) {
    const wrong = [
      { nik: 3174000000000001 },
      { birthDate: 'yesterday' },
      { sex: 'OTHER' },
      { disability: 'no' },
      { selection: 'rich' },
    ][i % 5];
    list.push({
      label: 'wrong types',
      body: JSON.stringify({
        query: ENROLL,
        variables: { input: enrolmentInput(randomNik(), wrong), key: `hostile-${i}-key` },
      }),
    });
  }
  const textFields = ['nik', 'phone', 'regionCode', 'programmeId', 'cohortId', 'facilitatorId', 'birthDate'];
  for (const field of textFields)
    for (const inj of INJECTIONS)
      for (let r = 0; r < 5; r++) {
        list.push({
          label: `injection in ${field}`,
          body: JSON.stringify({
            query: ENROLL,
            variables: {
              input: enrolmentInput(randomNik(), { [field]: inj }),
              key: `hostile-inj-${field}-${INJECTIONS.indexOf(inj)}-${r}`,
            },
          }),
        });
      }
  for (const inj of INJECTIONS)
    for (let r = 0; r < 10; r++) {
      list.push({
        label: 'injection in an id',
        body: JSON.stringify({ query: 'query($id: ID!) { journey(id: $id) { id } }', variables: { id: inj } }),
      });
      list.push({
        label: 'injection in a command id',
        body: JSON.stringify({
          query: 'mutation($id: ID!) { resumeJourney(journeyId: $id, idempotencyKey: "hostile-resume") { id } }',
          variables: { id: inj },
        }),
      });
    }
  for (let i = 0; i < 50; i++)
    list.push({
      label: 'batched',
      body: JSON.stringify([{ query: '{ programmes { id } }' }, { query: '{ programmes { id } }' }]),
    });
  for (let i = 0; i < 50; i++)
    list.push({
      label: 'anonymous write',
      anonymous: true,
      body: JSON.stringify({ query: ENROLL, variables: { input: enrolmentInput(randomNik()), key: `anon-${i}-key` } }),
    });
  for (let i = 0; i < 3; i++) list.push({ label: 'oversized', body: Buffer.alloc(1_100_000 + i, 'a') });
  for (let i = 0; i < 5; i++) list.push({ label: 'token flood', body: tokenFlood() });
  return list;
}

/** Just under the 1 MB body limit: 40,000 selected fields in one document. */
function tokenFlood(): string {
  return JSON.stringify({
    query: `{ programmes { ${Array.from({ length: 40_000 }, (_, i) => `id${i}`).join(' ')} } }`,
  });
}

describe('hostile and malformed requests', () => {
  let app: AppHarness;
  beforeAll(async () => {
    app = await startAppHarness();
  });
  afterAll(async () => {
    await app?.stop();
  });

  it('refuses every one with a clear code, never a 5xx, writes nothing and keeps serving', async () => {
    const em = () => app.orm.em.fork();
    const before = {
      people: await em().count(BeneficiaryEntity, {}),
      events: await em().count(JourneyEventEntity, {}),
    };
    const all = shots();
    expect(all.length).toBeGreaterThanOrEqual(1000);
    const auth = await authHeaders(MANAGER);
    const problems: string[] = [];
    for (let i = 0; i < all.length; i += 20) {
      await Promise.all(
        all.slice(i, i + 20).map(async (shot) => {
          const res = await fetch(`${app.api.url}/graphql`, {
            method: 'POST',
            body: shot.body,
            headers: { 'content-type': 'application/json', ...(shot.anonymous ? {} : auth) },
          });
          const text = await res.text();
          let code: unknown;
          try {
            code = (JSON.parse(text) as { errors?: { extensions?: { code?: string } }[] }).errors?.[0]?.extensions
              ?.code;
          } catch {
            code = undefined;
          }
          if (res.status >= 500 || typeof code !== 'string')
            problems.push(`${shot.label}: HTTP ${res.status} ${text.slice(0, 120)}`);
        }),
      );
    }
    expect(problems).toEqual([]);
    expect(await em().count(BeneficiaryEntity, {})).toBe(before.people);
    expect(await em().count(JourneyEventEntity, {})).toBe(before.events);
    expect((await fetch(`${app.api.url}/healthz`)).status).toBe(200);
    const ok = await app.gql('{ programmes { id } }');
    expect(ok.errors).toBeUndefined();
  }, 300_000);

  it('stops a token flood at the parser with QUERY_TOO_COMPLEX and keeps answering others', async () => {
    const auth = { 'content-type': 'application/json', ...(await authHeaders(MANAGER)) };
    const floods = Array.from({ length: 10 }, () =>
      fetch(`${app.api.url}/graphql`, { method: 'POST', body: tokenFlood(), headers: auth }).then(async (r) => ({
        status: r.status,
        body: (await r.json()) as { errors: { message: string; extensions: { code: string } }[] },
      })),
    );
    const ordinary = await app.gql('{ programmes { id } }');
    expect(ordinary.errors).toBeUndefined();
    for (const flood of await Promise.all(floods)) {
      expect(flood.status).toBe(400);
      expect(flood.body.errors).toEqual([
        expect.objectContaining({
          message: 'The query has more than 3000 tokens; ask for less at once',
          extensions: { code: 'QUERY_TOO_COMPLEX' },
        }),
      ]);
    }
  }, 120_000);
});
