import { Field, ID, Int, ObjectType } from 'type-graphql';
import type { JourneyStatus, Stage } from '../../domain/journey/journey-codes';
import type { JourneyChangeNotice, ReportJobChangeNotice } from '../../domain/live/live-change.types';
import type { ReportJobStatus } from '../../domain/report/report.types';
import { JourneyStageCode, JourneyStatusCode } from '../journey/journey-enums';
import { toGlobalId } from '../node/global-id';
import { ReportJobStatusCode } from '../report/report-job.object';

/** What a live event says about a journey: ids, codes and seq only (read the journey for the rest). */
@ObjectType('JourneyChange', {
  description:
    'Journey steps were committed. Ids and codes only: read the journey (journey(id:) or node(id:)) for its ' +
    'content. Events of one journey arrive in seq order; steps recorded together come as one event with the ' +
    'last seq. After a reconnect, read the journeys again: events are not replayed.',
})
export class JourneyChangeObject {
  @Field(() => ID, { description: 'Global id of the journey (Journey.id): for journey(id:) and node(id:).' })
  id!: string;
  @Field(() => ID, { description: "The journey's UUID (Journey.journeyId)." }) journeyId!: string;
  @Field(() => JourneyStageCode, { description: 'The stage after the step.' }) stage!: Stage;
  @Field(() => JourneyStatusCode, { description: 'The status after the step.' }) status!: JourneyStatus;
  @Field(() => Int, { description: "The journey's step counter after the step (Journey.seq)." }) seq!: number;

  static of(notice: JourneyChangeNotice): JourneyChangeObject {
    return Object.assign(new JourneyChangeObject(), {
      id: toGlobalId('Journey', notice.journeyId),
      journeyId: notice.journeyId,
      stage: notice.stage,
      status: notice.status,
      seq: notice.seq,
    });
  }
}

/** What a live event says about a report job: its status and progress. */
@ObjectType('ReportJobChange', {
  description: "A report job's status or progress changed. When status is DONE, read reportJob(id:) for its url.",
})
export class ReportJobChangeObject {
  @Field(() => ID, { description: 'Global id of the job (ReportJob.id): for reportJob(id:) and node(id:).' })
  id!: string;
  @Field(() => ID, { description: "The job's UUID (ReportJob.reportJobId)." }) reportJobId!: string;
  @Field(() => ReportJobStatusCode, { description: 'Where the job stands now.' }) status!: ReportJobStatus;
  @Field(() => Int, { description: 'Progress, 0-100.' }) progress!: number;

  static of(notice: ReportJobChangeNotice): ReportJobChangeObject {
    return Object.assign(new ReportJobChangeObject(), {
      id: toGlobalId('ReportJob', notice.jobId),
      reportJobId: notice.jobId,
      status: notice.status,
      progress: notice.progress,
    });
  }
}
