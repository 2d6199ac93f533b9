import { enrolBeneficiary, type EnrolmentOutcome } from '../../db/beneficiary/enrolment.service';
import type { GraphQLContext } from '../context';
import { requireActor } from '../http/actor';
import { ACCESS_REFUSALS, recordDenial } from '../audit/audit-denial.service';
import type { EnrolmentFields } from '../../db/beneficiary/enrolment-fields.validator';

export type { EnrolmentOutcome };

/**
 * Enrolment as the caller of a request: the single enrolment (db/beneficiary/enrolment.service.ts) with the
 * request's caller, scope, EntityManager and Temporal client. A refusal of who the caller is or may do is
 * written to the audit log as DENIED.
 */
export async function enrollBeneficiary(
  ctx: GraphQLContext,
  input: EnrolmentFields,
  clientKey?: string,
): Promise<EnrolmentOutcome> {
  try {
    const actor = requireActor(ctx.actor);
    return await enrolBeneficiary(
      {
        em: ctx.em,
        cipher: ctx.cipher,
        temporal: ctx.temporal,
        taskQueue: ctx.config.taskQueue,
        requestId: ctx.requestId,
      },
      { actor, scope: ctx.principal?.scope ?? null },
      input,
      clientKey,
    );
  } catch (err) {
    await recordDenial(ctx, 'enroll', null, err, clientKey, ACCESS_REFUSALS); // a refused enrolment is an audit fact
    throw err;
  }
}
