import { parse } from 'csv-parse/sync';
import type { AppHarness, Json, TestIdentity } from './app-harness';
import { authHeaders, FACILITATOR } from './app-harness';

/** GraphQL documents and helpers for the enrolment import tests. */
export const IMPORT_FIELDS =
  'importId programmeId cohortId status totalRows processedRows progress enrolled refused alreadyEnrolled ' +
  'resultUrl error';
export const START_IMPORT = `mutation($csv: String!, $programmeId: ID!, $cohortId: ID, $key: String!) {
  startEnrolmentImport(csv: $csv, programmeId: $programmeId, cohortId: $cohortId, idempotencyKey: $key) {
    ${IMPORT_FIELDS} } }`;
export const IMPORT = `query($id: ID!) { enrolmentImport(importId: $id) { ${IMPORT_FIELDS} } }`;
export const IMPORTS = `query($programmeId: ID!, $cohortId: ID) {
  enrolmentImports(programmeId: $programmeId, cohortId: $cohortId) { importId status } }`;

/** Polls the import until it is DONE or FAILED; every answer seen on the way, in order. */
export async function pollImport(
  app: AppHarness,
  importId: string,
  who: TestIdentity = FACILITATOR,
  timeoutMs = 90_000,
): Promise<Json[]> {
  const seen: Json[] = [];
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    const res = await app.gql(IMPORT, { id: importId }, who);
    if (res.errors) throw new Error(JSON.stringify(res.errors));
    const job = res.data!.enrolmentImport;
    seen.push(job);
    if (job.status === 'DONE' || job.status === 'FAILED') return seen;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`import ${importId} not finished after ${timeoutMs} ms: ${JSON.stringify(seen.at(-1))}`);
}

/** The result file of a finished import as rows of cells (header first); the HTTP status when it is refused. */
export async function downloadResult(
  app: AppHarness,
  url: string,
  who: TestIdentity | null = FACILITATOR,
): Promise<{ status: number; contentType: string | null; lines: string[][] }> {
  const res = await fetch(`${app.api.url}${url}`, { headers: await authHeaders(who) });
  const text = await res.text();
  return {
    status: res.status,
    contentType: res.headers.get('content-type'),
    lines: res.status === 200 ? (parse(text) satisfies string[][]) : [],
  };
}
