import { arr, nullable, obj, oneOf, shapeProblems, type Shape } from '../shared/json-shape';
import { validateAgeBands } from './age-band.rules';
import { definitionOf } from './indicator-catalogue';
import { INDICATOR_LEVELS, REALISATIONS } from './indicator.types';
import { APKM_DIMENSIONS, type Logframe } from './logframe.types';

/** The shape of a logframe (domain/programme/logframe/*.json; its README documents each field). */
const LOGFRAME_SHAPE: Shape = obj({
  logframeId: 'string',
  version: 'integer',
  programmeRulesId: 'string',
  description: 'string',
  smallCellThreshold: 'integer',
  ageBands: arr(obj({ code: 'string', min: 'integer', max: nullable('integer') })),
  businessStartWithinMonths: 'number',
  rows: arr(
    obj(
      {
        id: 'string',
        level: oneOf(INDICATOR_LEVELS),
        statement: 'string',
        apkm: nullable(oneOf(APKM_DIMENSIONS)),
        indicatorKey: 'string',
        realisation: oneOf(REALISATIONS),
        target: nullable('number'),
        baseline: nullable('number'),
        period: 'string',
        dataSource: 'string',
        source: 'string',
        note: 'string',
      },
      ['note'],
    ),
  ),
});

const knownIndicator = (key: string): boolean => {
  try {
    definitionOf(key);
    return true;
  } catch {
    return false;
  }
};

/**
 * Problems of a logframe a programme office sends (targets and baselines of its programme), as sentences;
 * empty when it is usable by the dashboards: the shape of the bundled logframes, age bands that tile the
 * ages from 0, unique row ids and rows realised by a built-in indicator.
 */
export function validateLogframe(document: unknown): string[] {
  const problems = shapeProblems(document, LOGFRAME_SHAPE);
  if (problems.length > 0) return problems;
  const logframe = document as Logframe;
  if (!logframe.logframeId.trim()) problems.push('logframeId is empty');
  if (logframe.version < 1) problems.push(`version must be a positive integer, got ${logframe.version}`);
  if (logframe.smallCellThreshold < 1)
    problems.push(`smallCellThreshold must be at least 1, got ${logframe.smallCellThreshold}`);
  if (!(logframe.businessStartWithinMonths > 0)) problems.push('businessStartWithinMonths must be positive');
  if (logframe.ageBands.length === 0) problems.push('ageBands is empty');
  try {
    validateAgeBands(logframe.ageBands);
  } catch (err) {
    problems.push((err as Error).message);
  }
  const ids = new Set<string>();
  for (const row of logframe.rows) {
    if (ids.has(row.id)) problems.push(`row ${row.id} is defined twice`);
    ids.add(row.id);
    if (!knownIndicator(row.indicatorKey)) problems.push(`row ${row.id} names unknown indicator ${row.indicatorKey}`);
  }
  return problems;
}
