import type { InclusionRules } from './inclusion-rules.types';

/**
 * Ethnicity (suku), where a programme collects it (domain spec 7.5: primary data by sex, age, disability,
 * ethnicity). A code the programme chooses (upper-case letters, digits and underscores, e.g. a BPS suku code or
 * SASAK); refused when the programme's rules do not collect it, so nobody records it by mistake.
 */
export const ETHNICITY_CODE = /^[A-Z0-9_]{1,32}$/;

/** Ethnicity breakdown group of a person without a recorded code. */
export const ETHNICITY_NOT_RECORDED = 'NOT_RECORDED';

export function checkEthnicity(
  code: string | null | undefined,
  rules: Pick<InclusionRules, 'collectEthnicity'>,
):
  | { ok: true; code: string | null }
  | { ok: false; code: 'ETHNICITY_NOT_COLLECTED' | 'VALIDATION_FAILED'; message: string } {
  if (code == null || code === '') return { ok: true, code: null };
  if (!rules.collectEthnicity)
    return { ok: false, code: 'ETHNICITY_NOT_COLLECTED', message: 'This programme does not collect ethnicity' };
  if (!ETHNICITY_CODE.test(code))
    return { ok: false, code: 'VALIDATION_FAILED', message: 'ethnicity must be 1-32 upper-case letters, digits or _' };
  return { ok: true, code };
}
