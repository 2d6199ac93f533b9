import type { ReportLocale } from './report.types';

/** The words of the reports' field sections (report-field-sections.ts): caseload, weekly narrative, activity log. */
export interface FieldText {
  caseloadHeading: string;
  caseloadLead: string;
  measure: string;
  value: string;
  journeys: string;
  overdueSteps: string;
  overdueOf: string;
  sessionsHeld: string;
  attendanceRate: string;
  attendanceRecords: string;
  visitsMade: string;
  intensiveVisits: string;
  mentoringVisits: string;
  homeVisits: string;
  narrativeHeading: string;
  noNarrative: string;
  week: string;
  fieldConstraints: string;
  participantFeedback: string;
  nextWeekPlan: string;
  lessonsLearned: string;
  activityLogHeading: string;
  activityLogLead: string;
  date: string;
  activity: string;
  location: string;
  detail: string;
  count: string;
  activityKind: Record<'GROUP_SESSION' | 'INTENSIVE_VISIT' | 'MENTORING_VISIT', string>;
  constraintsHeading: string;
  lessonsHeading: string;
  facilitator: string;
}

export const FIELD_TEXT: Record<ReportLocale, FieldText> = {
  id: {
    caseloadHeading: 'Dampingan pendamping',
    caseloadLead:
      'Angka dampingan pendamping ini: langkah terlambat saat ini, sesi, kehadiran dan kunjungan periode ini.',
    measure: 'Ukuran',
    value: 'Nilai',
    journeys: 'Penerima manfaat didampingi',
    overdueSteps: 'Langkah terlambat',
    overdueOf: 'Langkah terlambat: {kind}',
    sessionsHeld: 'Sesi terlaksana',
    attendanceRate: 'Tingkat kehadiran',
    attendanceRecords: 'Catatan kehadiran (hadir / sebagian / tidak hadir)',
    visitsMade: 'Kunjungan dilakukan',
    intensiveVisits: 'Kunjungan pendampingan intensif',
    mentoringVisits: 'Kunjungan mentoring pascakelulusan',
    homeVisits: 'Kunjungan rumah',
    narrativeHeading: 'Catatan mingguan pendamping',
    noNarrative: 'Belum ada catatan mingguan untuk periode ini.',
    week: 'Minggu',
    fieldConstraints: 'Kendala di lapangan',
    participantFeedback: 'Umpan balik peserta',
    nextWeekPlan: 'Rencana minggu depan',
    lessonsLearned: 'Pembelajaran',
    activityLogHeading: 'Kegiatan yang dilaksanakan',
    activityLogLead: 'Sesi kelompok dan kunjungan periode ini, dengan tanggal dan lokasi pelaksanaan.',
    date: 'Tanggal',
    activity: 'Kegiatan',
    location: 'Lokasi',
    detail: 'Keterangan',
    count: 'Jumlah',
    activityKind: {
      GROUP_SESSION: 'Sesi kelompok',
      INTENSIVE_VISIT: 'Kunjungan pendampingan intensif',
      MENTORING_VISIT: 'Kunjungan mentoring',
    },
    constraintsHeading: 'Kendala dan tantangan (catatan mingguan pendamping)',
    lessonsHeading: 'Pembelajaran (catatan mingguan pendamping)',
    facilitator: 'Pendamping',
  },
  en: {
    caseloadHeading: "Facilitator's caseload",
    caseloadLead: "This facilitator's caseload: overdue steps now, sessions, attendance and visits in the period.",
    measure: 'Measure',
    value: 'Value',
    journeys: 'Beneficiaries followed',
    overdueSteps: 'Overdue steps',
    overdueOf: 'Overdue steps: {kind}',
    sessionsHeld: 'Sessions held',
    attendanceRate: 'Attendance rate',
    attendanceRecords: 'Attendance records (present / partial / absent)',
    visitsMade: 'Visits made',
    intensiveVisits: 'Intensive-support visits',
    mentoringVisits: 'Post-graduation mentoring visits',
    homeVisits: 'Home visits',
    narrativeHeading: "Facilitator's weekly notes",
    noNarrative: 'No weekly notes recorded for this period yet.',
    week: 'Week',
    fieldConstraints: 'Field constraints',
    participantFeedback: 'Participant feedback',
    nextWeekPlan: "Next week's plan",
    lessonsLearned: 'Lessons learned',
    activityLogHeading: 'Activities carried out',
    activityLogLead: 'Group sessions and visits of the period, with their dates and locations.',
    date: 'Date',
    activity: 'Activity',
    location: 'Location',
    detail: 'Detail',
    count: 'Count',
    activityKind: {
      GROUP_SESSION: 'Group session',
      INTENSIVE_VISIT: 'Intensive-support visit',
      MENTORING_VISIT: 'Mentoring visit',
    },
    constraintsHeading: "Constraints and challenges (facilitators' weekly notes)",
    lessonsHeading: "Lessons learned (facilitators' weekly notes)",
    facilitator: 'Facilitator',
  },
};
