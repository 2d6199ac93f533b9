import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import { tokenFor, type Json, type TestIdentity } from './app-harness';

/** One subscription as a front end holds it: every result, its end and the error that ended it, if any. */
export interface LiveSubscription {
  results: Json[];
  /** Resolves with the first result matching `match`, already received or still to come (rejects after `ms`). */
  next(match: (result: Json) => boolean, ms?: number): Promise<Json>;
  /** Resolves when the server completes or ends the subscription: the error that ended it, or null. */
  ended: Promise<Json>;
  stop(): void;
}

/** A graphql-ws connection to the test app with a token, as a browser would open it; `closed` tells how it ended. */
export interface LiveConnection {
  client: Client;
  closed: Promise<{ code: number; reason: string }>;
  subscribe(query: string, variables?: Record<string, unknown>): LiveSubscription;
  close(): Promise<void>;
}

/** Connects to `apiUrl`'s /graphql over WebSocket; `token` defaults to a fresh one for `who` ('': none sent). */
export async function connectLive(apiUrl: string, who: TestIdentity, token?: string): Promise<LiveConnection> {
  const bearer = token ?? (await tokenFor(who));
  let onClosed: (event: { code: number; reason: string }) => void = () => undefined;
  const closed = new Promise<{ code: number; reason: string }>((resolve) => (onClosed = resolve));
  const client = createClient({
    url: `${apiUrl.replace(/^http/, 'ws')}/graphql`,
    webSocketImpl: WebSocket,
    connectionParams: bearer ? { authorization: `Bearer ${bearer}` } : {},
    lazy: false,
    retryAttempts: 0,
    onNonLazyError: () => undefined,
    on: {
      closed: (e) => {
        const { code, reason } = e as { code: number; reason: string };
        onClosed({ code, reason });
      },
    },
  });
  const connection: LiveConnection = {
    client,
    closed,
    subscribe(query, variables = {}) {
      const results: Json[] = [];
      const waiters: { match: (r: Json) => boolean; resolve: (r: Json) => void }[] = [];
      let settle: (error: Json) => void = () => undefined;
      const ended = new Promise<Json>((resolve) => (settle = resolve));
      const stop = client.subscribe(
        { query, variables },
        {
          next: (result) => {
            results.push(result);
            for (const w of waiters.filter((x) => x.match(result))) {
              waiters.splice(waiters.indexOf(w), 1);
              w.resolve(result);
            }
          },
          error: (error) => settle(error as Json),
          complete: () => settle(null),
        },
      );
      return {
        results,
        ended,
        stop,
        next(match, ms = 60_000) {
          const seen = results.find(match);
          if (seen) return Promise.resolve(seen);
          return new Promise((resolve, reject) => {
            const timer = setTimeout(() => reject(new Error(`no matching event in ${ms} ms`)), ms);
            waiters.push({ match, resolve: (r) => (clearTimeout(timer), resolve(r)) });
          });
        },
      };
    },
    async close() {
      await client.dispose();
    },
  };
  return connection;
}

/** Subscription documents the live tests send, as a front end would. */
export const CHANGE = 'id journeyId stage status seq';
export const CASELOAD = `subscription { caseloadChanged { ${CHANGE} } }`;
export const JOURNEY_CHANGED = `subscription($id: ID!) { journeyChanged(journeyId: $id) { ${CHANGE} } }`;
export const REPORT_CHANGED = `subscription($id: ID!) { reportJobChanged(id: $id) { id reportJobId status progress } }`;
export const IMPORT_CHANGED =
  'subscription($id: ID!) { enrolmentImportChanged(id: $id) { importId status totalRows processedRows progress ' +
  'enrolled refused alreadyEnrolled resultUrl } }';

/** The error codes a subscription was refused or ended with (graphql-ws sends a refusal as an error or a result). */
export async function codesOf(sub: { ended: Promise<Json>; results: Json[] }): Promise<string[]> {
  const error = await sub.ended;
  return [...(Array.isArray(error) ? error : []), ...sub.results.flatMap((r) => r.errors ?? [])].map(
    (e: Json) => e.extensions?.code,
  );
}

/** Until `api` holds at least `atLeast` subscriptions: the server has set them up (subscribing has no answer). */
export async function subscribed(api: { live: { subscriberCount: number } }, atLeast: number): Promise<void> {
  const deadline = Date.now() + 10_000;
  while (api.live.subscriberCount < atLeast && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
  if (api.live.subscriberCount < atLeast)
    throw new Error(`${api.live.subscriberCount} subscriptions set up, ${atLeast} expected`);
}

/** Until `api` holds no more than `atMost` subscriptions: closed connections have been let go of. */
export async function released(api: { live: { subscriberCount: number } }, atMost = 0): Promise<void> {
  const deadline = Date.now() + 10_000;
  while (api.live.subscriberCount > atMost && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
  if (api.live.subscriberCount > atMost)
    throw new Error(`${api.live.subscriberCount} subscriptions still held, at most ${atMost} expected`);
}

/** Connections opened by a test file, closed after each test. */
export function liveConnections(): { connect: typeof connectLive; closeAll(): Promise<void> } {
  const open: LiveConnection[] = [];
  return {
    async connect(...args) {
      const c = await connectLive(...args);
      open.push(c);
      return c;
    },
    async closeAll() {
      await Promise.all(open.splice(0).map((c) => c.close()));
    },
  };
}
