/**
 * What kind of fact an audit log row records: a journey step, a refused attempt, a read of protected
 * data, an erasure on request, a step of a complaint, conflict or safeguarding report (GRIEVANCE), a change to
 * how a programme runs (PROGRAMME_SETUP: cohorts, selection records), to the programme's staff assignments
 * (STAFF), to a programme's configuration (CONFIGURATION: set-up, published rules, organisations), or to a group
 * (GROUP: formed, status, members, sessions, capital, reports), or a person's inclusion data (INCLUSION: functioning
 * recorded, accommodation needs; codes only, never the answers), or a manager's approval of a field record that
 * arrived late or out of order (FIELD_SYNC: who, the record's key, why), or a facilitator's weekly narrative
 * (REPORTING: which week and programme, never its texts), or a repair of the journey read model after a restore
 * (RECONCILIATION: ops/reconcile, who ran it, what it found, seqs before and after).
 */
export const AUDIT_SOURCES = [
  'JOURNEY_EVENT',
  'DENIED',
  'READ',
  'ERASURE',
  'GRIEVANCE',
  'PROGRAMME_SETUP',
  'STAFF',
  'CONFIGURATION',
  'GROUP',
  'INCLUSION',
  'FIELD_SYNC',
  'REPORTING',
  'RECONCILIATION',
] as const;
export type AuditSource = (typeof AUDIT_SOURCES)[number];
