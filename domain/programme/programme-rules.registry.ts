import { DomainError } from '../errors/error-codes';
import type { ProgrammeRules } from './programme-rules.types';
import defaultV1 from './rules/default-v1.json';
import defaultV2 from './rules/default-v2.json';
import defaultV3 from './rules/default-v3.json';
import defaultV4 from './rules/default-v4.json';
import defaultV5 from './rules/default-v5.json';
import trainingSandboxV1 from './rules/training-sandbox-v1.json';
import trainingSandboxV2 from './rules/training-sandbox-v2.json';
import trainingSandboxV3 from './rules/training-sandbox-v3.json';
import trainingSandboxV4 from './rules/training-sandbox-v4.json';
import trainingSandboxV5 from './rules/training-sandbox-v5.json';

export { validateProgrammeRules } from './programme-rules.validation';

/**
 * Every bundled rules version. JSON is imported statically (no fs reads) so the Temporal workflow
 * bundle and the API see the same data. Add a version by adding a file and a line here; never
 * edit a published version in place, because running journeys keep the version they started with.
 */
const BUNDLED: readonly ProgrammeRules[] = Object.freeze([
  defaultV1 as ProgrammeRules,
  defaultV2 as ProgrammeRules,
  defaultV3 as ProgrammeRules,
  defaultV4 as ProgrammeRules,
  defaultV5 as ProgrammeRules,
  trainingSandboxV1 as ProgrammeRules,
  trainingSandboxV2 as ProgrammeRules,
  trainingSandboxV3 as ProgrammeRules,
  trainingSandboxV4 as ProgrammeRules,
  trainingSandboxV5 as ProgrammeRules,
]);

/**
 * Shared by every journey in the process: frozen so no caller can change a published version. Each version is
 * frozen when first handed out, not at load: the workflow sandbox loads this module for every workflow it starts,
 * and freezing all ten documents there cost about 7% of the workflow thread's CPU.
 */
function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value as Record<string, unknown>)) deepFreeze(child);
  }
  return value;
}

export function listProgrammeRules(): readonly ProgrammeRules[] {
  BUNDLED.forEach(deepFreeze);
  return BUNDLED;
}

export function getProgrammeRules(rulesId: string, version: number): ProgrammeRules {
  const found = BUNDLED.find((r) => r.programmeRulesId === rulesId && r.version === version);
  if (!found)
    throw new DomainError('NOT_FOUND', `No programme rules ${rulesId} version ${version}`, { rulesId, version });
  return deepFreeze(found);
}

export function latestProgrammeRules(rulesId: string): ProgrammeRules {
  const versions = BUNDLED.filter((r) => r.programmeRulesId === rulesId);
  if (versions.length === 0) throw new DomainError('NOT_FOUND', `No programme rules ${rulesId}`, { rulesId });
  return deepFreeze(versions.reduce((latest, r) => (r.version > latest.version ? r : latest)));
}
