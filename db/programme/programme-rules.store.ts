import type { EntityManager } from '@mikro-orm/postgresql';
import { DomainError } from '../../domain/errors/error-codes';
import { listProgrammeRules } from '../../domain/programme/programme-rules.registry';
import type { ProgrammeRules } from '../../domain/programme/programme-rules.types';
import { ProgrammeRulesEntity } from '../entities/programme-rules.entity';

/** A rules version and where it comes from. */
export interface RulesVersionRecord {
  rules: ProgrammeRules;
  derivesFrom: { rulesId: string; version: number } | null;
  /** Null for a version bundled with the code (domain/programme/rules), which no one published through the API. */
  publishedAt: Date | null;
  publishedBy: string | null;
  reason: string | null;
  bundled: boolean;
}

/**
 * Every reader of programme rules in the API and activities goes through here: the versions bundled with
 * the code (domain/programme/rules, merged in, never copied into the table) and those published through
 * the API (`programme_rules`). A version never changes once published, so a version read once is kept in
 * this process for good; only "which versions exist" is asked of the database each time.
 */
const cache = new Map<string, RulesVersionRecord>();
const cacheKey = (rulesId: string, version: number) => `${rulesId}\u0000${version}`;

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value as Record<string, unknown>)) deepFreeze(child);
  }
  return value;
}

const bundledVersion = (rulesId: string, version: number): ProgrammeRules | undefined =>
  listProgrammeRules().find((r) => r.programmeRulesId === rulesId && r.version === version);

/** A bundled version derives from the bundled version before it (default v2 is v1 plus the follow-up window). */
function bundledRecord(rules: ProgrammeRules): RulesVersionRecord {
  const previous = bundledVersion(rules.programmeRulesId, rules.version - 1);
  return {
    rules,
    derivesFrom: previous ? { rulesId: previous.programmeRulesId, version: previous.version } : null,
    publishedAt: null,
    publishedBy: null,
    reason: null,
    bundled: true,
  };
}

function publishedRecord(row: ProgrammeRulesEntity): RulesVersionRecord {
  const derivesFrom =
    row.derivesFromRulesId !== null && row.derivesFromVersion !== null
      ? { rulesId: row.derivesFromRulesId, version: row.derivesFromVersion }
      : null;
  return {
    rules: deepFreeze(row.document),
    derivesFrom,
    publishedAt: row.publishedAt,
    publishedBy: row.publishedBy,
    reason: row.reason,
    bundled: false,
  };
}

function remember(record: RulesVersionRecord): RulesVersionRecord {
  cache.set(cacheKey(record.rules.programmeRulesId, record.rules.version), record);
  return record;
}

/** One version, bundled or published; null if there is none. */
export async function findRulesVersion(
  em: EntityManager,
  rulesId: string,
  version: number,
): Promise<RulesVersionRecord | null> {
  const cached = cache.get(cacheKey(rulesId, version));
  if (cached) return cached;
  const bundled = bundledVersion(rulesId, version);
  if (bundled) return remember(bundledRecord(bundled));
  const row = await em.fork().findOne(ProgrammeRulesEntity, { rulesId, version });
  return row ? remember(publishedRecord(row)) : null;
}

/** The rules of one version, or NOT_FOUND. */
export async function loadProgrammeRules(em: EntityManager, rulesId: string, version: number): Promise<ProgrammeRules> {
  const found = await findRulesVersion(em, rulesId, version);
  if (!found)
    throw new DomainError('NOT_FOUND', `No programme rules ${rulesId} version ${version}`, { rulesId, version });
  return found.rules;
}

/** Every version of a rules id, oldest first (bundled and published). */
export async function listRulesVersions(em: EntityManager, rulesId: string): Promise<RulesVersionRecord[]> {
  const rows = await em.fork().find(ProgrammeRulesEntity, { rulesId }, { orderBy: { version: 'asc' } });
  const published = rows.map((row) => cache.get(cacheKey(row.rulesId, row.version)) ?? remember(publishedRecord(row)));
  const bundled = listProgrammeRules()
    .filter((r) => r.programmeRulesId === rulesId && !published.some((p) => p.rules.version === r.version))
    .map((r) => cache.get(cacheKey(rulesId, r.version)) ?? remember(bundledRecord(r)));
  return [...bundled, ...published].sort((a, b) => a.rules.version - b.rules.version);
}

/** The newest version of a rules id; null if it has none. */
export async function latestRulesVersion(em: EntityManager, rulesId: string): Promise<RulesVersionRecord | null> {
  return (await listRulesVersions(em, rulesId)).at(-1) ?? null;
}
