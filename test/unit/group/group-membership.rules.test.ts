import {
  admitMembers,
  eligibilityRefusal,
  leaveRefusal,
  roleChangeRefusal,
  type AdmissionState,
  type GroupFacts,
  type JourneyFacts,
} from '../../../domain/group/group-membership.rules';
import type { GroupKind, GroupRole } from '../../../domain/group/group.rules';

const group = (kind: GroupKind = 'BUSINESS_GROUP'): GroupFacts => ({
  id: 'g1',
  kind,
  status: 'ACTIVE',
  programmeId: 'default',
  regionCode: '52.71',
  formedOn: '2027-01-10',
  moduleTemplateId: kind === 'LEARNING_GROUP' ? 'SOCIAL_MENTORING' : null,
});

const journey = (id: string, over: Partial<JourneyFacts> = {}): JourneyFacts => ({
  id,
  programmeId: 'default',
  regionCode: '52.71.01',
  stage: 'IN_INTERVENTION',
  status: 'ACTIVE',
  ...over,
});

const state = (journeys: JourneyFacts[], over: Partial<AdmissionState> = {}): AdmissionState => ({
  open: new Map<string, GroupRole>(),
  lastLeftOn: new Map(),
  inOtherLearningGroup: new Set(),
  journeys: new Map(journeys.map((j) => [j.id, j])),
  ...over,
});

const codeOf = (kind: GroupKind, j: JourneyFacts) => eligibilityRefusal(group(kind), j)?.code ?? null;

describe('who may join a group', () => {
  it("takes only journeys of the group's programme living within its region prefix", () => {
    expect(codeOf('BUSINESS_GROUP', journey('a'))).toBeNull();
    expect(codeOf('BUSINESS_GROUP', journey('a', { programmeId: 'other' }))).toBe('GROUP_MEMBER_NOT_ELIGIBLE');
    expect(codeOf('BUSINESS_GROUP', journey('a', { regionCode: '52.72.01' }))).toBe('GROUP_MEMBER_NOT_ELIGIBLE');
  });

  it('an alumni group takes graduates only, paused or not', () => {
    expect(codeOf('ALUMNI_GROUP', journey('a'))).toBe('GROUP_MEMBER_NOT_ELIGIBLE');
    expect(codeOf('ALUMNI_GROUP', journey('a', { stage: 'GRADUATED', status: 'PAUSED' }))).toBeNull();
    expect(codeOf('ALUMNI_GROUP', journey('a', { stage: 'COMPLETED', status: 'CLOSED' }))).toBeNull();
  });

  it('business groups and cooperatives take running journeys and graduates, not paused or ended ones', () => {
    for (const kind of ['BUSINESS_GROUP', 'COOPERATIVE'] as const) {
      expect(codeOf(kind, journey('a', { stage: 'ENROLLED' }))).toBeNull();
      expect(codeOf(kind, journey('a', { stage: 'GRADUATED' }))).toBeNull();
      expect(codeOf(kind, journey('a', { stage: 'COMPLETED', status: 'CLOSED' }))).toBeNull();
      expect(codeOf(kind, journey('a', { status: 'PAUSED' }))).toBe('JOURNEY_PAUSED');
      expect(codeOf(kind, journey('a', { stage: 'EXITED', status: 'CLOSED' }))).toBe('JOURNEY_CLOSED');
    }
  });

  it('a learning group takes running journeys that still take modules', () => {
    expect(codeOf('LEARNING_GROUP', journey('a'))).toBeNull();
    expect(codeOf('LEARNING_GROUP', journey('a', { stage: 'GRADUATED' }))).toBe('GROUP_MEMBER_NOT_ELIGIBLE');
    expect(codeOf('LEARNING_GROUP', journey('a', { status: 'PAUSED' }))).toBe('JOURNEY_PAUSED');
  });
});

