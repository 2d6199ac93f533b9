import type { EntityManager } from '@mikro-orm/postgresql';
import { findRulesVersion, type RulesVersionRecord } from '../../db/programme/programme-rules.store';
import { diffProgrammeRules } from '../../domain/programme/programme-rules.diff';
import type { ProgrammeRulesVersionObject } from './programme-rules.object';

/** The GraphQL rules version, with its diff against the version it derives from. */
export async function toRulesVersionObject(
  em: EntityManager,
  record: RulesVersionRecord,
): Promise<ProgrammeRulesVersionObject> {
  const parent = record.derivesFrom
    ? await findRulesVersion(em, record.derivesFrom.rulesId, record.derivesFrom.version)
    : null;
  return {
    rulesId: record.rules.programmeRulesId,
    version: record.rules.version,
    description: record.rules.description,
    derivesFrom: record.derivesFrom,
    publishedAt: record.publishedAt,
    publishedBy: record.publishedBy,
    bundled: record.bundled,
    document: record.rules as unknown as Record<string, unknown>,
    diff: parent ? diffProgrammeRules(parent.rules, record.rules) : [],
  };
}
