import type { Ratio } from './indicator.types';

/** numerator / denominator, null when nothing was counted (never a division by zero). */
export function ratio(numerator: number, denominator: number): Ratio {
  return { numerator, denominator, value: denominator === 0 ? null : numerator / denominator };
}

/** Median (mean of the two middle values for an even count); null for no values. */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

export function mean(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  return values.reduce((s, v) => s + v, 0) / values.length;
}

/**
 * Attendance points: full presence 1, partial (late, half day) 0.5, absence 0 (logframe README:
 * `activity-attendance`).
 */
export function attendancePoints(status: string): number {
  return status === 'PRESENT' ? 1 : status === 'PARTIAL' ? 0.5 : 0;
}
