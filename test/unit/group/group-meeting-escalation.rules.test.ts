import {
  GROUP_MEETING_OVERDUE,
  escalationNotices,
  meetingEscalation,
  type WatchedGroup,
} from '../../../domain/group/group-meeting-escalation.rules';
import { notificationText } from '../../../domain/i18n/notification-text';

const rules = { groups: { meetingOverdueDays: 14 } };
const group: WatchedGroup = {
  id: 'g-1',
  programmeId: 'p-1',
  regionCode: '52.71',
  facilitatorId: 'pendamping-1',
  status: 'ACTIVE',
  formedOn: '2027-01-04',
  latestHeldSession: '2027-02-01',
  latestReportEnd: '2027-01-31',
};

describe('escalating a group that stopped meeting', () => {
  it('escalates only what meetingOverdue calls overdue: more than meetingOverdueDays since it last met', () => {
    expect(meetingEscalation(group, rules, '2027-02-15')).toBeNull();
    expect(meetingEscalation(group, rules, '2027-02-16')).toMatchObject({
      groupId: 'g-1',
      lastMeetingOn: '2027-02-01',
      silentSince: '2027-02-01',
      meetingOverdueDays: 14,
      judgedOn: '2027-02-16',
    });
  });

  it('counts a later report period as the last meeting', () => {
    const reported = { ...group, latestReportEnd: '2027-02-10' };
    expect(meetingEscalation(reported, rules, '2027-02-24')).toBeNull();
    expect(meetingEscalation(reported, rules, '2027-02-25')).toMatchObject({ silentSince: '2027-02-10' });
  });

  it('counts a group that never met from the day it was formed', () => {
    const never = { ...group, latestHeldSession: null, latestReportEnd: null };
    expect(meetingEscalation(never, rules, '2027-01-19')).toMatchObject({
      lastMeetingOn: null,
      silentSince: '2027-01-04',
      key: 'group:g-1:meeting:2027-01-04',
    });
  });

  it('never escalates a dissolved group, nor one whose rules do not watch groups', () => {
    expect(meetingEscalation({ ...group, status: 'DISSOLVED' }, rules, '2030-01-01')).toBeNull();
    expect(meetingEscalation(group, {}, '2030-01-01')).toBeNull();
  });

  it('escalates one silence once: the key stays while the silence lasts and changes once the group meets', () => {
    const first = meetingEscalation(group, rules, '2027-02-16')!;
    expect(meetingEscalation(group, rules, '2027-06-01')!.key).toBe(first.key);
    const metAgain = { ...group, latestHeldSession: '2027-03-01' };
    expect(meetingEscalation(metAgain, rules, '2027-06-01')!.key).not.toBe(first.key);
  });

  it("tells the facilitator and their coordinator, keeping the coordinator's rung when there is none", () => {
    const e = meetingEscalation(group, rules, '2027-02-16')!;
    expect(escalationNotices(e, 'koordinator-1')).toEqual([
      {
        key: 'group:g-1:meeting:2027-02-01:facilitator',
        kind: 'ESCALATE_TO_FACILITATOR',
        recipientRole: 'facilitator',
        recipientId: 'pendamping-1',
      },
      {
        key: 'group:g-1:meeting:2027-02-01:coordinator',
        kind: 'ESCALATE_TO_COORDINATOR',
        recipientRole: 'coordinator',
        recipientId: 'koordinator-1',
      },
    ]);
    expect(escalationNotices(e, null)[1]).toMatchObject({ recipientRole: 'coordinator', recipientId: null });
  });

  it("reads in the reader's language: the facilitator is asked to meet, the coordinator to follow up", () => {
    const stored = {
      kind: 'ESCALATE_TO_FACILITATOR',
      reason: GROUP_MEETING_OVERDUE,
      data: { silentSince: '2027-02-01' },
    };
    expect(notificationText('en', stored)).toBe(
      'A group you facilitate has not met since 1 February 2027: please hold its next meeting.',
    );
    expect(notificationText('id', stored)).toBe(
      'Kelompok dampingan Anda belum bertemu sejak 1 Februari 2027: mohon adakan pertemuan berikutnya.',
    );
    expect(notificationText('en', { ...stored, kind: 'ESCALATE_TO_COORDINATOR' })).toBe(
      'A group has not met since 1 February 2027: please follow up with its facilitator.',
    );
  });
});
