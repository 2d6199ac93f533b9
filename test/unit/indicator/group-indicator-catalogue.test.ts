import { CAPITAL_SOURCES, GROUP_KINDS } from '../../../domain/group/group.rules';
import { GROUP_INDICATORS } from '../../../domain/indicator/group-indicator-catalogue';
import { ALWAYS_PRESENT_KEYS, definitionOf } from '../../../domain/indicator/indicator-catalogue';
import { indicatorLabel } from '../../../domain/report/indicator-text';

describe('the group indicators of the catalogue', () => {
  it('says which figures count groups and which count people', () => {
    const subjects = Object.fromEntries(GROUP_INDICATORS.map((d) => [d.family, d.subject]));
    expect(subjects).toEqual({
      group_members: 'PEOPLE',
      group_leader_rate: 'PEOPLE',
      group_women_leader_share: 'PEOPLE',
      group_attendance_rate: 'PEOPLE',
      group_meeting_rate: 'GROUPS',
      group_capital_access: 'GROUPS',
      group_capital_received: 'GROUPS',
      group_business_running: 'GROUPS',
    });
    expect(definitionOf('group_capital_received:KUR')).toMatchObject({ unit: 'RUPIAH', subject: 'GROUPS' });
    expect(definitionOf('group_members:COOPERATIVE')).toMatchObject({ unit: 'COUNT', denominator: 'POPULATION' });
    expect(definitionOf('enrolled').subject).toBe('PEOPLE');
  });

  it('keeps a row for every group kind and capital source in the tables, even at zero', () => {
    for (const kind of GROUP_KINDS) expect(ALWAYS_PRESENT_KEYS).toContain(`group_members:${kind}`);
    for (const source of CAPITAL_SOURCES) {
      expect(ALWAYS_PRESENT_KEYS).toContain(`group_capital_access:${source}`);
      expect(ALWAYS_PRESENT_KEYS).toContain(`group_capital_received:${source}`);
    }
    for (const { family } of GROUP_INDICATORS) expect(ALWAYS_PRESENT_KEYS).toContain(family);
  });

  it('names the kinds, sources and groups of the keys in both report languages', () => {
    expect(indicatorLabel('en', 'group_members:BUSINESS_GROUP')).toBe('Active group members: Business group');
    expect(indicatorLabel('id', 'group_members:BUSINESS_GROUP')).toBe('Anggota kelompok aktif: Kelompok usaha bersama');
    expect(indicatorLabel('id', 'group_capital_access:COOPERATIVE_LOAN')).toBe(
      'Kelompok usaha dengan akses modal: Pinjaman koperasi',
    );
    expect(indicatorLabel('en', 'group_attendance_rate:group:g-1')).toBe('Group session attendance rate: group g-1');
  });
});
