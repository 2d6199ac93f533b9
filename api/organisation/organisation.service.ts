import { officeAuditRow } from '../../db/audit/office-audit-row';
import type { AuditRowContent } from '../../db/audit/audit-hash';
import { appendAuditRows } from '../../db/audit/audit-append';
import { OrganisationEntity, ProgrammeEntity } from '../../db/entities';
import { DomainError } from '../../domain/errors/error-codes';
import {
  organisationContent,
  organisationProblems,
  sameOrganisation,
  worksInProgramme,
  type OrganisationInput,
} from '../../domain/organisation/organisation.rules';
import { inAuditTransaction } from '../audit/audit-sql';
import { outOfScope } from '../auth/scope';
import { programmeInScope } from '../../domain/staff/principal.rules';
import type { GraphQLContext } from '../context';
import { requirePrincipal } from '../http/actor';
import { requireWrittenReason } from '../shared/written-reason';
import { isUuid } from '../../domain/shared/uuid';
import type { CreateOrganisationInput } from './organisation.input';

/** The CONFIGURATION audit row of an organisation created: who, why, and its content (no personal data). */
function createdRow(ctx: GraphQLContext, content: OrganisationInput, reason: string, at: Date): AuditRowContent {
  const principal = requirePrincipal(ctx.principal);
  return officeAuditRow('CONFIGURATION', {
    at,
    actorId: principal.userId,
    actorRole: principal.role,
    action: 'createOrganisation',
    programmeId: content.programmeIds.length === 1 ? content.programmeIds[0] : null,
    regionCode: null,
    reason,
    before: null,
    after: { organisation: content },
    requestId: ctx.requestId ?? null,
    idempotencyKey: null,
  });
}

/**
 * Creates an organisation (audited). Its id is the natural key: a retry with the same content answers
 * the organisation already created and writes nothing; other content under a taken id is
 * ORGANISATION_ID_TAKEN. Its programmes must exist and be in the admin's scope.
 */
export async function createOrganisation(
  ctx: GraphQLContext,
  input: CreateOrganisationInput,
): Promise<OrganisationEntity> {
  const principal = requirePrincipal(ctx.principal);
  const content = organisationContent(input);
  const problems = organisationProblems(content);
  if (problems.length > 0) throw new DomainError('VALIDATION_FAILED', problems.join('; '));
  const reason = requireWrittenReason(input.reason, 'Creating an organisation');
  for (const programmeId of content.programmeIds)
    if (!programmeInScope(principal.scope, programmeId)) throw outOfScope(`Programme ${programmeId}`);
  const found = await ctx.em.count(ProgrammeEntity, { id: { $in: [...content.programmeIds] } });
  if (found !== content.programmeIds.length)
    throw new DomainError('NOT_FOUND', 'programmeIds must name existing programmes (see Query.programmes)');
  const at = new Date();
  const created = await inAuditTransaction(ctx.em, async (sql) => {
    const rows = await sql(
      `insert into organisation (id, name, kind, programme_ids, region_codes, created_by, created_at)
       values (?, ?, ?, ?::jsonb, ?::jsonb, ?, ?) on conflict (id) do nothing returning id`,
      [
        content.id,
        content.name,
        content.kind,
        JSON.stringify(content.programmeIds),
        JSON.stringify(content.regionCodes),
        principal.userId,
        at,
      ],
    );
    if (rows.length === 0) return false;
    await appendAuditRows(sql, [createdRow(ctx, content, reason, at)]);
    return true;
  });
  const organisation = await ctx.em.fork().findOneOrFail(OrganisationEntity, { id: content.id });
  if (!created && !sameOrganisation(organisation, content))
    throw new DomainError('ORGANISATION_ID_TAKEN', `Organisation ${content.id} already exists with other content`);
  return organisation;
}

/** The organisations working in a programme, by id. */
export async function organisationsOf(ctx: GraphQLContext, programmeId: string): Promise<OrganisationEntity[]> {
  return ctx.em.find(OrganisationEntity, { programmeIds: { $contains: [programmeId] } }, { orderBy: { id: 'asc' } });
}

/**
 * An organisation a journey may be assigned or referred to: it exists (else NOT_FOUND) and works in the
 * journey's programme (else VALIDATION_FAILED). A journey id naming nobody is left to the command (NOT_FOUND).
 */
export async function requireOrganisationOfJourney(
  ctx: GraphQLContext,
  organisationId: string,
  journeyId: string,
): Promise<void> {
  if (!isUuid(journeyId)) return;
  const person = await ctx.loaders.beneficiary.load(journeyId.toLowerCase());
  if (!person) return;
  const organisation = await ctx.em.findOne(OrganisationEntity, { id: organisationId });
  if (!organisation) throw new DomainError('NOT_FOUND', `No organisation ${organisationId}`);
  if (!worksInProgramme(organisation, person.programmeId))
    throw new DomainError('VALIDATION_FAILED', `Organisation ${organisationId} does not work in ${person.programmeId}`);
}
