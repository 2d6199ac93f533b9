import { Arg, ID, Resolver, Root, Subscription } from 'type-graphql';
import type { JourneyChangeNotice, ReportJobChangeNotice } from '../../domain/live/live-change.types';
import { EnrolmentImportObject } from '../beneficiary/enrolment-import.object';
import { toImportObject } from '../beneficiary/enrolment-import.service';
import type { LiveContext } from './live-context';
import { JourneyChangeObject, ReportJobChangeObject } from './live-change.object';
import {
  caseloadChanges,
  enrolmentImportChanges,
  journeyChanges,
  reportJobChanges,
  type ImportChange,
} from './live-subscription.service';

type Subscribe = { args: Record<string, unknown>; context: LiveContext };

/**
 * Live updates over WebSocket (graphql-ws on /graphql, docs/live-updates.md), fed by committed steps
 * through PostgreSQL LISTEN/NOTIFY. Ids and codes only: a client reads what changed with the queries.
 */
@Resolver()
export class LiveResolver {
  @Subscription(() => JourneyChangeObject, {
    description:
      "A journey's committed steps, as they commit. The caller must be able to read the journey (as " +
      'journey(id:)), when subscribing and for every event: if it leaves their scope the subscription ends ' +
      'with FORBIDDEN.',
    subscribe: ({ args, context }: Subscribe) => journeyChanges(context, String(args.journeyId)),
  })
  journeyChanged(
    @Root() notice: JourneyChangeNotice,
    @Arg('journeyId', () => ID, { description: 'The journey: its id (Journey.id) or its UUID (Journey.journeyId).' })
    _journeyId: string,
  ): JourneyChangeObject {
    return JourneyChangeObject.of(notice);
  }

  @Subscription(() => JourneyChangeObject, {
    description:
      "Committed steps of the journeys the caller follows: a facilitator's own caseload, a coordinator's " +
      "team, a manager's programmes and regions. Each event is checked when it is sent; a journey outside " +
      'them is never sent.',
    subscribe: ({ context }: Subscribe) => caseloadChanges(context),
  })
  caseloadChanged(@Root() notice: JourneyChangeNotice): JourneyChangeObject {
    return JourneyChangeObject.of(notice);
  }

  @Subscription(() => ReportJobChangeObject, {
    description:
      "A report job's status and progress: its current state first, then each change; completes once the " +
      'job is DONE or FAILED. For the readers of reportJob(id:).',
    subscribe: ({ args, context }: Subscribe) => reportJobChanges(context, String(args.id)),
  })
  reportJobChanged(
    @Root() notice: ReportJobChangeNotice,
    @Arg('id', () => ID, { description: 'The job: its id (ReportJob.id) or its UUID (ReportJob.reportJobId).' })
    _id: string,
  ): ReportJobChangeObject {
    return ReportJobChangeObject.of(notice);
  }

  @Subscription(() => EnrolmentImportObject, {
    description:
      'An enrolment import as enrolmentImport(importId:) answers it: its current state first, then again each time a ' +
      "page's results are recorded, and when it finishes (DONE or FAILED: then the subscription completes). For " +
      'the readers of enrolmentImport(importId:), checked for every event.',
    subscribe: ({ args, context }: Subscribe) => enrolmentImportChanges(context, String(args.id)),
  })
  enrolmentImportChanged(
    @Root() notice: ImportChange,
    @Arg('id', () => ID, { description: 'The import (EnrolmentImport.importId).' }) _id: string,
  ): EnrolmentImportObject {
    // The row as committed when the event is sent, read by the stream's scope check (a later page may already be in
    // it: counts never go back).
    return toImportObject(notice.row);
  }
}
