import { startAppHarness, type AppHarness } from '../support/app-harness';

/** What operators and front-end teams reach without GraphQL: health, readiness, the offline explorer, the SDL. */
describe('the HTTP surface', () => {
  let app: AppHarness;
  beforeAll(async () => {
    app = await startAppHarness();
  });
  afterAll(async () => {
    await app?.stop();
  });

  it('answers /healthz while the process lives', async () => {
    const res = await fetch(`${app.api.url}/healthz`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'ok' });
  });

  it('answers /readyz only when PostgreSQL, Temporal and a polling worker are all there', async () => {
    let res = await fetch(`${app.api.url}/readyz`);
    let body = (await res.json()) as { checks: Record<string, { ok: boolean }> };
    expect(res.status).toBe(200);
    expect(body.checks).toMatchObject({ postgres: { ok: true }, temporal: { ok: true }, worker: { ok: true } });
    await app.stopWorker();
    // A stopped worker's last poll ages out of readiness after POLLER_FRESH_MS (75 s).
    const deadline = Date.now() + 150_000;
    do {
      await new Promise((r) => setTimeout(r, 2_000));
      res = await fetch(`${app.api.url}/readyz`);
      body = (await res.json()) as typeof body;
    } while (res.status === 200 && Date.now() < deadline);
    expect(res.status).toBe(503);
    expect(body.checks.worker.ok).toBe(false);
    await app.startWorker();
  }, 200_000);

  it('serves a GraphQL explorer page that needs no internet', async () => {
    const res = await fetch(`${app.api.url}/graphql`, { headers: { accept: 'text/html' } });
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain('Jejak GraphQL');
    expect(html).not.toMatch(/(src|href)=["']https?:/i); // nothing loaded from a CDN
  });

  it('serves the schema SDL and says where things are on an unknown path', async () => {
    const sdl = await (await fetch(`${app.api.url}/schema.graphql`)).text();
    expect(sdl).toContain('type Journey');
    const missing = await fetch(`${app.api.url}/nope`);
    expect(missing.status).toBe(404);
    expect(((await missing.json()) as { paths: string[] }).paths).toContain('/graphql');
  });
});
