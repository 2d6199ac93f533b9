import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';
import { toBeneficiaryObject } from '../beneficiary/beneficiary.resolver';
import { toComplaintObject } from '../complaint/complaint-read.service';
import { loadComplaint } from '../complaint/complaint-steps.service';
import { toConflictObject } from '../conflict/conflict.mapper';
import { loadConflict } from '../conflict/conflict.service';
import type { GraphQLContext } from '../context';
import { requireActor } from '../http/actor';
import { loadJourneyView } from '../journey/journey-read.service';
import { toJourneyObject } from '../journey/journey-view.mapper';
import { reportJob } from '../report/report-job.service';
import { loadReport, toReportObject } from '../safeguarding/safeguarding-report.service';
import { findGroup } from '../group/group-read.service';
import { parseNodeId } from './global-id';
import type { NodeType } from './node-types';
import { NodeInterface } from './node.interface';

/**
 * How node(id:) reads each type: as the type's own query does (a journey, beneficiary, report job
 * or group that does not exist is null; a complaint, conflict or safeguarding report NOT_FOUND, and out of
 * scope FORBIDDEN, from the same record check). Roles and the journey, beneficiary, report-job and
 * group scope checks ran before, in the access middleware (scope rule NODE).
 */
const READ_NODE: Record<NodeType, (ctx: GraphQLContext, uuid: string) => Promise<NodeInterface | null>> = {
  Journey: async (ctx, uuid) => {
    const view = await loadJourneyView(ctx, uuid, false);
    return view ? toJourneyObject(ctx.em, view) : null;
  },
  Beneficiary: async (ctx, uuid) => {
    const row = await ctx.loaders.beneficiary.load(uuid);
    return row ? toBeneficiaryObject(row, ctx.cipher) : null;
  },
  Complaint: async (ctx, uuid) => toComplaintObject(ctx, await loadComplaint(ctx, uuid)),
  Conflict: async (ctx, uuid) => toConflictObject(await loadConflict(ctx, uuid), ctx.cipher),
  SafeguardingReport: async (ctx, uuid) => toReportObject(ctx, await loadReport(ctx, uuid)),
  ReportJob: (ctx, uuid) => reportJob(ctx, uuid),
  Group: (ctx, uuid) => findGroup(ctx, uuid),
};

/** Relay's refetch entry point: any object with a global id, by that id. */
@Resolver()
export class NodeResolver {
  @Query(() => NodeInterface, {
    nullable: true,
    description:
      'Any object with a global id (Node.id): a Journey, Beneficiary, Complaint, Conflict, ' +
      "SafeguardingReport, ReportJob or Group, with exactly the access of the type's own query (journey, " +
      'beneficiary, complaint, conflicts, safeguardingReport, reportJob, group): null, NOT_FOUND or FORBIDDEN as it ' +
      'answers. A bare UUID or another text is VALIDATION_FAILED.',
  })
  node(
    @Arg('id', () => ID, { description: 'The global id (the id field of a Node).' }) id: string,
    @Ctx() ctx: GraphQLContext,
  ): Promise<NodeInterface | null> {
    requireActor(ctx.actor); // every node type needs an identity
    const { type, uuid } = parseNodeId(id);
    return READ_NODE[type](ctx, uuid);
  }
}
