import { Arg, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { ComplaintOutcome, ComplaintStatus } from '../../domain/complaint/complaint.machine';
import type { GraphQLContext } from '../context';
import { ComplaintOutcomeCode, ComplaintStatusCode } from '../grievance/grievance-enums';
import { IdempotencyKeyArg } from '../journey/command-args';
import { FileComplaintInput, TriageComplaintInput } from './complaint.input';
import { ComplaintObject, ComplaintReceipt, ComplaintStatusView } from './complaint.object';
import { complaintStatus, fileComplaint } from './complaint-filing.service';
import { listComplaints, toComplaintObject } from './complaint-read.service';
import { answerStep, loadComplaint, runComplaintStep } from './complaint-steps.service';

const ComplaintIdArg = () =>
  Arg('complaintId', () => ID, {
    description: 'The complaint: its id (ComplaintObject.id), or its UUID (complaintId).',
  });

/** Complaints (pengaduan): the public channel (file, look up by receipt) and staff handling. */
@Resolver()
export class ComplaintResolver {
  @Mutation(() => ComplaintReceipt, {
    description:
      'Anyone, with or without an account, files a complaint about a journey, a facilitator, a group or the ' +
      'programme, optionally anonymously. Answers with a receipt code, the only way to read its status later; ' +
      'nothing filed is echoed back. Rate-limited per caller.',
  })
  fileComplaint(
    @Arg('input', () => FileComplaintInput, { description: 'The complaint.' }) input: FileComplaintInput,
    @Ctx() ctx: GraphQLContext,
  ) {
    return fileComplaint(ctx, input);
  }

  @Query(() => ComplaintStatusView, {
    description:
      'Status and answer of the complaint with this receipt code (no account needed). Any other code is NOT_FOUND.',
  })
  complaintStatus(
    @Arg('receiptCode', { description: 'The code given when filing (case, dashes and spaces do not matter).' })
    receiptCode: string,
    @Ctx() ctx: GraphQLContext,
  ) {
    return complaintStatus(ctx, receiptCode);
  }

  @Query(() => [ComplaintObject], {
    description: "The newest complaints (up to 200) in the caller's programmes and regions.",
  })
  complaints(
    @Arg('programmeId', () => ID, { nullable: true, description: 'Only this programme.' })
    programmeId: string | undefined,
    @Arg('status', () => ComplaintStatusCode, { nullable: true, description: 'Only complaints with this status.' })
    status: ComplaintStatus | undefined,
    @Ctx() ctx: GraphQLContext,
  ) {
    return listComplaints(ctx, { programmeId, status });
  }

  @Query(() => ComplaintObject, { description: "One complaint in the caller's scope." })
  async complaint(
    @Arg('id', () => ID, { description: 'The complaint: its id (ComplaintObject.id), or its UUID (complaintId).' })
    id: string,
    @Ctx() ctx: GraphQLContext,
  ) {
    return toComplaintObject(ctx, await loadComplaint(ctx, id));
  }

  @Mutation(() => ComplaintObject, {
    description: 'The manager triages a complaint: category, priority and who answers it. Audited.',
  })
  triageComplaint(
    @ComplaintIdArg() complaintId: string,
    @IdempotencyKeyArg() idempotencyKey: string | undefined,
    @Arg('input', () => TriageComplaintInput, { description: 'Category, priority, assignee.' })
    input: TriageComplaintInput,
    @Ctx() ctx: GraphQLContext,
  ) {
    return runComplaintStep(ctx, complaintId, idempotencyKey, () =>
      Promise.resolve({
        step: {
          type: 'triage',
          category: input.category,
          priority: input.priority,
          assigneeId: input.assigneeId ?? null,
        },
      }),
    );
  }

  @Mutation(() => ComplaintObject, {
    description:
      'The manager or the assigned staff member answers a triaged complaint; the filer reads the answer with ' +
      'the receipt code. Audited.',
  })
  answerComplaint(
    @ComplaintIdArg() complaintId: string,
    @IdempotencyKeyArg() idempotencyKey: string | undefined,
    @Arg('answer', { description: 'The answer to the filer (3-4000 characters).' }) answer: string,
    @Ctx() ctx: GraphQLContext,
  ) {
    return runComplaintStep(ctx, complaintId, idempotencyKey, (key) => answerStep(ctx, complaintId, answer, key));
  }

  @Mutation(() => ComplaintObject, {
    description: 'The manager closes an answered complaint with its outcome (or any open one as WITHDRAWN). Audited.',
  })
  closeComplaint(
    @ComplaintIdArg() complaintId: string,
    @IdempotencyKeyArg() idempotencyKey: string | undefined,
    @Arg('outcome', () => ComplaintOutcomeCode, { description: 'How it ended.' }) outcome: ComplaintOutcome,
    @Ctx() ctx: GraphQLContext,
  ) {
    return runComplaintStep(ctx, complaintId, idempotencyKey, () =>
      Promise.resolve({ step: { type: 'close', outcome } }),
    );
  }
}
