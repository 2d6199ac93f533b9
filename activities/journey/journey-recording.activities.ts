import type { MikroORM } from '@mikro-orm/postgresql';
import type { FieldCipher } from '../../config/crypto/field-cipher';
import { activityInfo, log } from '@temporalio/activity';
import { writeJourneyTransition } from '../../db/journey/journey-transition.sql';
import { recordingTransactionSeconds } from './recording-metrics';
import type {
  JourneyRecordingActivities,
  RecordTransitionInput,
  RecordTransitionResult,
} from '../../domain/journey/journey-recording.types';

/**
 * Records the journey's steps through the read model's one writer (db/journey/journey-transition.sql.ts); the
 * cipher opens the steps' forms for the facts and the audit rows' reasons.
 */
export function createJourneyRecordingActivities(orm: MikroORM, cipher: FieldCipher): JourneyRecordingActivities {
  return {
    async recordJourneyTransition(input: RecordTransitionInput): Promise<RecordTransitionResult> {
      const endTimer = recordingTransactionSeconds.startTimer();
      await writeJourneyTransition(orm, cipher, input);
      endTimer();
      const seq = input.view.state.seq;
      // Ids only; requestIds tie this line to the API request that asked for the step.
      const requestIds = [...new Set(input.steps.map((st) => st.requestId).filter((r): r is string => !!r))];
      log.info('journey recorded', {
        journeyId: input.view.state.journeyId,
        seq,
        steps: input.steps.length,
        requestIds,
      });
      const { workflowId, runId, steps } = input;
      return activityInfo().isLocal
        ? { recordedSeq: seq, recorded: { workflowId, runId, steps } }
        : { recordedSeq: seq };
    },
  };
}
