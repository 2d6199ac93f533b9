import { appendAuditRows } from '../../db/audit/audit-append';
import { officeAuditRow } from '../../db/audit/office-audit-row';
import {
  findRulesVersion,
  latestRulesVersion,
  type RulesVersionRecord,
} from '../../db/programme/programme-rules.store';
import { DomainError } from '../../domain/errors/error-codes';
import { programmeRulesDocumentProblems } from '../../domain/programme/programme-rules-document.validation';
import { diffProgrammeRules } from '../../domain/programme/programme-rules.diff';
import type { ProgrammeRules } from '../../domain/programme/programme-rules.types';
import { PROGRAMME_ID } from '../../domain/programme/programme-setup.rules';
import { sameJson } from '../../domain/shared/json-shape';
import { inAuditTransaction } from '../audit/audit-sql';
import type { GraphQLContext } from '../context';
import { requirePrincipal } from '../http/actor';
import { requireWrittenReason } from '../shared/written-reason';
import type { PublishProgrammeRulesInput } from './programme-rules.input';

const invalidRules = (problems: string[]) =>
  new DomainError('INVALID_RULES', `The rules document is not valid: ${problems.join('; ')}`, { problems });

/** The document, checked as every bundled version is, and naming the version it is published as. */
function validDocument(input: PublishProgrammeRulesInput): ProgrammeRules {
  const problems = programmeRulesDocumentProblems(input.document);
  if (problems.length > 0) throw invalidRules(problems);
  const rules = input.document as unknown as ProgrammeRules;
  const identity: string[] = [];
  if (rules.programmeRulesId !== input.rulesId)
    identity.push(`programmeRulesId is ${rules.programmeRulesId}, not ${input.rulesId}`);
  if (rules.version !== input.version) identity.push(`version is ${rules.version}, not ${input.version}`);
  if (identity.length > 0) throw invalidRules(identity);
  return rules;
}

/** The version it derives from, which must exist; none when neither field is given. */
async function derivesFrom(ctx: GraphQLContext, input: PublishProgrammeRulesInput): Promise<RulesVersionRecord | null> {
  const id = input.derivesFromRulesId ?? null;
  const version = input.derivesFromVersion ?? null;
  if (id === null && version === null) return null;
  if (id === null || version === null)
    throw new DomainError('VALIDATION_FAILED', 'derivesFromRulesId and derivesFromVersion go together');
  const found = await findRulesVersion(ctx.em, id, version);
  if (!found)
    throw new DomainError('NOT_FOUND', `No programme rules ${id} version ${version}`, { rulesId: id, version });
  return found;
}

/** An existing version answers a retry with the same document; any other document is refused for good. */
function asRetry(existing: RulesVersionRecord, rules: ProgrammeRules): RulesVersionRecord {
  if (!sameJson(existing.rules, rules))
    throw new DomainError(
      'RULES_VERSION_PUBLISHED',
      `Programme rules ${rules.programmeRulesId} version ${rules.version} are already published with another document`,
      { rulesId: rules.programmeRulesId, version: rules.version },
    );
  return existing;
}

/**
 * Publishes a rules version (admin), audited: validated, immutable once stored. The (rulesId, version) is
 * the natural key: the same document again returns the version and writes nothing.
 */
export async function publishProgrammeRules(
  ctx: GraphQLContext,
  input: PublishProgrammeRulesInput,
): Promise<RulesVersionRecord> {
  const principal = requirePrincipal(ctx.principal);
  if (!PROGRAMME_ID.test(input.rulesId) || input.rulesId.length > 64)
    throw new DomainError('VALIDATION_FAILED', 'rulesId must be a lowercase slug of letters, digits and dashes');
  const rules = validDocument(input);
  const reason = requireWrittenReason(input.reason, 'publishProgrammeRules');
  const existing = await findRulesVersion(ctx.em, input.rulesId, input.version);
  if (existing) return asRetry(existing, rules);
  const parent = await derivesFrom(ctx, input);
  const latest = await latestRulesVersion(ctx.em, input.rulesId);
  if (latest && input.version <= latest.rules.version)
    throw new DomainError(
      'VALIDATION_FAILED',
      `version must be newer than ${input.rulesId} version ${latest.rules.version}, the latest`,
    );
  const at = new Date();
  const changes = parent ? diffProgrammeRules(parent.rules, rules) : [];
  const inserted = await inAuditTransaction(ctx.em, async (sql) => {
    const rows = await sql(
      `insert into programme_rules (rules_id, version, derives_from_rules_id, derives_from_version, document,
       published_at, published_by, reason) values (?, ?, ?, ?, ?::jsonb, ?, ?, ?)
       on conflict (rules_id, version) do nothing returning version`,
      [
        input.rulesId,
        input.version,
        parent?.rules.programmeRulesId ?? null,
        parent?.rules.version ?? null,
        JSON.stringify(rules),
        at,
        principal.userId,
        reason,
      ],
    );
    if (rows.length === 0) return false; // published meanwhile by a concurrent call: compared below
    await appendAuditRows(sql, [
      officeAuditRow('CONFIGURATION', {
        actorId: principal.userId,
        actorRole: principal.role,
        action: 'programmeRules.publish',
        programmeId: null,
        reason,
        before: null,
        after: {
          rulesId: input.rulesId,
          version: input.version,
          derivesFrom: parent ? { rulesId: parent.rules.programmeRulesId, version: parent.rules.version } : null,
          changedPaths: changes.map((c) => c.path),
        },
        requestId: ctx.requestId,
        at,
      }),
    ]);
    return true;
  });
  const stored = await findRulesVersion(ctx.em, input.rulesId, input.version);
  return inserted ? stored! : asRetry(stored!, rules);
}
