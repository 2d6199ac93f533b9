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
  /** People who need it (0 when withheld). */
  people: number;
  /** True when the count is withheld as a small cell (see withholdSmallCounts). */
  suppressed: boolean;
}

/** How many of the people need each accommodation (every need listed, zero included), in catalogue order. */
export function countNeeds(people: readonly { accommodationNeeds: readonly string[] }[]): AccommodationCount[] {
  return ACCOMMODATION_NEEDS.map((need) => ({
    need,
    people: people.filter((p) => p.accommodationNeeds.includes(need)).length,
    suppressed: false,
  }));
}

/**
 * Small-cell protection for readers of figures only (the indicators' rule, domain/indicator/small-cell.rules.ts):
 * "one person in this cohort needs a sign-language interpreter" can point at that person, so a count from 1 to
 * below the threshold is withheld (people 0, suppressed). Zero stays visible: it says nothing about anyone.
 */
export function withholdSmallCounts(counts: readonly AccommodationCount[], threshold: number): AccommodationCount[] {
  return counts.map((c) =>
    c.people > 0 && c.people < threshold ? { ...c, people: 0, suppressed: true } : { ...c, suppressed: false },
  );
}
