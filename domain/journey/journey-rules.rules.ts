import { getProgrammeRules } from '../programme/programme-rules.registry';
import type { ProgrammeRules } from '../programme/programme-rules.types';

/**
 * The rules a journey runs on: the document it carries when that is its version (a version published
 * through the API travels with the journey, as a workflow cannot read the database), else the bundled
 * version (journeys on bundled versions, and every journey started before documents were carried).
 */
export function journeyRules(
  journey: { rulesId: string; rulesVersion: number },
  document: ProgrammeRules | undefined,
): ProgrammeRules {
  return document && document.programmeRulesId === journey.rulesId && document.version === journey.rulesVersion
    ? document
    : getProgrammeRules(journey.rulesId, journey.rulesVersion);
}

/**
 * The rules as a journey whose history began before livelihood tracks existed applies them: without
 * `graduation.byTrack` and `incomeMeasure`, so its recorded history replays with the criteria of its day (the
 * workflow decides with `patched('livelihood-tracks')`).
 */
export function withoutLivelihoodTracks(rules: ProgrammeRules): ProgrammeRules {
  if (!rules.graduation.byTrack && !rules.incomeMeasure) return rules;
  const { byTrack: _byTrack, ...graduation } = rules.graduation;
  const { incomeMeasure: _incomeMeasure, ...rest } = rules;
  return { ...rest, graduation };
}
