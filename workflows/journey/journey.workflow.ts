import {
  ApplicationFailure,
  allHandlersFinished,
  condition,
  continueAsNew,
  log,
  patched,
  proxyActivities,
  proxyLocalActivities,
  setHandler,
  upsertSearchAttributes,
  workflowInfo,
} from '@temporalio/workflow';
import type { JourneyRecordingActivities } from '../../domain/journey/journey-recording.types';
import { applyCommand, journeyStatus, nextExpectedAction, startJourney } from '../../domain/journey/journey.machine';
import { onDeadline, pendingDeadlines } from '../../domain/journey/journey-deadlines.machine';
import { FOLLOW_THROUGH_DEADLINE_KINDS } from '../../domain/journey/journey-deadline-schedule.machine';
import { envelopeFieldTimeRefusal, withFieldTime } from '../../domain/journey/field-time.rules';
import type { CommandEnvelope, JourneyState, Transition } from '../../domain/journey/journey.types';
import { journeyRules, withoutLivelihoodTracks } from '../../domain/journey/journey-rules.rules';
import { withoutCompletionRequirements } from '../../domain/module/module-completion.rules';
import type { ProgrammeRules } from '../../domain/programme/programme-rules.types';
import {
  COMMAND_TYPES,
  commandUpdates,
  journeyStateQuery,
  syncUpdate,
  type JourneyUpdateAnswer,
  type JourneyView,
  type JourneyWorkflowInput,
} from './journey.messages';
import { JourneyOutbox } from './journey-outbox';
import { ProcessedKeys } from '../shared/processed-keys';
import { RECORDING_ACTIVITY_OPTIONS } from '../shared/recording-retry';
import { searchAttributePairs } from './journey-search-attribute-values';

/** Continue-as-new well before Temporal's limits (4,096 events suggested, 2,000 updates per run). */
export const HISTORY_EVENTS_BEFORE_CONTINUE = 2_000;
export const UPDATES_BEFORE_CONTINUE = 500;

/** Runs recorded before 'record-locally' scheduled activity tasks: they replay with the remote activity. */
const remote = proxyActivities<JourneyRecordingActivities>(RECORDING_ACTIVITY_OPTIONS);
/**
 * Since 'record-locally' the worker records as a local activity, inside the workflow task that
 * applied the command: one workflow task per command instead of two plus an activity task. Its
 * marker in history carries what was recorded (the result echoes the steps), and retries past a
 * minute back off on durable timers.
 */
const local = proxyLocalActivities<JourneyRecordingActivities>(RECORDING_ACTIVITY_OPTIONS);

const rejection = (t: Extract<Transition, { ok: false }>) =>
  ApplicationFailure.create({ type: t.code, message: t.message, nonRetryable: true });

/**
 * One beneficiary's journey. Thin by design: every rule is in domain/journey/*.machine.ts; this
 * file wires updates (validated before they enter history), durable deadline timers, recording
 * through the activity, and continue-as-new carrying state and processed idempotency keys.
 */
