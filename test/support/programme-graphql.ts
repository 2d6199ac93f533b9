import type { AppHarness } from './app-harness';
/** GraphQL documents of programme set-up and published rules, sent as an admin front end would. */
export const ADMIN = { user: 'admin-1', role: 'admin' };

export const PROGRAMME_FIELDS = `id name nameId nameEn implementingAgency regionCodes periodStart periodEnd rulesId
  rulesVersion smallCellThreshold`;

export const CREATE_PROGRAMME = `mutation Create($input: CreateProgrammeInput!) {
  createProgramme(input: $input) { ${PROGRAMME_FIELDS} } }`;

export const UPDATE_PROGRAMME = `mutation Update($input: UpdateProgrammeInput!) {
  updateProgramme(input: $input) { ${PROGRAMME_FIELDS} } }`;

export const RULES_VERSION_FIELDS = `rulesId version description derivesFrom { rulesId version } publishedAt publishedBy
  bundled document diff { path before after }`;

export const PUBLISH_RULES = `mutation Publish($input: PublishProgrammeRulesInput!) {
  publishProgrammeRules(input: $input) { ${RULES_VERSION_FIELDS} } }`;

export const RULES_VERSION = `query Rules($rulesId: String!, $version: Int) {
  programmeRules(rulesId: $rulesId, version: $version) { ${RULES_VERSION_FIELDS} } }`;

export const RULES_VERSIONS = `query Versions($rulesId: String!) {
  programmeRulesVersions(rulesId: $rulesId) { rulesId version bundled derivesFrom { rulesId version } } }`;

/** A new programme in NTB on the bundled default rules v2. */
export function programmeInput(id: string, overrides: Record<string, unknown> = {}) {
  return {
    id,
    nameId: 'Program Pemberdayaan Ekonomi Keluarga NTB',
    nameEn: 'NTB family economic empowerment programme',
    implementingAgency: 'Bappeda Provinsi NTB',
    regionCodes: ['52.71', '52.01'],
    periodStart: '2027-01-01',
    periodEnd: '2029-12-31',
    rulesId: 'default',
    rulesVersion: 2,
    reason: 'Pilot agreed with the provincial planning office',
    ...overrides,
  };
}

/**
 * An admin publishes version 1 of a rules document derived from a bundled version, then creates a programme on
 * it (regions and logframe as given, else programmeInput's), failing the test on any GraphQL error.
 */
export async function programmeOnDerivedRules(
  app: Pick<AppHarness, 'gql'>,
  input: {
    programmeId: string;
    rulesId: string;
    derivesFrom: { rulesId: string; version: number };
    document: unknown;
    reason: string;
    programme?: Record<string, unknown>;
  },
): Promise<void> {
  const publish = {
    rulesId: input.rulesId,
    version: 1,
    derivesFromRulesId: input.derivesFrom.rulesId,
    derivesFromVersion: input.derivesFrom.version,
    document: input.document,
    reason: input.reason,
  };
  const published = await app.gql(PUBLISH_RULES, { input: publish }, ADMIN);
  if (published.errors) throw new Error(JSON.stringify(published.errors));
  const programme = programmeInput(input.programmeId, { rulesId: input.rulesId, rulesVersion: 1, ...input.programme });
  const created = await app.gql(CREATE_PROGRAMME, { input: programme }, ADMIN);
  if (created.errors) throw new Error(JSON.stringify(created.errors));
}
