import { Client } from 'pg';
import type { LiveChannel } from '../../domain/live/live-change.types';

/** Where the listener reports its connection's life (pino's methods). */
export interface ListenerLog {
  info(fields: object, message: string): void;
  warn(fields: object, message: string): void;
}

export interface LiveListener {
  /** Resolves once the first LISTEN is in place (notices committed after that are delivered). */
  ready: Promise<void>;
  /** The PostgreSQL backend pid of the current connection (pg_stat_activity), null while reconnecting. */
  backendPid(): number | null;
  stop(): Promise<void>;
}

const RETRY_MS = [250, 500, 1_000, 2_000, 5_000];

/**
 * One dedicated PostgreSQL connection per API process that LISTENs on the live channels and hands
 * each notice's payload to `onNotice`. On a connection error it logs one line and reconnects after a
 * growing back-off (notices committed while it was away are lost: subscribers re-read by seq, see
 * docs/live-updates.md). Not from the ORM's pool: a pooled connection would be handed to queries.
 */
export function startLiveListener(options: {
  databaseUrl: string;
  channels: readonly LiveChannel[];
  log: ListenerLog;
  onNotice(channel: string, payload: string): void;
}): LiveListener {
  let stopped = false;
  let client: Client | null = null;
  let pid: number | null = null;
  let attempt = 0;
  let timer: NodeJS.Timeout | null = null;
  let markReady: () => void = () => undefined;
  const ready = new Promise<void>((resolve) => (markReady = resolve));

  const connect = async (): Promise<void> => {
    if (stopped) return;
    const c = new Client({ connectionString: options.databaseUrl, application_name: 'jejak-live-listener' });
    client = c;
    c.on('notification', (n) => options.onNotice(n.channel, n.payload ?? ''));
    c.on('error', (err) => retry(c, err));
    c.on('end', () => retry(c, new Error('connection ended')));
    try {
      await c.connect();
      for (const channel of options.channels) await c.query(`LISTEN ${channel}`);
      pid = (await c.query<{ pid: number }>('select pg_backend_pid() as pid')).rows[0].pid;
      if (attempt > 0) options.log.info({ attempts: attempt }, 'live listener reconnected');
      attempt = 0;
      markReady();
    } catch (err) {
      retry(c, err as Error);
    }
  };

  const retry = (c: Client, err: Error) => {
    if (stopped || client !== c) return;
    client = null;
    pid = null;
    c.removeAllListeners('notification');
    c.end().catch(() => undefined);
    const wait = RETRY_MS[Math.min(attempt, RETRY_MS.length - 1)];
    attempt++;
    options.log.warn({ err: err.message, retryInMs: wait }, 'live listener lost its connection; reconnecting');
    timer = setTimeout(() => void connect(), wait);
  };

  void connect();
  return {
    ready,
    backendPid: () => pid,
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      const c = client;
      client = null;
      if (c) await c.end().catch(() => undefined);
    },
  };
}
