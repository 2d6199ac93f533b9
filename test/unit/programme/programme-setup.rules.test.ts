import { logframeFor } from '../../../domain/indicator/logframe.registry';
import { validateLogframe } from '../../../domain/indicator/logframe.validation';
import {
  programmeSetupProblems,
  regionCovered,
  type ProgrammeSetup,
} from '../../../domain/programme/programme-setup.rules';

const clone = <T>(v: T): T => JSON.parse(JSON.stringify(v)) as T;

const setup = (overrides: Partial<ProgrammeSetup> = {}): ProgrammeSetup => ({
  id: 'pena-ntb',
  nameId: 'Pemberdayaan Ekonomi NTB',
  nameEn: 'NTB economic empowerment',
  implementingAgency: 'Bappeda NTB',
  regionCodes: ['52', '53.71'],
  periodStart: '2027-01-01',
  periodEnd: '2029-12-31',
  rulesId: 'default',
  rulesVersion: 2,
  smallCellThreshold: 5,
  logframe: clone(logframeFor('default')),
  ...overrides,
});

describe('programme set-up', () => {
  it('accepts a complete set-up on the bundled logframe', () => {
    expect(programmeSetupProblems(setup())).toEqual([]);
  });

  it('names every problem of a bad set-up', () => {
    const problems = programmeSetupProblems(
      setup({
        id: 'PENA NTB',
        nameId: ' ',
        regionCodes: ['52', '52', 'NTB'],
        periodStart: '2030-01-01',
        smallCellThreshold: 0,
      }),
    );
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^id must be a lowercase slug/),
        'nameId must be 2-200 characters',
        'regionCodes: NTB is not a BPS region code (e.g. 52 or 52.71)',
        'regionCodes names a region twice',
        'periodEnd must not be before periodStart',
        'smallCellThreshold must be a whole number from 1 to 1000',
      ]),
    );
  });

  it('refuses a programme that covers no region', () => {
    expect(programmeSetupProblems(setup({ regionCodes: [] }))).toContain('regionCodes must name at least one region');
  });

  it('covers a region when one of its codes is a BPS prefix of it', () => {
    expect(regionCovered(['52'], '52.71')).toBe(true);
    expect(regionCovered(['52'], '52')).toBe(true);
    expect(regionCovered(['52.71'], '52.71.01.1001')).toBe(true);
    expect(regionCovered(['52.71'], '52.02')).toBe(false);
    expect(regionCovered(['5'], '52.71')).toBe(false);
    expect(regionCovered(['52'], '31.74')).toBe(false);
  });
});

describe('logframe validation', () => {
  it('accepts every bundled logframe', () => {
    expect(validateLogframe(logframeFor('default'))).toEqual([]);
    expect(validateLogframe(logframeFor('training-sandbox'))).toEqual([]);
  });

  it('names missing fields and wrong types by their path', () => {
    const bad = clone(logframeFor('default')) as unknown as Record<string, unknown>;
    delete bad.ageBands;
    (bad.rows as Record<string, unknown>[])[1].target = 'seventy percent';
    expect(validateLogframe(bad)).toEqual(['ageBands is missing', 'rows[1].target must be a number']);
  });

  it('refuses rows realised by no built-in indicator, repeated rows and gaps in the age bands', () => {
    const bad = clone(logframeFor('default'));
    bad.rows[1].indicatorKey = 'happiness_index';
    bad.rows[2].id = bad.rows[0].id;
    bad.ageBands[1].min = 19;
    expect(validateLogframe(bad)).toEqual(
      expect.arrayContaining([
        `row ${bad.rows[1].id} names unknown indicator happiness_index`,
        `row ${bad.rows[0].id} is defined twice`,
        expect.stringMatching(/age band .* must start at 18/),
      ]),
    );
  });

  it('is a problem of the set-up, prefixed with logframe', () => {
    const logframe = clone(logframeFor('default'));
    logframe.smallCellThreshold = 0;
    expect(programmeSetupProblems(setup({ logframe }))).toEqual([
      'logframe: smallCellThreshold must be at least 1, got 0',
    ]);
  });
});