export async function journeyWorkflow(input: JourneyWorkflowInput): Promise<JourneyView> {
  const outbox = new JourneyOutbox(input.carried?.outbox, input.carried?.recordedSeq ?? 0);
  const processed = new ProcessedKeys(input.carried?.processedKeys);
  let state: JourneyState;
  // The published rules document the journey runs on, kept across continue-as-new; none: a bundled version.
  let rulesDocument: ProgrammeRules | undefined = input.rules;
  if (input.carried) {
    state = input.carried.state;
  } else if (input.start) {
    const started = startJourney(input.start, journeyRules(input.start, rulesDocument));
    state = started.state;
    outbox.add(state.seq, started.events, [], input.start.enrolledBy);
  } else {
    throw ApplicationFailure.nonRetryable('journeyWorkflow needs start or carried input', 'VALIDATION_FAILED');
  }
  const startStage = state.stage;
  // Runs recorded before 'intensive-follow-through' never timed visit or alternative-answer deadlines (v5 rules):
  // they replay without those timers.
  const followThrough = patched('intensive-follow-through');
  const timed = (kind: string) => followThrough || !(FOLLOW_THROUGH_DEADLINE_KINDS as readonly string[]).includes(kind);
  let updatesThisRun = 0;
  // Runs begun before livelihood tracks judge graduation as they did then, so their histories replay unchanged.
  const livelihoodTracks = patched('livelihood-tracks');
  // A run begun before modules could wait for an outcome (a template's completionRequires) replays without it.
  const completionRequirements = patched('module-completion-requirements');
  // Runs begun before 'field-time' apply every command at the time it arrives, as they did then.
  const fieldTime = patched('field-time');
  const rules = () => {
    const r = journeyRules(state, rulesDocument);
    const tracked = livelihoodTracks ? r : withoutLivelihoodTracks(r);
    return completionRequirements ? tracked : withoutCompletionRequirements(tracked);
  };
  const now = () => new Date().toISOString();
  const view = (): JourneyView => ({
    state,
    status: journeyStatus(state),
    nextAction: nextExpectedAction(state, rules()),
  });
  // A command's update answers which journey and seq, not the state: the answer is kept in history, the row holds
  // the rest.
  const answer = (): JourneyUpdateAnswer => ({
    journeyId: state.journeyId,
    seq: state.seq,
    status: journeyStatus(state),
  });
  const recorded = (seq: number) => condition(() => outbox.recordedSeq >= seq);

  const check = (envelope: CommandEnvelope): Transition | null => {
    if (processed.alreadyApplied(envelope.idempotencyKey, envelope.command.type)) return null; // answer, don't apply
    // A record captured offline applies at its field time, once the rules accept that time (field-time.rules).
    const at = fieldTime ? envelope.occurredAt : undefined;
    const refusal =
      at === undefined ? null : envelopeFieldTimeRefusal(state, { ...envelope, occurredAt: at }, rules(), now());
    if (refusal) throw rejection(refusal);
    const t = applyCommand(state, envelope, rules(), at ?? now());
    if (!t.ok) throw rejection(t);
    return at === undefined ? t : { ...t, state: withFieldTime(t.state, envelope.command.type, at) };
  };

  setHandler(journeyStateQuery, view);
  setHandler(syncUpdate, async () => {
    await recorded(state.seq);
    return answer();
  });
  for (const type of COMMAND_TYPES) {
    setHandler(
      commandUpdates[type],
      async (envelope: CommandEnvelope) => {
        const t = check(envelope);
        if (t && t.ok) {
          state = t.state;
          // A journey moved onto a published version runs on the document the command carried.
          if (envelope.command.type === 'migrateRules' && envelope.command.rules)
            rulesDocument = envelope.command.rules;
          processed.add(envelope.idempotencyKey, envelope.command.type);
          outbox.add(state.seq, t.events, t.effects, envelope.actor, envelope);
          log.info('command applied', {
            command: envelope.command.type,
            seq: state.seq,
            requestId: envelope.requestId ?? null,
          });
          updatesThisRun++;
        }
        await recorded(state.seq);
        // A key applied before (a retry reaching the workflow, e.g. after continue-as-new) answers the whole view:
        // Temporal keeps that answer for the update id, so a further retry still sees the journey as answered then.
        return t ? answer() : view();
      },
      {
        validator: (envelope: CommandEnvelope) => {
          check(envelope);
        },
      },
    );
  }

  let indexedSeq = -1;
  const ignoredDeadlines = new Set<string>(); // keys the machine declined: never spin on them
  for (;;) {
    if (outbox.size > 0) await flush();
    if (indexedSeq !== state.seq) {
      upsertSearchAttributes(searchAttributePairs(view()));
      indexedSeq = state.seq;
    }
    if (journeyStatus(state) === 'CLOSED' && outbox.size === 0) {
      await condition(allHandlersFinished);
      if (outbox.size === 0) return view();
      continue;
    }
    if (shouldContinueAsNew() && outbox.size === 0 && allHandlersFinished()) {
      log.info('continuing as new', { seq: state.seq, historyLength: workflowInfo().historyLength });
      await continueAsNew<typeof journeyWorkflow>({
        carried: {
          state,
          processedKeys: processed.entries(),
          outbox: outbox.pending(),
          recordedSeq: outbox.recordedSeq,
        },
        ...(rulesDocument ? { rules: rulesDocument } : {}),
      });
    }
    const next = pendingDeadlines(state, rules())
      .filter((d) => !ignoredDeadlines.has(d.key) && timed(d.kind))
      .sort((a, b) => a.dueAt.localeCompare(b.dueAt))[0];
    const seqBefore = state.seq;
    const waitMs = next ? Math.max(0, Date.parse(next.dueAt) - Date.now()) : undefined;
    // Also wake once the last handler of a run that should continue as new has answered: the
    // handler of the command that changed the stage is still awaiting its recording when the loop
    // first gets here, and without this the run would only continue as new at the next timer.
    const wake = () => state.seq !== seqBefore || outbox.size > 0 || (shouldContinueAsNew() && allHandlersFinished());
    const woke = waitMs === undefined ? (await condition(wake), true) : waitMs > 0 && (await condition(wake, waitMs));
    if (!woke && next && state.seq === seqBefore) {
      const t = onDeadline(state, next.key, rules(), now());
      if (!t.ok || t.state === state) {
        ignoredDeadlines.add(next.key);
      } else {
        state = t.state;
        if (t.events.length > 0 || t.effects.length > 0)
          outbox.add(state.seq, t.events, t.effects, { userId: 'system', role: 'system' });
      }
    }
  }

  async function flush(): Promise<void> {
    const steps = outbox.take();
    const snapshot = view();
    try {
      const record = patched('record-locally') ? local.recordJourneyTransition : remote.recordJourneyTransition;
      const { recordedSeq } = await record({
        workflowId: workflowInfo().workflowId,
        runId: workflowInfo().runId,
        steps,
        view: snapshot,
      });
      outbox.recordedSeq = Math.max(outbox.recordedSeq, recordedSeq);
    } catch (err) {
      outbox.restore(steps); // retries are unlimited, so this only happens on cancellation
      throw err;
    }
  }

  function shouldContinueAsNew(): boolean {
    const info = workflowInfo();
    return (
      info.continueAsNewSuggested ||
      info.historyLength > HISTORY_EVENTS_BEFORE_CONTINUE ||
      updatesThisRun >= UPDATES_BEFORE_CONTINUE ||
      state.stage !== startStage
    );
  }
}
