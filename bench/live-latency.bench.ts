/**
 * Live updates: how long after its commit a step reaches a subscriber. One journey, `steps` commands
 * one at a time (schedule a session, record its attendance, ...), its facilitator subscribed to
 * caseloadChanged over graphql-ws on the API process. Each step is timed from the command sent to
 * (a) the event on the WebSocket and (b), the baseline, the same NOTIFY on a bare LISTEN connection
 * in this process: PostgreSQL's own delivery at commit. The difference (a − b) is what the API adds
 * (its LISTEN connection, the per-event scope check, graphql-ws): the commit-to-event latency.
 */
import { createClient } from 'graphql-ws';
import { Client as PgClient } from 'pg';
import WebSocket from 'ws';
import { LIVE_CHANNELS, parseJourneyNotice } from '../domain/live/live-change.types';
import { compare, type BenchReport } from './bench-report';
import { send } from './commands-setup';
import { authHeaders } from './http-client';
import { percentile, type LoadResult } from './load-loop';
import { commandAt, openJourney } from './one-journey.bench';

const STEP_TIMEOUT_MS = 15_000;
const CASELOAD = 'subscription { caseloadChanged { journeyId seq } }';

const result = (label: string, ms: number[], seconds: number, failed: number, errors: string[]): LoadResult => {
  const sorted = [...ms].sort((a, b) => a - b);
  return {
    label,
    concurrency: 1,
    done: ms.length,
    failed,
    seconds,
    perSecond: ms.length / seconds,
    p50Ms: percentile(sorted, 50),
    p99Ms: percentile(sorted, 99),
    firstErrors: errors.slice(0, 3),
  };
};

/** When each seq of the journey arrived on one path; `at(seq)` waits for it (or a later one). */
class Arrivals {
  private readonly seen = new Map<number, number>();
  private readonly waiters: { seq: number; resolve: (at: number) => void }[] = [];

  get size(): number {
    return this.seen.size;
  }

  record(seq: number): void {
    const now = performance.now();
    this.seen.set(seq, now);
    for (const w of this.waiters.filter((x) => x.seq <= seq)) {
      this.waiters.splice(this.waiters.indexOf(w), 1);
      w.resolve(now);
    }
  }

  at(seq: number): Promise<number> {
    for (const [s, at] of this.seen) if (s >= seq) return Promise.resolve(at);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error(`no event for seq ${seq} in ${STEP_TIMEOUT_MS} ms`)),
        STEP_TIMEOUT_MS,
      );
      this.waiters.push({ seq, resolve: (at) => (clearTimeout(timer), resolve(at)) });
    });
  }
}

export async function liveLatencyBench(
  report: BenchReport,
  deps: { apiUrl: string; databaseUrl: string; stamp: string },
  steps: number,
): Promise<void> {
  const tag = `${deps.stamp}-live`;
  const j = await openJourney(deps.apiUrl, tag);
  const pgAt = new Arrivals();
  const wsAt = new Arrivals();
  const pg = new PgClient({ connectionString: deps.databaseUrl });
  await pg.connect();
  pg.on('notification', (n) => {
    const notice = parseJourneyNotice(n.payload ?? '');
    if (notice?.journeyId === j.id) pgAt.record(notice.seq);
  });
  await pg.query(`LISTEN ${LIVE_CHANNELS.journey}`);
  const ws = createClient({
    url: `${deps.apiUrl.replace(/^http/, 'ws')}/graphql`,
    webSocketImpl: WebSocket,
    connectionParams: await authHeaders(j.facilitator),
    lazy: false,
    retryAttempts: 0,
  });
  const stop = ws.subscribe<{ caseloadChanged: { journeyId: string; seq: number } }>(
    { query: CASELOAD },
    {
      next: (r) => {
        const change = r.data?.caseloadChanged;
        if (change?.journeyId === j.id) wsAt.record(change.seq);
      },
      error: () => undefined,
      complete: () => undefined,
    },
  );
  const toWs: number[] = [];
  const toPg: number[] = [];
  const overhead: number[] = [];
  const errors: string[] = [];
  let failed = 0;
  try {
    // Warm-up until the subscription answers (the server sets it up after the socket opens): untimed.
    for (let i = 0; wsAt.size === 0 && i < 10; i++) {
      const { query, variables } = commandAt(j, i, `${tag}-warm`);
      await send(deps.apiUrl, `live warm-up #${i}`, query, variables, j.facilitator);
      await new Promise((r) => setTimeout(r, 300));
    }
    const t0 = performance.now();
    for (let i = 10; i < 10 + steps; i++) {
      const { query, variables } = commandAt(j, i, tag);
      const sentAt = performance.now();
      try {
        const data = await send<Record<string, { seq: number }>>(
          deps.apiUrl,
          `live #${i}`,
          query,
          variables,
          j.facilitator,
        );
        const seq = Object.values(data)[0].seq;
        const [pgArrival, wsArrival] = await Promise.all([pgAt.at(seq), wsAt.at(seq)]);
        toPg.push(pgArrival - sentAt);
        toWs.push(wsArrival - sentAt);
        overhead.push(wsArrival - pgArrival);
      } catch (err) {
        failed++;
        errors.push((err as Error).message.slice(0, 200));
      }
    }
    const seconds = (performance.now() - t0) / 1000;
    report.rows.push(
      compare(
        'live updates',
        `command sent → caseloadChanged event on the WebSocket, ${steps} steps one at a time`,
        result('live-ws', toWs, seconds, failed, errors),
        result('live-pg', toPg, seconds, failed, []),
        'command sent → the same NOTIFY on a bare LISTEN connection (PostgreSQL delivery at commit)',
        'p50',
      ),
    );
    const sorted = [...overhead].sort((a, b) => a - b);
    report.facts['Live updates: commit (bare LISTEN) → WebSocket event, ms'] = {
      p50: Math.round(percentile(sorted, 50) * 100) / 100,
      p99: Math.round(percentile(sorted, 99) * 100) / 100,
      max: Math.round((sorted.at(-1) ?? NaN) * 100) / 100,
      steps: overhead.length,
    };
  } finally {
    stop();
    await ws.dispose();
    await pg.end();
  }
}
