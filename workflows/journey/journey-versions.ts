import { patched } from '@temporalio/workflow';
import { FOLLOW_THROUGH_DEADLINE_KINDS } from '../../domain/journey/journey-deadline-schedule.machine';
import { journeyRules, withoutLivelihoodTracks } from '../../domain/journey/journey-rules.rules';
import type { JourneyState } from '../../domain/journey/journey.types';
import { withoutCompletionRequirements } from '../../domain/module/module-completion.rules';
import type { ProgrammeRules } from '../../domain/programme/programme-rules.types';

/**
 * What a journey run does as the workflow code of its start did: each change of behaviour is a Temporal patch, so a
 * run recorded before it replays unchanged. Called once, where the run starts (the patches' markers are recorded
 * there, in this order).
 */
export function journeyVersions() {
  // Runs recorded before 'intensive-follow-through' never timed visit or alternative-answer deadlines (v5 rules).
  const followThrough = patched('intensive-follow-through');
  // Runs begun before livelihood tracks judge graduation as they did then.
  const livelihoodTracks = patched('livelihood-tracks');
  // A run begun before modules could wait for an outcome (a template's completionRequires) replays without it.
  const completionRequirements = patched('module-completion-requirements');
  // Runs begun before 'field-time' apply every command at the time it arrives.
  const fieldTime = patched('field-time');
  // Runs begun before these cancel and start their deadline timer at every command and upsert their search
  // attributes at every step; since them a timer lasts while its deadline stays, and an upsert follows a change.
  const steadyTimer = patched('steady-deadline-timer');
  const searchAttributesOnChange = patched('search-attributes-on-change');
  return {
    fieldTime,
    steadyTimer,
    searchAttributesOnChange,
    /** Whether the run times deadlines of this kind. */
    timed: (kind: string) => followThrough || !(FOLLOW_THROUGH_DEADLINE_KINDS as readonly string[]).includes(kind),
    /** The rules the journey runs on: its programme's document, less what the run's code did not know. */
    rules: (state: JourneyState, document: ProgrammeRules | undefined) => {
      const r = journeyRules(state, document);
      const tracked = livelihoodTracks ? r : withoutLivelihoodTracks(r);
      return completionRequirements ? tracked : withoutCompletionRequirements(tracked);
    },
  };
}
