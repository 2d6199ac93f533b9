import type { OracleFigure } from './access-oracle';
import { rawQuery } from './raw-sql';

/**
 * An independent computation of the satisfaction figures over an open period: the SATISFACTION_RECORDED rows of
 * journey_event for the people given, worked out here answer by answer (satisfied: 4 or more; the codes spelled out).
 */
interface SurveyRow {
  data: {
    occasion: string;
    meanScore: number;
    facilitatorId: string | null;
    answers: { item: string; score: number }[];
  };
}

const median = (xs: number[]): number | null => {
  if (xs.length === 0) return null;
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

export async function satisfactionOracle(people: string[]): Promise<Map<string, OracleFigure>> {
  const rows = await rawQuery<SurveyRow>(
    `select data from journey_event where journey_id = any($1::uuid[]) and type = 'SATISFACTION_RECORDED'`,
    [people],
  );
  const scores = new Map<string, number[]>();
  const add = (key: string, score: number) => scores.set(key, [...(scores.get(key) ?? []), score]);
  for (const { data } of rows) {
    add('satisfaction_score', data.meanScore);
    add(`satisfaction_score:${data.occasion}`, data.meanScore);
    for (const a of data.answers) {
      add(`satisfaction_score:${a.item}`, a.score);
      if (a.item === 'FACILITATOR_SUPPORT') {
        add('facilitator_rating', a.score);
        add(`facilitator_rating:facilitator:${data.facilitatorId ?? 'NONE'}`, a.score);
      }
    }
  }
  const out = new Map<string, OracleFigure>();
  for (const [key, xs] of scores)
    out.set(key, {
      numerator: xs.filter((x) => x >= 4).length,
      denominator: xs.length,
      median: median(xs),
      mean: xs.reduce((a, b) => a + b, 0) / xs.length,
    });
  return out;
}
