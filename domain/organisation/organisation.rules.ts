/**
 * Organisations a programme works with (domain spec, institutional framework): implementing partners
 * (mitra pelaksana), disbursing partners (mitra penyalur: cooperatives, microfinance), training
 * institutions, government offices and the private sector. The kinds follow the seed's stakeholder-mapping
 * template (organisation type: NGO, government, private, LSM ...) and the partners its programmes name.
 */
export const ORGANISATION_KINDS = [
  'NGO',
  'FOUNDATION',
  'COOPERATIVE',
  'COMPANY',
  'FINANCIAL_INSTITUTION',
  'GOVERNMENT_AGENCY',
  'TRAINING_INSTITUTION',
  'COMMUNITY_ORGANISATION',
] as const;
export type OrganisationKind = (typeof ORGANISATION_KINDS)[number];

/** What an admin gives to create an organisation (its id is the slug tokens name in scope.organisations). */
export interface OrganisationInput {
  id: string;
  name: string;
  kind: OrganisationKind;
  programmeIds: readonly string[];
  regionCodes: readonly string[];
}

/** An organisation id: a lower-case slug, usable as a token's scope.organisations entry. */
export const ORGANISATION_ID = /^[a-z0-9][a-z0-9-]{1,62}$/;
const REGION_CODE = /^[0-9]{2}(\.[0-9]{2,4}){0,3}$/;
const PROGRAMME_ID = /^[A-Za-z0-9_-]{1,64}$/;

/** Every problem with an organisation's content, in words an admin can act on (empty: valid). */
export function organisationProblems(input: OrganisationInput): string[] {
  const problems: string[] = [];
  if (!ORGANISATION_ID.test(input.id))
    problems.push('id must be a slug of 2-63 lower-case letters, digits or dashes (e.g. yayasan-bicara)');
  const name = input.name.trim();
  if (name.length < 2 || name.length > 200) problems.push('name must be 2-200 characters');
  if (!(ORGANISATION_KINDS as readonly string[]).includes(input.kind))
    problems.push(`kind must be one of ${ORGANISATION_KINDS.join(', ')}`);
  if (input.programmeIds.length === 0 || input.programmeIds.length > 50)
    problems.push('programmeIds must name 1-50 programmes the organisation works in');
  if (input.programmeIds.some((p) => !PROGRAMME_ID.test(p))) problems.push('programmeIds must be programme ids');
  if (input.regionCodes.length === 0 || input.regionCodes.length > 500)
    problems.push('regionCodes must name 1-500 regions (BPS codes) the organisation works in');
  if (input.regionCodes.some((r) => !REGION_CODE.test(r)))
    problems.push('regionCodes must be BPS region codes (e.g. 52 or 52.71)');
  return problems;
}

/** The stored content of an organisation, in a stable order, to tell a retry from a different request. */
export function organisationContent(input: OrganisationInput): OrganisationInput {
  return {
    id: input.id,
    name: input.name.trim(),
    kind: input.kind,
    programmeIds: [...new Set(input.programmeIds)].sort(),
    regionCodes: [...new Set(input.regionCodes)].sort(),
  };
}

/** The same content (a retry of the same request): same name, kind, programmes and regions. */
export function sameOrganisation(a: OrganisationInput, b: OrganisationInput): boolean {
  return JSON.stringify(organisationContent(a)) === JSON.stringify(organisationContent(b));
}

/** The organisation works in the programme (a journey of it may be assigned, a referral addressed to it). */
export const worksInProgramme = (organisation: Pick<OrganisationInput, 'programmeIds'>, programmeId: string) =>
  organisation.programmeIds.includes(programmeId);
