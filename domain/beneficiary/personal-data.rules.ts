/**
 * Pure rules for a beneficiary's personal data: how NIK and phone numbers are shown masked, how a
 * phone number is validated and normalised, and what erasure on request leaves behind. No I/O.
 */

/** Sex as enrolled, for disaggregated (data terpilah) reporting. */
export const SEXES = ['FEMALE', 'MALE'] as const;
export type Sex = (typeof SEXES)[number];

/** NIK with the middle eight digits masked: 3174********0001. */
export const maskNik = (nik: string): string => `${nik.slice(0, 4)}********${nik.slice(12)}`;

/**
 * An Indonesian phone number as typed: +62, 62 or 0, then 8-12 digits of which the first is not 0
 * (mobile 08xx-... or a landline with its area code), optionally separated by single spaces or dashes.
 */
export const PHONE_INPUT = /^(?:\+62|62|0)[ -]?[1-9](?:[ -]?\d){7,11}$/;

/** The stored form: E.164 (+62 and the national significant number), or null when not a valid number. */
export function normalisePhone(text: string): string | null {
  const trimmed = text.trim();
  if (!PHONE_INPUT.test(trimmed)) return null;
  const digits = trimmed.replace(/[ -]/g, '');
  const national = digits.startsWith('+62')
    ? digits.slice(3)
    : digits.startsWith('62')
      ? digits.slice(2)
      : digits.slice(1);
  return `+62${national}`;
}

/** The national form with all but the first four and last three digits masked: 0812*****789. */
export function maskPhone(e164: string): string {
  const national = `0${e164.replace(/^\+62/, '')}`;
  return `${national.slice(0, 4)}${'*'.repeat(Math.max(1, national.length - 7))}${national.slice(-3)}`;
}

/**
 * Erasure on request keeps what statistics need (sex, disability, region, programme, the journey)
 * and replaces what identifies the person. The name becomes a pseudonym derived from the record id
 * (already in every journey and audit row, so it reveals nothing new); NIK and phone are removed.
 */
export const erasedName = (beneficiaryId: string): string => `Erased ${beneficiaryId.slice(0, 8)}`;

/**
 * The date of birth keeps its year only, stored as 1 July of that year: age bands computed from it
 * are off by at most six months either way (1 January would make everybody up to a year older).
 */
export const erasedBirthDate = (birthDate: string): string => `${String(birthDate).slice(0, 4)}-07-01`;

/**
 * Free-text fields of the evidence (raw forms) that describe the person in the facilitator's or the
 * beneficiary's own words; erasure blanks them. Codes, numbers and the staff's written reasons stay:
 * the reasons are also in the append-only, hash-chained audit log (never put personal data in them).
 */
export const ERASED_EVIDENCE_TEXT = [
  'notes',
  'note',
  'localPotential',
  'challenges',
  'expectations',
  'summary',
  'beneficiaryResponse',
  'beneficiaryInput',
  'recommendations',
  'actionPlan',
  'readiness',
  'informationGiven',
  // Sealed at rest (intensive visits, alternatives' answers, follow-up plans, mentoring visits): blanked too.
  'agreedSealed',
  'noteSealed',
  'notesSealed',
  'planSealed',
] as const;

/** What blanked text reads as. */
export const ERASED_TEXT = '[erased]';
