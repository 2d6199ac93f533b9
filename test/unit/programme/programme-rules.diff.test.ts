import { getProgrammeRules } from '../../../domain/programme/programme-rules.registry';
import { diffProgrammeRules } from '../../../domain/programme/programme-rules.diff';
import type { ProgrammeRules } from '../../../domain/programme/programme-rules.types';

const clone = (r: ProgrammeRules): ProgrammeRules => JSON.parse(JSON.stringify(r)) as ProgrammeRules;
const base = () => clone(getProgrammeRules('default', 2));

describe('the readable diff between two rules versions', () => {
  it('shows exactly a changed graduation threshold, by its dotted path', () => {
    const next = base();
    next.version = 3;
    next.graduation.minIncomeToMinimumWageRatio = 1.2;
    expect(diffProgrammeRules(base(), next)).toEqual([
      { path: 'graduation.minIncomeToMinimumWageRatio', before: 1, after: 1.2 },
    ]);
  });

  it('is empty between a version and a copy under another id and version', () => {
    const copy = base();
    copy.programmeRulesId = 'pena-ntb';
    copy.version = 1;
    expect(diffProgrammeRules(base(), copy)).toEqual([]);
  });

  it('names list items by their id, wherever they sit in the list', () => {
    const next = base();
    next.moduleTemplates.reverse();
    next.moduleTemplates.find((t) => t.id === 'SOCIAL_MENTORING')!.sessions.max = 12;
    next.needsMapping.find((m) => m.need === 'MARKET')!.source = '001:2493';
    expect(diffProgrammeRules(base(), next)).toEqual([
      { path: 'needsMapping[MARKET].source', before: '001:2492', after: '001:2493' },
      { path: 'moduleTemplates[SOCIAL_MENTORING].sessions.max', before: 10, after: 12 },
    ]);
  });

  it('shows added and removed items and fields with null on the side where they do not exist', () => {
    const next = base();
    const removed = next.moduleTemplates.pop()!;
    next.selection.vulnerableGroupQuotas.push({ group: 'ELDERLY', minPercent: 5 });
    delete next.followUpWindow;
    expect(diffProgrammeRules(base(), next)).toEqual([
      { path: 'selection.vulnerableGroupQuotas[ELDERLY]', before: null, after: { group: 'ELDERLY', minPercent: 5 } },
      { path: 'followUpWindow', before: { opensDaysBeforeDue: 15 }, after: null },
      { path: `moduleTemplates[${removed.id}]`, before: removed, after: null },
    ]);
  });

  it('shows a list without ids as a whole', () => {
    const next = base();
    next.followUpScheduleMonths = [3, 6, 12, 24];
    expect(diffProgrammeRules(base(), next)).toEqual([
      { path: 'followUpScheduleMonths', before: [3, 6, 12], after: [3, 6, 12, 24] },
    ]);
  });

  it('between bundled default v1 and v2 shows the follow-up window v2 added', () => {
    const paths = diffProgrammeRules(getProgrammeRules('default', 1), getProgrammeRules('default', 2)).map(
      (c) => c.path,
    );
    expect(paths).toContain('followUpWindow');
  });
});
