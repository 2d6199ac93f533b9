import { appendAuditRows } from '../../db/audit/audit-append';
import { officeAuditRow } from '../../db/audit/office-audit-row';
import { ProgrammeEntity } from '../../db/entities';
import { findRulesVersion } from '../../db/programme/programme-rules.store';
import { DomainError } from '../../domain/errors/error-codes';
import { logframeFor } from '../../domain/indicator/logframe.registry';
import type { Logframe } from '../../domain/indicator/logframe.types';
import { programmeSetupProblems, type ProgrammeSetup } from '../../domain/programme/programme-setup.rules';
import { sameJson } from '../../domain/shared/json-shape';
import { inAuditTransaction } from '../audit/audit-sql';
import type { GraphQLContext } from '../context';
import { requirePrincipal } from '../http/actor';
import { requireWrittenReason } from '../shared/written-reason';
import type { CreateProgrammeInput, UpdateProgrammeInput } from './programme-setup.input';

const FIELDS = [
  'nameId',
  'nameEn',
  'implementingAgency',
  'regionCodes',
  'periodStart',
  'periodEnd',
  'rulesId',
  'rulesVersion',
  'smallCellThreshold',
  'logframe',
] as const;

/** The bundled logframe of a rules id, or a clear refusal when a new rules id has none. */
function bundledLogframe(rulesId: string): Logframe {
  try {
    return logframeFor(rulesId);
  } catch {
    throw new DomainError('VALIDATION_FAILED', `No bundled logframe for rules ${rulesId}: give the logframe`);
  }
}

/** The set-up a row stands for (its logframe: its own, else the bundled one of its rules id). */
function setupOf(row: ProgrammeEntity): ProgrammeSetup {
  return {
    id: row.id,
    nameId: row.nameId,
    nameEn: row.nameEn,
    implementingAgency: row.implementingAgency,
    regionCodes: row.regionCodes,
    periodStart: row.periodStart,
    periodEnd: row.periodEnd,
    rulesId: row.rulesId,
    rulesVersion: row.rulesVersion,
    smallCellThreshold: row.smallCellThreshold,
    logframe: row.logframe ?? bundledLogframe(row.rulesId),
  };
}

/** A set-up that may be stored: valid, on a rules version that exists. */
async function assertStorable(ctx: GraphQLContext, setup: ProgrammeSetup): Promise<void> {
  const problems = programmeSetupProblems(setup);
  if (problems.length > 0) throw new DomainError('VALIDATION_FAILED', problems.join('; '), { problems });
  if (!(await findRulesVersion(ctx.em, setup.rulesId, setup.rulesVersion)))
    throw new DomainError('NOT_FOUND', `No programme rules ${setup.rulesId} version ${setup.rulesVersion}`, {
      rulesId: setup.rulesId,
      rulesVersion: setup.rulesVersion,
    });
}

/** What the audit log keeps of a set-up: every field, the logframe by its id and version. */
function auditView(setup: Partial<ProgrammeSetup>): Record<string, unknown> {
  const { logframe, ...rest } = setup;
  return logframe ? { ...rest, logframe: { logframeId: logframe.logframeId, version: logframe.version } } : rest;
}

const readBack = async (ctx: GraphQLContext, id: string) => (await ctx.em.fork().findOne(ProgrammeEntity, { id }))!;

/**
 * Creates a programme (admin), audited. The id is the natural key: the same set-up again returns the
 * programme and writes nothing; another set-up under that id is PROGRAMME_EXISTS.
 */
