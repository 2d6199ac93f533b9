import { daysBetween, lastMeetingOn, meetingOverdue } from '../../../domain/group/group-meeting.rules';

describe('when a group last met', () => {
  it('is the later of its latest held session and the end of its latest report period', () => {
    expect(lastMeetingOn(null, null)).toBeNull();
    expect(lastMeetingOn('2027-03-02', null)).toBe('2027-03-02');
    expect(lastMeetingOn(null, '2027-02-28')).toBe('2027-02-28');
    expect(lastMeetingOn('2027-02-10', '2027-02-28')).toBe('2027-02-28');
    expect(lastMeetingOn('2027-03-05', '2027-02-28')).toBe('2027-03-05');
  });

  it('counts whole days between dates', () => {
    expect(daysBetween('2027-02-28', '2027-03-01')).toBe(1);
    expect(daysBetween('2027-03-01', '2027-02-28')).toBe(-1);
  });
});

describe('a group that stopped meeting', () => {
  const rules = { groups: { meetingOverdueDays: 30 } };
  const group = { status: 'ACTIVE' as const, formedOn: '2027-01-01', lastMeetingOn: '2027-02-01' };

  it('is overdue once more than meetingOverdueDays passed since it last met', () => {
    expect(meetingOverdue(group, rules, '2027-03-03')).toBe(false);
    expect(meetingOverdue(group, rules, '2027-03-04')).toBe(true);
  });

  it('never having met, counts from the day it was formed', () => {
    expect(meetingOverdue({ ...group, lastMeetingOn: null }, rules, '2027-01-31')).toBe(false);
    expect(meetingOverdue({ ...group, lastMeetingOn: null }, rules, '2027-02-01')).toBe(true);
  });

  it('is never overdue without the rule, nor once dissolved', () => {
    expect(meetingOverdue(group, {}, '2030-01-01')).toBe(false);
    expect(meetingOverdue({ ...group, status: 'DISSOLVED' }, rules, '2030-01-01')).toBe(false);
  });
});
