import type { Logframe } from '../indicator/logframe.types';
import { validateLogframe } from '../indicator/logframe.validation';

/**
 * A programme as a programme office sets it up (issue 17, programme set-up): its names, who implements it,
 * the regions (BPS codes) it covers, its period, the rules version new enrolments follow, its logframe and
 * small-cell threshold.
 */
export interface ProgrammeSetup {
  id: string;
  nameId: string;
  nameEn: string;
  implementingAgency: string;
  regionCodes: string[];
  periodStart: string;
  periodEnd: string;
  rulesId: string;
  rulesVersion: number;
  smallCellThreshold: number;
  logframe: Logframe;
}

/** A programme id: a lowercase slug, e.g. pena-ntb. */
export const PROGRAMME_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** A BPS region code: province (52), regency or city (52.71), district (52.71.01), village (52.71.01.1001). */
export const BPS_REGION_CODE = /^\d{2}(?:\.\d{2}(?:\.\d{2}(?:\.\d{4})?)?)?$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

const text = (name: string, value: string, max: number, problems: string[]): void => {
  const length = value.trim().length;
  if (length < 2 || length > max) problems.push(`${name} must be 2-${max} characters`);
};

/**
 * Problems of a programme's set-up, as sentences; empty when it may be stored. Whether its rules version
 * exists is the caller's check (versions live in the database).
 */
export function programmeSetupProblems(setup: ProgrammeSetup): string[] {
  const problems: string[] = [];
  if (!PROGRAMME_ID.test(setup.id) || setup.id.length > 64)
    problems.push('id must be a lowercase slug of letters, digits and dashes (e.g. pena-ntb), up to 64 characters');
  text('nameId', setup.nameId, 200, problems);
  text('nameEn', setup.nameEn, 200, problems);
  text('implementingAgency', setup.implementingAgency, 200, problems);
  if (setup.regionCodes.length === 0) problems.push('regionCodes must name at least one region');
  for (const code of setup.regionCodes)
    if (!BPS_REGION_CODE.test(code)) problems.push(`regionCodes: ${code} is not a BPS region code (e.g. 52 or 52.71)`);
  if (new Set(setup.regionCodes).size !== setup.regionCodes.length) problems.push('regionCodes names a region twice');
  for (const name of ['periodStart', 'periodEnd'] as const)
    if (!DATE.test(setup[name]) || Number.isNaN(Date.parse(setup[name])))
      problems.push(`${name} must be a date yyyy-mm-dd`);
  if (setup.periodStart > setup.periodEnd) problems.push('periodEnd must not be before periodStart');
  if (!Number.isInteger(setup.rulesVersion) || setup.rulesVersion < 1)
    problems.push('rulesVersion must be a positive integer');
  if (!Number.isInteger(setup.smallCellThreshold) || setup.smallCellThreshold < 1 || setup.smallCellThreshold > 1000)
    problems.push('smallCellThreshold must be a whole number from 1 to 1000');
  problems.push(...validateLogframe(setup.logframe).map((p) => `logframe: ${p}`));
  return problems;
}

/** Whether a person living in `regionCode` lives where the programme works: one of its codes is a prefix. */
export function regionCovered(programmeRegions: readonly string[], regionCode: string): boolean {
  return programmeRegions.some((prefix) => regionCode === prefix || regionCode.startsWith(`${prefix}.`));
}
