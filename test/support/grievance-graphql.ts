import type { AppHarness, Json } from './app-harness';

/** GraphQL documents the complaint, conflict and safeguarding e2e tests send, as a front end would. */
export const FILE_COMPLAINT = `mutation($input: FileComplaintInput!) {
  fileComplaint(input: $input) { receiptCode responseDueAt } }`;
export const COMPLAINT_STATUS = `query($code: String!) {
  complaintStatus(receiptCode: $code) { status receivedAt responseDueAt escalated answer outcome closedAt } }`;
export const COMPLAINT_FIELDS =
  'id complaintId programmeId regionCode subjectKind subjectRef anonymous text contact status category priority ' +
  'assigneeId answer outcome escalatedAt answeredAt closedAt';
export const TRIAGE = `mutation($id: ID!, $input: TriageComplaintInput!, $key: String) {
  triageComplaint(complaintId: $id, input: $input, idempotencyKey: $key) { ${COMPLAINT_FIELDS} } }`;
export const ANSWER = `mutation($id: ID!, $answer: String!, $key: String) {
  answerComplaint(complaintId: $id, answer: $answer, idempotencyKey: $key) { ${COMPLAINT_FIELDS} } }`;
export const CLOSE = `mutation($id: ID!, $outcome: ComplaintOutcome!) {
  closeComplaint(complaintId: $id, outcome: $outcome) { ${COMPLAINT_FIELDS} } }`;
export const COMPLAINTS = `query($p: ID) { complaints(programmeId: $p) { ${COMPLAINT_FIELDS} } }`;

export const REPORT_FIELDS =
  'id reportId programmeId regionCode category atRiskGroups status finding filedAt closedAt description anonymous ' +
  'actions { kind actorId actorRole journeyId note }';
export const FILE_REPORT = `mutation($input: FileSafeguardingReportInput!) {
  fileSafeguardingReport(input: $input) { reference receivedAt } }`;
export const REPORT = `query($id: ID!) { safeguardingReport(id: $id) { ${REPORT_FIELDS} } }`;
export const REPORTS = `query { safeguardingReports { ${REPORT_FIELDS} } }`;
export const REVEAL_REPORTER = `mutation($id: ID!, $reason: String!) {
  revealSafeguardingReporter(reportId: $id, reason: $reason) }`;
export const REPORT_ACTION = `mutation($id: ID!, $input: SafeguardingActionInput!) {
  recordSafeguardingAction(reportId: $id, input: $input) { ${REPORT_FIELDS} } }`;
export const SANCTION = `mutation($report: ID!, $journey: ID!, $reason: String!, $key: String) {
  applySafeguardingSanction(reportId: $report, journeyId: $journey, reason: $reason, idempotencyKey: $key) {
  journeyId stage status } }`;

export const CONFLICT_FIELDS =
  'id conflictId programmeId regionCode cohortId type category parties journeyIds groupIds description status ' +
  'resolutionMethod outcome lessonsLearned recordedBy resolvedBy resolvedAt';
export const RECORD_CONFLICT = `mutation($input: RecordConflictInput!) {
  recordConflict(input: $input) { ${CONFLICT_FIELDS} } }`;
export const RESOLVE_CONFLICT = `mutation($id: ID!, $input: ResolveConflictInput!) {
  resolveConflict(conflictId: $id, input: $input) { ${CONFLICT_FIELDS} } }`;
export const CONFLICT_FIGURES = `query($p: ID!, $f: ConflictFilter) { conflictFigures(programmeId: $p, filter: $f) {
  key level unit numerator denominator value median mean breakdown { dimension group numerator denominator value } } }`;

/** Rows of one table in the test database (plain SQL through the harness's ORM). */
export const sql = (app: AppHarness, text: string, params: unknown[] = []): Promise<Record<string, Json>[]> =>
  app.orm.em.fork().getConnection().execute<Record<string, Json>[]>(text, params, 'all');

/** Polls `probe` until it returns a truthy value or `ms` pass. */
export async function eventually<T>(probe: () => Promise<T>, ms = 30_000, every = 250): Promise<T> {
  const until = Date.now() + ms;
  for (;;) {
    const value = await probe();
    if (value || Date.now() > until) return value;
    await new Promise((r) => setTimeout(r, every));
  }
}

/** Counts, in every table of the public schema, the rows whose text form contains `needle`. */
export async function rowsContaining(app: AppHarness, needle: string): Promise<Record<string, number>> {
  const tables = await sql(
    app,
    `select table_name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE'`,
  );
  const found: Record<string, number> = {};
  for (const { table_name: t } of tables) {
    const [row] = await sql(app, `select count(*)::int as n from "${t}" x where x::text ilike ?`, [`%${needle}%`]);
    if (row.n > 0) found[t] = row.n;
  }
  return found;
}
