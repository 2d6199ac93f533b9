import { authHeaders, MANAGER, startAppHarness, type AppHarness } from '../support/app-harness';

describe('the API Prometheus endpoint', () => {
  let app: AppHarness;
  beforeAll(async () => {
    app = await startAppHarness();
  });
  afterAll(async () => {
    await app?.stop();
  });

  it('counts requests, latency and errors per schema operation and error code', async () => {
    const auth = { 'content-type': 'application/json', ...(await authHeaders(MANAGER)) };
    const post = (query: string) =>
      fetch(`${app.api.url}/graphql`, { method: 'POST', headers: auth, body: JSON.stringify({ query }) });
    for (let i = 0; i < 3; i++) await post('query ClientChosenName { programmes { id } }');
    await post('{ journey(id: "not-an-id") { id } }');
    const aliases = Array.from({ length: 31 }, (_, k) => `a${k}: programmes { id }`).join(' ');
    await post(`{ ${aliases} }`);
    await fetch(`${app.api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: 'Bearer not-a-token' },
      body: JSON.stringify({ query: '{ programmes { id } }' }),
    });

    const res = await fetch(`${app.api.url}/metrics`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/plain/);
    const text = await res.text();
    expect(text).toMatch(/^jejak_graphql_requests_total\{operation="query:programmes"\} [4-9]/m);
    expect(text).toMatch(/^jejak_graphql_request_duration_seconds_count\{operation="query:programmes"\} [4-9]/m);
    expect(text).toMatch(/^jejak_graphql_errors_total\{operation="query:journey",code="[A-Z_]+"\} 1/m);
    expect(text).toMatch(/^jejak_graphql_errors_total\{operation="query:programmes",code="QUERY_TOO_COMPLEX"\} 1/m);
    expect(text).toMatch(/^jejak_graphql_errors_total\{operation="unresolved",code="UNAUTHENTICATED"\} 1/m);
    // The client's own operation name never becomes a label.
    expect(text).not.toContain('ClientChosenName');
    expect(text).toMatch(/^process_cpu_user_seconds_total /m);
    expect(text).toMatch(/^nodejs_eventloop_lag_seconds /m);
  });
});
