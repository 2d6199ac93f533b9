import {
  ApplicationFailure,
  allHandlersFinished,
  condition,
  continueAsNew,
  log,
  setHandler,
  upsertSearchAttributes,
  workflowInfo,
} from '@temporalio/workflow';
import { applyCommand, journeyStatus, nextExpectedAction, startJourney } from '../../domain/journey/journey.machine';
import { onDeadline, pendingDeadlines } from '../../domain/journey/journey-deadlines.machine';
import { envelopeFieldTimeRefusal, withFieldTime } from '../../domain/journey/field-time.rules';
import type { CommandEnvelope, JourneyState, Transition } from '../../domain/journey/journey.types';
import { journeyRules } from '../../domain/journey/journey-rules.rules';
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
import { flushOutbox } from './journey-flush';
import { ProcessedKeys } from '../shared/processed-keys';
import { searchAttributePairs } from './journey-search-attribute-values';
import { journeyVersions } from './journey-versions';
import { JourneyDeadlineTimer, wakeOrDeadline } from './journey-deadline-timer';

/** Continue-as-new well before Temporal's limits (4,096 events suggested, 2,000 updates per run). */
export const HISTORY_EVENTS_BEFORE_CONTINUE = 2_000;
export const UPDATES_BEFORE_CONTINUE = 500;

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
  const versions = journeyVersions();
  let updatesThisRun = 0;
  const rules = () => versions.rules(state, rulesDocument);
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
    const at = versions.fieldTime ? envelope.occurredAt : undefined;
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
  let indexedValues = '';
  const deadlineTimer = new JourneyDeadlineTimer();
  const ignoredDeadlines = new Set<string>(); // keys the machine declined: never spin on them
  for (;;) {
    if (outbox.size > 0) await flushOutbox(outbox, view());
    if (indexedSeq !== state.seq) {
      // Upserted only when a value changed: each upsert is a history event and a visibility write in the engine.
      const pairs = searchAttributePairs(view());
      const values = JSON.stringify(pairs.map((p) => p.value));
      if (!versions.searchAttributesOnChange || values !== indexedValues) upsertSearchAttributes(pairs);
      indexedSeq = state.seq;
      indexedValues = values;
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
      .filter((d) => !ignoredDeadlines.has(d.key) && versions.timed(d.kind))
      .sort((a, b) => a.dueAt.localeCompare(b.dueAt))[0];
    const seqBefore = state.seq;
    const waitMs = next ? Math.max(0, Date.parse(next.dueAt) - Date.now()) : undefined;
    // Also wake once the last handler of a run that should continue as new has answered: the
    // handler of the command that changed the stage is still awaiting its recording when the loop
    // first gets here, and without this the run would only continue as new at the next timer.
    const wake = () => state.seq !== seqBefore || outbox.size > 0 || (shouldContinueAsNew() && allHandlersFinished());
    const woke = await wakeOrDeadline(deadlineTimer, versions.steadyTimer, next, waitMs, wake);
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
