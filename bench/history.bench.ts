/**
 * Auditor history: the GraphQL `journeyHistory` query (an auditor, every page of 1,000) of journeys
 * of a few hundred and a few thousand Temporal events across several runs, beside the Temporal
 * client's `fetchHistory()` of every run of the same workflow id (run ids known beforehand), each
 * repeated sequentially. Goals: p50 within 1.5× the baseline; linear in events (ms per event at
 * the large size over ms per event at the small one).
 */
import type { Client as TemporalClient } from '@temporalio/client';
import type { Pool } from 'pg';
import { journeyWorkflowId } from '../workflows/journey/journey.messages';
import { cpuPerOp, type BenchProcess } from './bench-processes';
import { compare, type BenchReport } from './bench-report';
import { AUDITOR, gql } from './http-client';
import { runLoad, type LoadResult } from './load-loop';
import { driveJourney, openJourney } from './one-journey.bench';
import { runsOf, totalEvents } from './temporal-runs';

const HISTORY = `query H($id: ID!, $after: String) { journeyHistory(journeyId: $id, first: 1000, after: $after) {
  edges { node {
    position source at kind name runId workflowEventId auditRowId actorId actorRole idempotencyKey updateId detail
  } }
  pageInfo { hasNextPage endCursor } } }`;

type Page = {
  journeyHistory: {
    edges: { node: { source: string; position: number } }[];
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  };
};

/**
 * Every page of the journey's history; returns the number of items (Temporal events among them) and pages;
 * positions must run on without gap.
 */
async function readHistory(apiUrl: string, id: string): Promise<{ items: number; temporal: number; pages: number }> {
  let after: string | null = null;
  let items = 0;
  let temporal = 0;
  let pages = 0;
  for (;;) {
    const page: Page = await gql<Page>(apiUrl, HISTORY, { id, after }, AUDITOR);
    for (const { node } of page.journeyHistory.edges) {
      if (node.position !== items)
        throw new Error(`journeyHistory gave position ${node.position} where ${items} was due`);
      items++;
      if (node.source === 'TEMPORAL') temporal++;
    }
    pages++;
    if (!page.journeyHistory.pageInfo.hasNextPage) return { items, temporal, pages };
    after = page.journeyHistory.pageInfo.endCursor;
  }
}

export interface HistoryDeps {
  apiUrl: string;
  pool: Pool;
  temporal: TemporalClient;
  stamp: string;
  jejakProcs: BenchProcess[];
}

export async function historyBench(
  report: BenchReport,
  deps: HistoryDeps,
  commandCounts: number[],
  repeats: number,
): Promise<void> {
  const sizes: { events: number; jejak: LoadResult; base: LoadResult }[] = [];
  for (const commands of commandCounts) {
    const tag = `${deps.stamp}-h${commands}`;
    const j = await openJourney(deps.apiUrl, tag);
    const drive = await driveJourney(deps.apiUrl, j, commands, tag);
    if (drive.failed)
      throw new Error(`history set-up: ${drive.failed} commands failed: ${drive.firstErrors.join('; ')}`);
    await new Promise((r) => setTimeout(r, 1000)); // the last continue-as-new, if any, lands
    const workflowId = journeyWorkflowId(j.id);
    const runs = await runsOf(deps.temporal, workflowId);
    const events = totalEvents(runs);
    const counts = await deps.pool.query<{ ev: string; audit: string }>(
      'select (select count(*) from journey_event where journey_id = $1) as ev, ' +
        '(select count(*) from audit_log where journey_id = $1) as audit',
      [j.id],
    );
    const { ev, audit } = counts.rows[0];
    const read = await readHistory(deps.apiUrl, j.id); // warm-up, and the item count
    if (read.temporal !== events || read.items !== events + Number(audit)) {
      throw new Error(
        `journeyHistory gave ${read.temporal} Temporal events and ${read.items - read.temporal} audit rows; ` +
          `the server holds ${events}, the audit log ${audit}`,
      );
    }
    const fetchAll = async () => {
      for (const r of runs) await deps.temporal.workflow.getHandle(workflowId, r.runId).fetchHistory();
    };
    await fetchAll();
    const base = await runLoad({ label: 'fetchHistory', concurrency: 1, count: repeats, job: fetchAll });
    const { result: jejak, perOp: cpu } = await cpuPerOp(
      deps.jejakProcs,
      () => repeats,
      () =>
        runLoad({
          label: 'journeyHistory',
          concurrency: 1,
          count: repeats,
          job: async () => {
            const again = await readHistory(deps.apiUrl, j.id);
            if (again.items !== read.items)
              throw new Error(`journeyHistory returned ${again.items} items, then ${read.items}`);
          },
        }),
    );
    sizes.push({ events, jejak, base });
    report.rows.push(
      compare(
        'Auditor history',
        `journeyHistory, all pages of 1000 (${read.pages}), auditor, ×${repeats} sequential: ` +
          `${events} Temporal events in ${runs.length} runs + ${audit} audit rows ` +
          `(${ev} journey_event rows, ${commands} commands)`,
        jejak,
        base,
        `fetchHistory() of the ${runs.length} runs (client)`,
        'p50',
        { text: 'p50 ≤ 1.5× fetchHistory', met: (r) => r <= 1.5 },
      ),
    );
    report.facts[`Auditor history at ${events} events`] =
      `${read.items} items (${events} Temporal events, events per run ${runs.map((r) => r.events).join(', ')}; ` +
      `${audit} audit rows); CPU ${cpu}`;
  }
  if (sizes.length >= 2) {
    const [small, large] = [sizes[0], sizes[sizes.length - 1]];
    const per = (ms: number, events: number) => ms / events;
    const line = (pick: (s: typeof small) => number) => {
      const a = per(pick(small), small.events);
      const b = per(pick(large), large.events);
      return (
        `${a.toFixed(3)} ms/event at ${small.events}, ${b.toFixed(3)} at ${large.events}: ` +
        `ratio ${(b / a).toFixed(2)}`
      );
    };
    report.facts['Auditor history: linear in events (p50 ms per Temporal event, large/small)'] =
      `journeyHistory ${line((s) => s.jejak.p50Ms)}; fetchHistory ${line((s) => s.base.p50Ms)} (linear: ratio ≈ 1)`;
  }
}
