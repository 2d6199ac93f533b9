import type { GraphQLContext } from '../context';
import type { LiveHub } from './live-hub';

/** What one WebSocket connection holds for its subscriptions (api/http/live-socket.ts). */
export interface LiveSession {
  hub: LiveHub;
  /** When the connection's token expires (ms since the epoch): nothing is sent from then on. */
  expiresAtMs: number;
  /** Ends the connection because its token expired (close code 4401). */
  closeExpired(): void;
}

/** A subscription's context: a request's, plus its connection's live session. */
export interface LiveContext extends GraphQLContext {
  live: LiveSession;
}
