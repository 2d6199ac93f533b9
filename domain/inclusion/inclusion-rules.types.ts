import type { FunctioningLevel } from './functioning.types';

/**
 * Inclusion settings of a programme rules version (rules README, inclusion). Version 5 and later carry them;
 * older versions have none and `inclusionRules` answers the defaults, which preserve their behaviour.
 */
export interface InclusionRules {
  /** The least severe WG-SS answer that counts as a disability when a domain reaches it. */
  disabilityCutOff: FunctioningLevel;
  /** Whether the programme records an ethnicity code at enrolment (absent: false, nothing is collected). */
  collectEthnicity: boolean;
}

/** The WG's standard cut-off and no ethnicity collected: the defaults for a version without the settings. */
export const DEFAULT_INCLUSION_RULES: InclusionRules = {
  disabilityCutOff: 'A_LOT_OF_DIFFICULTY',
  collectEthnicity: false,
};

/** The version's inclusion settings, each missing one at its default. */
export function inclusionRules(rules: { inclusion?: Partial<InclusionRules> }): InclusionRules {
  return { ...DEFAULT_INCLUSION_RULES, ...(rules.inclusion ?? {}) };
}