describe('admitting a batch of members', () => {
  it('decides each member on its own, in order: one chair, no one twice, unknown journeys refused', () => {
    const s = state([journey('a'), journey('b'), journey('c')]);
    const decided = admitMembers(
      group(),
      [
        { journeyId: 'a', role: 'CHAIR', joinedOn: '2027-01-10' },
        { journeyId: 'b', role: 'CHAIR', joinedOn: '2027-01-10' },
        { journeyId: 'a', role: 'MEMBER', joinedOn: '2027-01-10' },
        { journeyId: 'x', role: 'MEMBER', joinedOn: '2027-01-10' },
        { journeyId: 'c', role: 'TREASURER', joinedOn: '2027-01-11' },
      ],
      s,
    );
    expect(decided.map((d) => d.refusal?.code ?? 'OK')).toEqual([
      'OK',
      'GROUP_ROLE_TAKEN',
      'VALIDATION_FAILED',
      'NOT_FOUND',
      'OK',
    ]);
    expect([...s.open]).toEqual([
      ['a', 'CHAIR'],
      ['c', 'TREASURER'],
    ]);
  });

  it('refuses a current member, a join before the group was formed, a rejoin overlapping the last membership', () => {
    const s = state([journey('a'), journey('b'), journey('c')], {
      open: new Map([['a', 'MEMBER']]),
      lastLeftOn: new Map([['c', '2027-03-01']]),
    });
    const decided = admitMembers(
      group(),
      [
        { journeyId: 'a', role: 'MEMBER', joinedOn: '2027-02-01' },
        { journeyId: 'b', role: 'MEMBER', joinedOn: '2027-01-09' },
        { journeyId: 'c', role: 'MEMBER', joinedOn: '2027-02-28' },
      ],
      s,
    );
    expect(decided.map((d) => d.refusal?.code)).toEqual([
      'ALREADY_A_GROUP_MEMBER',
      'VALIDATION_FAILED',
      'VALIDATION_FAILED',
    ]);
    const rejoin = admitMembers(group(), [{ journeyId: 'c', role: 'MEMBER', joinedOn: '2027-03-01' }], s);
    expect(rejoin[0].refusal).toBeNull();
  });

  it('keeps a journey in one open learning group per module template', () => {
    const s = state([journey('a'), journey('b')], { inOtherLearningGroup: new Set(['a']) });
    const decided = admitMembers(
      group('LEARNING_GROUP'),
      [
        { journeyId: 'a', role: 'MEMBER', joinedOn: '2027-01-10' },
        { journeyId: 'b', role: 'MEMBER', joinedOn: '2027-01-10' },
      ],
      s,
    );
    expect(decided.map((d) => d.refusal?.code ?? 'OK')).toEqual(['IN_ANOTHER_LEARNING_GROUP', 'OK']);
    // the same journeys may be in any number of business groups
    const business = admitMembers(group(), [{ journeyId: 'a', role: 'MEMBER', joinedOn: '2027-01-10' }], s);
    expect(business[0].refusal).toBeNull();
  });
});

describe('leaving and changing roles', () => {
  const member = { journeyId: 'a', role: 'MEMBER' as const, joinedOn: '2027-02-01' };

  it('a current member leaves on or after the day they joined', () => {
    expect(leaveRefusal(member, 'a', '2027-02-01')).toBeNull();
    expect(leaveRefusal(member, 'a', '2027-01-31')?.code).toBe('VALIDATION_FAILED');
    expect(leaveRefusal(null, 'a', '2027-03-01')?.code).toBe('NOT_A_GROUP_MEMBER');
  });

  it('a decision role passes only when no other current member holds it', () => {
    const open = new Map<string, GroupRole>([
      ['a', 'CHAIR'],
      ['b', 'MEMBER'],
    ]);
    expect(roleChangeRefusal(open, 'b', 'CHAIR')?.code).toBe('GROUP_ROLE_TAKEN');
    expect(roleChangeRefusal(open, 'a', 'CHAIR')).toBeNull();
    expect(roleChangeRefusal(open, 'b', 'SECRETARY')).toBeNull();
    expect(roleChangeRefusal(open, 'b', 'MEMBER')).toBeNull();
    expect(roleChangeRefusal(open, 'z', 'MEMBER')?.code).toBe('NOT_A_GROUP_MEMBER');
  });
});
