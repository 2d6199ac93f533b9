/**
 * The facilitator's weekly narrative (laporan mingguan, domain spec 6.5 [001:3693-3697]): notes on participation,
 * field constraints and participant feedback, written by the facilitator (pendamping) for one ISO week, plus the
 * plan for next week and, optionally, lessons learned (which the monthly and quarterly reports gather, [001:3776]).
 * The seed gives no length for these texts, so the limit is an API constant (documented in docs/api.md), not a
 * programme rule. Pure: today's date is given.
 */
export const WEEKLY_NARRATIVE_MAX_CHARS = 4000;

export interface WeeklyNarrativeTexts {
  fieldConstraints: string;
  participantFeedback: string;
  nextWeekPlan: string;
  lessonsLearned?: string | null;
}

const DAY_MS = 86_400_000;
const isoDate = /^\d{4}-\d{2}-\d{2}$/;

/** The Monday (YYYY-MM-DD) starting the ISO week of a date (YYYY-MM-DD or ISO date-time, read in UTC). */
export function mondayOf(date: string): string {
  const day = new Date(`${date.slice(0, 10)}T00:00:00Z`);
  const offset = (day.getUTCDay() + 6) % 7;
  return new Date(day.getTime() - offset * DAY_MS).toISOString().slice(0, 10);
}

/** The Sunday ending the week that starts on `monday`. */
export const sundayOf = (monday: string): string =>
  new Date(Date.parse(`${monday}T00:00:00Z`) + 6 * DAY_MS).toISOString().slice(0, 10);

/** Why `weekOf` is not a week a narrative can be written for (null: it is): a real Monday, not a future week. */
export function weekOfProblem(weekOf: string, today: string): string | null {
  if (!isoDate.test(weekOf) || Number.isNaN(Date.parse(`${weekOf}T00:00:00Z`)))
    return 'weekOf must be a date YYYY-MM-DD';
  if (new Date(`${weekOf}T00:00:00Z`).toISOString().slice(0, 10) !== weekOf) return 'weekOf must be a real date';
  if (mondayOf(weekOf) !== weekOf) return `weekOf must be the Monday starting an ISO week (e.g. ${mondayOf(weekOf)})`;
  if (weekOf > mondayOf(today)) return 'weekOf must not be a future week';
  return null;
}

/** The texts trimmed: required ones non-empty, every one at most WEEKLY_NARRATIVE_MAX_CHARS characters. */
export function narrativeTextProblems(texts: WeeklyNarrativeTexts): string[] {
  const problems: string[] = [];
  const check = (name: string, value: string | null | undefined, required: boolean) => {
    const text = (value ?? '').trim();
    if (required && text.length === 0) problems.push(`${name} must not be empty`);
    if ([...text].length > WEEKLY_NARRATIVE_MAX_CHARS)
      problems.push(`${name} must be at most ${WEEKLY_NARRATIVE_MAX_CHARS} characters`);
  };
  check('fieldConstraints', texts.fieldConstraints, true);
  check('participantFeedback', texts.participantFeedback, true);
  check('nextWeekPlan', texts.nextWeekPlan, true);
  check('lessonsLearned', texts.lessonsLearned, false);
  return problems;
}

/** The texts as stored: trimmed, an empty optional text as null. */
export function normaliseNarrative(texts: WeeklyNarrativeTexts): Required<WeeklyNarrativeTexts> {
  const lessons = (texts.lessonsLearned ?? '').trim();
  return {
    fieldConstraints: texts.fieldConstraints.trim(),
    participantFeedback: texts.participantFeedback.trim(),
    nextWeekPlan: texts.nextWeekPlan.trim(),
    lessonsLearned: lessons.length > 0 ? lessons : null,
  };
}
