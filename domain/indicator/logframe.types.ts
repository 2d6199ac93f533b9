import type { IndicatorLevel, Realisation } from './indicator.types';

/** APKM dimensions of an indicator (domain spec 6.2; see the logframe README). */
export const APKM_DIMENSIONS = ['ACCESS', 'PARTICIPATION', 'CONTROL', 'BENEFIT'] as const;
export type ApkmDimension = (typeof APKM_DIMENSIONS)[number];

/** One row of a programme's logframe: a statement, the indicator that realises it, its target. */
export interface LogframeRow {
  id: string;
  level: IndicatorLevel;
  statement: string;
  apkm: ApkmDimension | null;
  /** Key of a built-in indicator (api/indicator), e.g. "improved_understanding_rate". */
  indicatorKey: string;
  realisation: Realisation;
  target: number | null;
  baseline: number | null;
  period: string;
  dataSource: string;
  source: string;
  note?: string;
}

/** An age band: whole years at enrolment, max inclusive (null: no upper bound). */
export interface AgeBand {
  code: string;
  min: number;
  max: number | null;
}

/** Versioned M&E configuration of a programme (domain/programme/logframe/*.json). */
export interface Logframe {
  logframeId: string;
  version: number;
  /** The programme rules id this logframe applies to (Programme.rulesId). */
  programmeRulesId: string;
  description: string;
  /** Viewers do not see groups of fewer people than this (small-cell protection). */
  smallCellThreshold: number;
  ageBands: AgeBand[];
  /** "Start a business within N months of training" (logframe README: `businessStartWithinMonths`). */
  businessStartWithinMonths: number;
  rows: LogframeRow[];
}