export async function createProgramme(ctx: GraphQLContext, input: CreateProgrammeInput): Promise<ProgrammeEntity> {
  const principal = requirePrincipal(ctx.principal);
  const reason = requireWrittenReason(input.reason, 'createProgramme');
  const logframe = (input.logframe as Logframe | null | undefined) ?? bundledLogframe(input.rulesId);
  const setup: ProgrammeSetup = {
    id: input.id,
    nameId: input.nameId.trim(),
    nameEn: input.nameEn.trim(),
    implementingAgency: input.implementingAgency.trim(),
    regionCodes: input.regionCodes,
    periodStart: input.periodStart,
    periodEnd: input.periodEnd,
    rulesId: input.rulesId,
    rulesVersion: input.rulesVersion,
    smallCellThreshold: input.smallCellThreshold ?? (logframe as Partial<Logframe>).smallCellThreshold ?? 0,
    logframe,
  };
  const sameAsStored = async () => {
    const existing = await ctx.em.fork().findOne(ProgrammeEntity, { id: setup.id });
    if (!existing) return null;
    if (!sameJson(setupOf(existing), setup))
      throw new DomainError('PROGRAMME_EXISTS', `Programme ${setup.id} exists with another set-up`, { id: setup.id });
    return existing;
  };
  const retried = await sameAsStored();
  if (retried) return retried;
  await assertStorable(ctx, setup);
  const at = new Date();
  const inserted = await inAuditTransaction(ctx.em, async (sql) => {
    const rows = await sql(
      `insert into programme (id, name, name_id, name_en, implementing_agency, region_codes, period_start, period_end,
       rules_id, rules_version, small_cell_threshold, logframe, created_at, updated_at)
       values (?, ?, ?, ?, ?, ?::jsonb, ?, ?, ?, ?, ?, ?::jsonb, ?, ?) on conflict (id) do nothing returning id`,
      [
        setup.id,
        setup.nameEn,
        setup.nameId,
        setup.nameEn,
        setup.implementingAgency,
        JSON.stringify(setup.regionCodes),
        setup.periodStart,
        setup.periodEnd,
        setup.rulesId,
        setup.rulesVersion,
        setup.smallCellThreshold,
        JSON.stringify(setup.logframe),
        at,
        at,
      ],
    );
    if (rows.length === 0) return false; // created meanwhile by a concurrent retry: compared below
    await appendAuditRows(sql, [
      officeAuditRow('CONFIGURATION', {
        actorId: principal.userId,
        actorRole: principal.role,
        action: 'programme.create',
        programmeId: setup.id,
        reason,
        before: null,
        after: auditView(setup),
        requestId: ctx.requestId,
        at,
      }),
    ]);
    return true;
  });
  return inserted ? readBack(ctx, setup.id) : (await sameAsStored())!;
}

/**
 * Changes the fields given (admin), audited with what they were and became. A change to nothing (a retry)
 * writes nothing. A new rules version applies to enrolments from now on; running journeys keep theirs.
 */
export async function updateProgramme(ctx: GraphQLContext, input: UpdateProgrammeInput): Promise<ProgrammeEntity> {
  const principal = requirePrincipal(ctx.principal);
  const reason = requireWrittenReason(input.reason, 'updateProgramme');
  const row = await ctx.em.fork().findOne(ProgrammeEntity, { id: input.id });
  if (!row) throw new DomainError('NOT_FOUND', `No programme ${input.id}`);
  const before = setupOf(row);
  const after: ProgrammeSetup = { ...before };
  const given = input as unknown as Record<string, unknown>;
  for (const field of FIELDS) {
    const value = given[field];
    if (value !== undefined && value !== null) (after as unknown as Record<string, unknown>)[field] = value;
  }
  for (const name of ['nameId', 'nameEn', 'implementingAgency'] as const) after[name] = after[name].trim();
  const changed = FIELDS.filter((f) => !sameJson(before[f], after[f]));
  if (changed.length === 0) return row;
  await assertStorable(ctx, after);
  const pick = (s: ProgrammeSetup) => Object.fromEntries(changed.map((f) => [f, s[f]])) as Partial<ProgrammeSetup>;
  const at = new Date();
  await inAuditTransaction(ctx.em, async (sql) => {
    await sql(
      `update programme set name = ?, name_id = ?, name_en = ?, implementing_agency = ?, region_codes = ?::jsonb,
       period_start = ?, period_end = ?, rules_id = ?, rules_version = ?, small_cell_threshold = ?,
       logframe = ?::jsonb, updated_at = ? where id = ?`,
      [
        after.nameEn,
        after.nameId,
        after.nameEn,
        after.implementingAgency,
        JSON.stringify(after.regionCodes),
        after.periodStart,
        after.periodEnd,
        after.rulesId,
        after.rulesVersion,
        after.smallCellThreshold,
        // A programme on the bundled logframe of its rules id keeps following it until it is given its own
        // or moves to other rules (then it keeps the logframe it had).
        row.logframe === null && !changed.includes('logframe') && !changed.includes('rulesId')
          ? null
          : JSON.stringify(after.logframe),
        at,
        row.id,
      ],
    );
    await appendAuditRows(sql, [
      officeAuditRow('CONFIGURATION', {
        actorId: principal.userId,
        actorRole: principal.role,
        action: 'programme.update',
        programmeId: row.id,
        reason,
        before: auditView(pick(before)),
        after: auditView(pick(after)),
        requestId: ctx.requestId,
        at,
      }),
    ]);
  });
  return readBack(ctx, row.id);
}
