/** One difference between two rules versions: where (a dotted path) and the value before and after. */
export interface RulesChange {
  /** e.g. "graduation.minIncomeToMinimumWageRatio", "moduleTemplates[SOCIAL_MENTORING].sessions.max". */
  path: string;
  /** null where the value did not exist before. */
  before: unknown;
  /** null where the value no longer exists. */
  after: unknown;
}

/** The identity of a version, not a change of its content: its derivesFrom says where it comes from. */
const IDENTITY_FIELDS = new Set(['programmeRulesId', 'version']);
/** Fields that name an item of a list, in order of preference (module templates by id, needs by need ...). */
const ITEM_KEYS = ['id', 'need', 'group', 'type', 'code'] as const;

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
const isObject = (v: unknown): v is Record<string, Json> => typeof v === 'object' && v !== null && !Array.isArray(v);
const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

/** The field that names every item of both lists uniquely, if there is one. */
function itemKey(before: Json[], after: Json[]): string | null {
  const names = (list: Json[], key: string) => list.map((item) => (isObject(item) ? item[key] : undefined));
  const namesEvery = (list: Json[], key: string) => {
    const found = names(list, key);
    return found.every((n) => typeof n === 'string') && new Set(found).size === found.length;
  };
  return ITEM_KEYS.find((key) => namesEvery(before, key) && namesEvery(after, key)) ?? null;
}

function walk(before: Json | undefined, after: Json | undefined, path: string, changes: RulesChange[]): void {
  if (same(before, after)) return;
  if (isObject(before) && isObject(after)) {
    const keys = [...Object.keys(before), ...Object.keys(after).filter((k) => !(k in before))];
    for (const key of keys) {
      if (!path && IDENTITY_FIELDS.has(key)) continue;
      walk(before[key], after[key], path ? `${path}.${key}` : key, changes);
    }
    return;
  }
  if (Array.isArray(before) && Array.isArray(after)) {
    const key = itemKey(before, after);
    if (key) {
      const name = (item: Json) => (item as Record<string, Json>)[key] as string;
      const byName = (list: Json[]) => new Map(list.map((item) => [name(item), item]));
      const [was, is] = [byName(before), byName(after)];
      const names = [...was.keys(), ...[...is.keys()].filter((n) => !was.has(n))];
      for (const n of names) walk(was.get(n), is.get(n), `${path}[${n}]`, changes);
      return;
    }
  }
  changes.push({ path, before: before ?? null, after: after ?? null });
}

/**
 * The readable difference between a rules version and the one it derives from: every changed value by its
 * dotted path, list items by their id where they have one (moduleTemplates[KWU-01].sessions.max), other
 * lists as a whole. The version's identity (programmeRulesId, version) is not a change. Pure: the same two
 * documents always give the same list, in the order of the fields in the documents.
 */
export function diffProgrammeRules(before: unknown, after: unknown): RulesChange[] {
  const changes: RulesChange[] = [];
  walk(before as Json, after as Json, '', changes);
  return changes;
}
