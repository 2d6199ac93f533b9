import { randomNik } from './app-harness';

/** GraphQL documents and CSV builders for the bulk e2e tests. */
export const BULK_ENROL = `mutation Bulk($csv: String!, $programmeId: ID!, $cohortId: ID, $key: String!) {
  enrollBeneficiariesCsv(csv: $csv, programmeId: $programmeId, cohortId: $cohortId, idempotencyKey: $key) {
    totals { rows enrolled failed alreadyEnrolled }
    rows { row status journeyId code message warnings { code group } } } }`;

export const CSV_HEADER =
  'nik,name,sex,birthDate,disability,regionCode,facilitatorId,vulnerableGroups,' +
  'monthlyIncome,regionalMinimumWage,potentialScore,committed';

export interface CsvPerson {
  nik?: string;
  name?: string;
  sex?: string;
  birthDate?: string;
  disability?: string;
  regionCode?: string;
  facilitatorId?: string;
  vulnerableGroups?: string;
  monthlyIncome?: string;
  regionalMinimumWage?: string;
  potentialScore?: string;
  committed?: string;
}

/** One CSV line for an eligible person, with any cell overridden (cells are written as given: quote them yourself). */
export function csvLine(p: CsvPerson = {}): string {
  const v = {
    nik: randomNik(),
    name: 'Siti Aminah',
    sex: 'FEMALE',
    birthDate: '1988-04-12',
    disability: 'false',
    regionCode: '52.71',
    facilitatorId: 'facilitator-1',
    vulnerableGroups: 'FEMALE_HEAD_OF_HOUSEHOLD',
    monthlyIncome: '900000',
    regionalMinimumWage: '2600000',
    potentialScore: '4',
    committed: 'true',
    ...p,
  };
  return [
    v.nik,
    v.name,
    v.sex,
    v.birthDate,
    v.disability,
    v.regionCode,
    v.facilitatorId,
    v.vulnerableGroups,
    v.monthlyIncome,
    v.regionalMinimumWage,
    v.potentialScore,
    v.committed,
  ].join(',');
}

export const csvOf = (lines: string[]): string => [CSV_HEADER, ...lines].join('\r\n') + '\r\n';
