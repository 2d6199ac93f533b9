import type { Logger } from 'pino';
import { startLiveListener, type LiveListener } from '../../db/live/live-listener';
import {
  LIVE_CHANNELS,
  parseEnrolmentImportNotice,
  parseJourneyNotice,
  parseReportJobNotice,
  type EnrolmentImportChangeNotice,
  type JourneyChangeNotice,
  type ReportJobChangeNotice,
} from '../../domain/live/live-change.types';

/** What each channel carries, parsed. */
export interface LiveNotices {
  journey: JourneyChangeNotice;
  reportJob: ReportJobChangeNotice;
  enrolmentImport: EnrolmentImportChangeNotice;
}
export type LiveTopic = keyof LiveNotices;
type Handler<T extends LiveTopic> = (notice: LiveNotices[T]) => void;

/**
 * The live updates of one API process: its one LISTEN connection (db/live/live-listener.ts) and the
 * handlers of its current subscriptions, each notice handed to every handler of its topic. The
 * handlers decide (per subscriber, per event) what reaches whom: api/live/live-stream.ts.
 */
export class LiveHub {
  private readonly handlers: { [T in LiveTopic]: Set<Handler<T>> } = {
    journey: new Set(),
    reportJob: new Set(),
    enrolmentImport: new Set(),
  };
  private listener: LiveListener | null = null;

  constructor(private readonly logger: Pick<Logger, 'info' | 'warn'>) {}

  /** Starts listening; resolves once LISTEN is in place. */
  async start(databaseUrl: string): Promise<void> {
    this.listener = startLiveListener({
      databaseUrl,
      channels: Object.values(LIVE_CHANNELS),
      log: this.logger,
      onNotice: (channel, payload) => this.dispatch(channel, payload),
    });
    await this.listener.ready;
  }

  async stop(): Promise<void> {
    await this.listener?.stop();
    this.listener = null;
  }

  /** Calls `handler` with every notice of `topic` until the returned function is called. */
  on<T extends LiveTopic>(topic: T, handler: Handler<T>): () => void {
    const set = this.handlers[topic] as Set<Handler<T>>;
    set.add(handler);
    return () => set.delete(handler);
  }

  /** The backend pid of this process's LISTEN connection (pg_stat_activity), null while it reconnects. */
  get listenerPid(): number | null {
    return this.listener?.backendPid() ?? null;
  }

  /** Subscriptions currently held by this process (figures, tests). */
  get subscriberCount(): number {
    return this.handlers.journey.size + this.handlers.reportJob.size + this.handlers.enrolmentImport.size;
  }

  private dispatch(channel: string, payload: string): void {
    if (channel === LIVE_CHANNELS.journey) this.emit('journey', parseJourneyNotice(payload));
    else if (channel === LIVE_CHANNELS.reportJob) this.emit('reportJob', parseReportJobNotice(payload));
    else if (channel === LIVE_CHANNELS.enrolmentImport)
      this.emit('enrolmentImport', parseEnrolmentImportNotice(payload));
  }

  private emit<T extends LiveTopic>(topic: T, notice: LiveNotices[T] | null): void {
    if (!notice) {
      this.logger.warn({ topic }, 'live notice dropped: malformed payload');
      return;
    }
    for (const handler of this.handlers[topic] as Set<Handler<T>>) handler(notice);
  }
}
