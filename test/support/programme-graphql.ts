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
