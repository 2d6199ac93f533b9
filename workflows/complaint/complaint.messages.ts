import { defineQuery, defineUpdate } from '@temporalio/workflow';
import type { ComplaintEnvelope, ComplaintState, ComplaintStepType } from '../../domain/complaint/complaint.machine';

/**
 * Starts a complaint's workflow: ids and the rules version only (the text stays in PostgreSQL), and the
 * response time of that version (grievance.complaintResponseDays), read by the API from bundled or
 * published rules; absent in complaints filed before it was carried: read from the bundled version.
 */
export interface ComplaintWorkflowInput {
  complaintId: string;
  receivedAt: string;
  rulesId: string;
  rulesVersion: number;
  complaintResponseDays?: number;
}

export const complaintWorkflowId = (complaintId: string): string => `complaint-${complaintId}`;

/** One update per staff step (triage, answer, close), each with a validator running the pure machine. */
export const complaintUpdates = {
  triage: defineUpdate<ComplaintState, [ComplaintEnvelope]>('triage'),
  answer: defineUpdate<ComplaintState, [ComplaintEnvelope]>('answer'),
  close: defineUpdate<ComplaintState, [ComplaintEnvelope]>('close'),
} satisfies Record<ComplaintStepType, unknown>;

export const complaintStateQuery = defineQuery<ComplaintState>('complaintState');
/** The update id of a step: its type and the client's idempotency key (as for journey commands). */
export const complaintUpdateId = (type: ComplaintStepType, key: string): string => `${type}:${key}`;
