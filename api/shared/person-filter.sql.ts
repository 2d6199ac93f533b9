import { AgeBand } from '../journey/journey-list.input';

/** Adds one WHERE condition with its bound parameters. */
export type AddCondition = (sql: string, ...values: unknown[]) => void;

/** Shared by the journey and beneficiary lists: conditions on the person (alias `b` = beneficiary). */
export interface PersonFilter {
  sex?: string | null;
  disability?: boolean | null;
  nameContains?: string | null;
  ageBand?: AgeBand | null;
}

export const AGE_BANDS: Record<AgeBand, [number, number | null]> = {
  [AgeBand.UNDER_18]: [0, 18],
  [AgeBand.AGE_18_24]: [18, 25],
  [AgeBand.AGE_25_34]: [25, 35],
  [AgeBand.AGE_35_44]: [35, 45],
  [AgeBand.AGE_45_59]: [45, 60],
  [AgeBand.AGE_60_PLUS]: [60, null],
};

/** A region code, or a prefix ending in * (e.g. 52.* for a province). */
export function regionCodeSql(add: AddCondition, column: string, code: string): void {
  if (code.endsWith('*')) add(`${column} like ?`, `${code.slice(0, -1)}%`);
  else add(`${column} = ?`, code);
}

export function personFilterSql(add: AddCondition, f: PersonFilter, today = new Date()): void {
  if (f.sex) add('b.sex = ?', f.sex);
  if (f.disability !== undefined && f.disability !== null) add('b.disability = ?', f.disability);
  if (f.nameContains)
    add(`lower(b.name) like ? escape '\\'`, `%${f.nameContains.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
  if (f.ageBand) {
    const [min, max] = AGE_BANDS[f.ageBand];
    const yearsAgo = (n: number) => {
      const d = new Date(today);
      d.setUTCFullYear(d.getUTCFullYear() - n);
      return d.toISOString().slice(0, 10);
    };
    add('b.birth_date <= ?', yearsAgo(min));
    if (max !== null) add('b.birth_date > ?', yearsAgo(max));
  }
}
