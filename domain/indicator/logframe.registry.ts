import { DomainError } from '../errors/error-codes';
import defaultV1 from '../programme/logframe/default-v1.json';
import trainingSandboxV1 from '../programme/logframe/training-sandbox-v1.json';
import { validateAgeBands } from './age-band.rules';
import type { Logframe } from './logframe.types';

/**
 * Bundled logframes, one per programme rules id and version (like the programme rules): a
 * programme's dashboard uses the latest logframe of its rules id. Never edit a published
 * version in place: add a file and a line here.
 */
const BUNDLED: readonly Logframe[] = [defaultV1 as Logframe, trainingSandboxV1 as Logframe];
for (const l of BUNDLED) validateAgeBands(l.ageBands);

export function listLogframes(): readonly Logframe[] {
  return BUNDLED;
}

export function logframeFor(programmeRulesId: string): Logframe {
  const versions = BUNDLED.filter((l) => l.programmeRulesId === programmeRulesId);
  if (versions.length === 0)
    throw new DomainError('NOT_FOUND', `No logframe for programme rules ${programmeRulesId}`, { programmeRulesId });
  return versions.reduce((latest, l) => (l.version > latest.version ? l : latest));
}
