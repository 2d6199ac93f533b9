/**
 * What a person needs to take part in sessions (domain spec 7.5, accessibility: physical, information formats;
 * gender balance: barriers such as domestic workload). Shown to whoever schedules the person's sessions and
 * counted per cohort.
 */
export const ACCOMMODATION_NEEDS = [
  'SIGN_LANGUAGE_INTERPRETER',
  'PERSONAL_ASSISTANT',
  'ACCESSIBLE_VENUE',
  'CHILDCARE',
  'LACTATION_ROOM',
  'TRANSPORT',
  'BRAILLE_OR_LARGE_PRINT',
] as const;
export type AccommodationNeed = (typeof ACCOMMODATION_NEEDS)[number];

export const isAccommodationNeed = (v: string): v is AccommodationNeed =>
  (ACCOMMODATION_NEEDS as readonly string[]).includes(v);

/** The needs as stored: each once, in catalogue order (so equal sets compare equal). */
export function normaliseNeeds(needs: readonly string[]): AccommodationNeed[] {
  return ACCOMMODATION_NEEDS.filter((n) => needs.includes(n));
}

export interface AccommodationCount {
  need: AccommodationNeed;
  /** People who need it. */
  people: number;
}

/** How many of the people need each accommodation (every need listed, zero included), in catalogue order. */
export function countNeeds(people: readonly { accommodationNeeds: readonly string[] }[]): AccommodationCount[] {
  return ACCOMMODATION_NEEDS.map((need) => ({
    need,
    people: people.filter((p) => p.accommodationNeeds.includes(need)).length,
  }));
}
