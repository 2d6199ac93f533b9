import { GROUP_MEETING_OVERDUE } from '../group/group-meeting-escalation.rules';
import { formatDate, formatPercent } from './format';
import type { Locale } from './locale';
import { label, t } from './translate';

/** A notification row as stored (db/entities/notification.entity.ts): codes and ids, never text. */
export interface StoredNotification {
  kind: string;
  reason: string;
  data: Record<string, unknown>;
}

const num = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);
/** An id or code from the stored data (a string, or a number as written); '?' when absent or of another kind. */
const code = (v: unknown): string => (typeof v === 'string' ? v : typeof v === 'number' ? String(v) : '?');

/**
 * The text of a notification in the reader's language, rendered when it is read: the row keeps
 * the reason code (`LOW_ATTENDANCE`, `<DEADLINE_KIND> overdue`) and its data, so one row reads in
 * Indonesian for one person and in English for another.
 */
export function notificationText(locale: Locale, n: StoredNotification): string {
  const overdue = /^([A-Z_]+) overdue$/.exec(n.reason);
  if (overdue) {
    const dueAt = typeof n.data.dueAt === 'string' ? formatDate(locale, n.data.dueAt) : '?';
    // The facilitator is asked to do the step; the coordinator and the manager to follow it up with them.
    const key = n.kind === 'ESCALATE_TO_FACILITATOR' ? 'notification.overdueFacilitator' : 'notification.overdue';
    return t(locale, key, { deadline: label(locale, 'deadline', overdue[1]), dueAt });
  }
  if (n.reason === 'LOW_ATTENDANCE') {
    const rate = num(n.data.attendanceRate);
    const threshold = num(n.data.thresholdPercent);
    return t(locale, 'notification.lowAttendance', {
      module: code(n.data.moduleId),
      rate: rate === null ? '?' : formatPercent(locale, rate / 100),
      threshold: threshold === null ? '?' : formatPercent(locale, threshold / 100),
    });
  }
  if (n.reason === 'COMPLAINT_OVERDUE') {
    return t(locale, 'notification.complaintOverdue', {
      dueAt: typeof n.data.responseDueAt === 'string' ? formatDate(locale, n.data.responseDueAt) : '?',
    });
  }
  if (n.reason === GROUP_MEETING_OVERDUE) {
    const key =
      n.kind === 'ESCALATE_TO_FACILITATOR'
        ? 'notification.groupMeetingOverdueFacilitator'
        : 'notification.groupMeetingOverdue';
    const since = typeof n.data.silentSince === 'string' ? formatDate(locale, n.data.silentSince) : '?';
    return t(locale, key, { since });
  }
  if (n.reason === 'MAJOR_CONFLICT')
    return t(locale, 'notification.majorConflict', { region: code(n.data.regionCode) });
  return t(locale, 'notification.other', { reason: n.reason });
}
