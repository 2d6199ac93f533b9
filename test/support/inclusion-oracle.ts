import { rawQuery } from './raw-sql';

/**
 * An independent computation, from the raw PostgreSQL rows (journey, beneficiary, journey_event), of the people
 * figures the inclusion e2e checks by VULNERABLE_GROUP and DISABILITY_LEVEL: enrolled, assessed, stage:<STAGE>
 * and quota:<GROUP>, each a count among the people of the cell. Person by person in TypeScript, none of the
 * service's SQL. Open period (all time), one cohort.
 */
export interface OraclePerson {
  id: string;
  stage: string;
  vulnerableGroups: string[];
  disabilityLevel: string | null;
  assessed: boolean;
}

export async function loadOraclePeople(cohortId: string): Promise<OraclePerson[]> {
  const rows = await rawQuery<{
    id: string;
    stage: string;
    vulnerable_groups: string[];
    disability_level: string | null;
  }>(
    `select j.id, j.stage, b.vulnerable_groups, b.disability_level
       from journey j join beneficiary b on b.id = j.id where j.cohort_id = $1`,
    [cohortId],
  );
  const assessed = new Set(
    (
      await rawQuery<{ journey_id: string }>(
        `select distinct e.journey_id from journey_event e join journey j on j.id = e.journey_id
          where j.cohort_id = $1 and e.type = 'ASSESSMENT_SUBMITTED'`,
        [cohortId],
      )
    ).map((r) => r.journey_id),
  );
  return rows.map((r) => ({
    id: r.id,
    stage: r.stage,
    vulnerableGroups: r.vulnerable_groups,
    disabilityLevel: r.disability_level,
    assessed: assessed.has(r.id),
  }));
}

/** The groups a person falls in for a dimension (several for VULNERABLE_GROUP). */
export function groupsOf(p: OraclePerson, dimension: 'VULNERABLE_GROUP' | 'DISABILITY_LEVEL'): string[] {
  if (dimension === 'DISABILITY_LEVEL') return [p.disabilityLevel ?? 'NOT_RECORDED'];
  return p.vulnerableGroups.length ? [...new Set(p.vulnerableGroups)] : ['NONE'];
}

/** numerator / denominator of one cell. */
export interface OracleCell {
  num: number;
  den: number;
}

/** The keys whose numerators this oracle counts, for one person. */
function keysOf(p: OraclePerson): string[] {
  const keys = ['enrolled', `stage:${p.stage}`, ...new Set(p.vulnerableGroups.map((g) => `quota:${g}`))];
  if (p.assessed) keys.push('assessed');
  return keys;
}

/**
 * key -> cell ('' the total, `<DIMENSION>/<group>` a group) -> numerator and denominator. COUNT figures are over the
 * people of the cell; quota:<G> over the people of the cell enrolled (all of them, the period being open).
 */
export function expectedFigures(
  people: readonly OraclePerson[],
  dimensions: readonly ('VULNERABLE_GROUP' | 'DISABILITY_LEVEL')[],
): Map<string, Map<string, OracleCell>> {
  const cells = new Map<string, OraclePerson[]>([['', [...people]]]);
  for (const d of dimensions)
    for (const p of people)
      for (const g of groupsOf(p, d)) {
        const name = `${d}/${g}`;
        cells.set(name, [...(cells.get(name) ?? []), p]);
      }
  const out = new Map<string, Map<string, OracleCell>>();
  const keys = new Set(people.flatMap(keysOf));
  for (const key of keys) {
    const byCell = new Map<string, OracleCell>();
    for (const [cell, members] of cells)
      byCell.set(cell, { num: members.filter((p) => keysOf(p).includes(key)).length, den: members.length });
    out.set(key, byCell);
  }
  return out;
}
