import { randomUUID } from 'node:crypto';
import type { ReadableSpan } from '@opentelemetry/sdk-trace-base';
import { startAppHarness, randomNik, FACILITATOR, type AppHarness } from '../../support/app-harness';
import { ENROLL, enrolmentInput } from '../../support/journey-graphql';
import { assessmentInput, ok } from '../../support/journey-commands-graphql';
import { captureSpans, traceTree, type SpanCapture } from '../../support/span-capture';

/**
 * One journey command traced over the real stack: the GraphQL operation, the Temporal client's update, the
 * workflow's update handler, the recording activity and its SQL share one trace, each span beneath the one
 * before; and no span carries the person's name or NIK. JEJAK_PRINT_TRACE=1 prints the tree (docs/monitoring.md).
 */
describe('tracing a journey command', () => {
  let capture: SpanCapture;
  let app: AppHarness;
  beforeAll(async () => {
    capture = captureSpans();
    app = await startAppHarness(undefined, { tracing: capture.tracing });
  });
  afterAll(async () => {
    await app?.stop();
    await capture?.stop();
  });

  const ancestors = (spans: ReadableSpan[], span: ReadableSpan): string[] => {
    const names: string[] = [];
    for (let p = span.parentSpanId; p;) {
      const parent = spans.find((s) => s.spanContext().spanId === p);
      if (!parent) break;
      names.push(parent.name);
      p = parent.parentSpanId;
    }
    return names;
  };

  it('follows submitAssessment from GraphQL to PostgreSQL in one trace, without personal data', async () => {
    const nik = randomNik();
    const enrolled = await app.gql(ENROLL, { input: enrolmentInput(nik), key: `enrol-${randomUUID()}` }, FACILITATOR);
    expect(enrolled.errors).toBeUndefined();
    const journeyId = enrolled.data!.enrollBeneficiary.journeyId as string;
    await ok(app, 'submitAssessment', journeyId, assessmentInput());

    // Workflow spans leave the sandbox through a sink after the workflow task: wait for the activity's.
    let spans: ReadableSpan[] = [];
    let root: ReadableSpan | undefined;
    for (let i = 0; i < 50; i++) {
      spans = capture.spans();
      root = spans.find((s) => s.name === 'mutation M');
      const trace = spans.filter((s) => s.spanContext().traceId === root?.spanContext().traceId);
      if (
        root &&
        trace.some((s) => s.name.startsWith('RunActivity:')) &&
        trace.some((s) => /^HandleUpdate:/.test(s.name))
      )
        break;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect(root).toBeDefined();
    const trace = spans.filter((s) => s.spanContext().traceId === root!.spanContext().traceId);
    const named = (pattern: RegExp) => trace.filter((s) => pattern.test(s.name));

    const [update] = named(/^StartWorkflowUpdate:/);
    const [handler] = named(/^HandleUpdate:/);
    const activities = named(/^RunActivity:/);
    expect(update).toBeDefined();
    expect(handler).toBeDefined();
    expect(activities.length).toBeGreaterThan(0);
    expect(ancestors(trace, update)).toContain('mutation M');
    expect(ancestors(trace, handler)).toEqual(expect.arrayContaining([update.name, 'mutation M']));
    for (const activity of activities) expect(ancestors(trace, activity)).toContain(handler.name);
    const sqlUnderActivity = trace.filter(
      (s) =>
        s.attributes['db.system'] === 'postgresql' && ancestors(trace, s).some((n) => n.startsWith('RunActivity:')),
    );
    expect(sqlUnderActivity.length).toBeGreaterThan(0);
    expect(sqlUnderActivity.every((s) => s.attributes['db.statement'] !== undefined)).toBe(true);

    // Every span of the file (the enrolment's too, whose variables carry the person): no name, no NIK.
    const person = enrolmentInput(nik);
    for (const span of capture.spans()) {
      const text = JSON.stringify({ name: span.name, attributes: span.attributes, events: span.events });
      expect(text).not.toContain(nik);
      expect(text).not.toContain(person.name);
    }
    if (process.env.JEJAK_PRINT_TRACE) process.stdout.write(`\n${traceTree(trace, root!)}\n`);
  });
});
