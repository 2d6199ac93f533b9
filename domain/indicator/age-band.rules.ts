import type { AgeBand } from './logframe.types';

/**
 * Age in whole years on a day (birthday counted on the day itself; 29 February birthdays turn
 * over on 1 March in non-leap years). Dates are ISO yyyy-mm-dd or full ISO instants (UTC day).
 */
export function ageOn(birthDate: string, on: string): number {
  const [by, bm, bd] = birthDate.slice(0, 10).split('-').map(Number);
  const [y, m, d] = on.slice(0, 10).split('-').map(Number);
  const hadBirthday = m > bm || (m === bm && d >= bd);
  return y - by - (hadBirthday ? 0 : 1);
}

/** The band an age falls in; "UNKNOWN" when no band covers it (bands should cover 0..). */
export function ageBandOf(age: number, bands: readonly AgeBand[]): string {
  return bands.find((b) => age >= b.min && (b.max === null || age <= b.max))?.code ?? 'UNKNOWN';
}

/** Bands must be ordered, contiguous whole years from 0, with only the last one open-ended. */
export function validateAgeBands(bands: readonly AgeBand[]): void {
  let next = 0;
  bands.forEach((b, i) => {
    const last = i === bands.length - 1;
    if (b.min !== next) throw new Error(`age band ${b.code} must start at ${next}`);
    if (b.max === null && !last) throw new Error(`only the last age band may be open-ended (${b.code})`);
    if (b.max !== null && b.max < b.min) throw new Error(`age band ${b.code} ends before it starts`);
    next = (b.max ?? Infinity) + 1;
  });
}
