import { createLoaders } from '../loaders';
import type { LiveContext } from './live-context';
import type { LiveNotices, LiveTopic } from './live-hub';

/** Events kept for a subscriber that reads slower than they come; beyond, the oldest are dropped. */
export const LIVE_BUFFER = 256;

/**
 * Decides for one event whether it is sent: true sends it, false skips it, 'last' sends it and then
 * completes the subscription, `{ value, last }` sends `value` in its place (the notice with what the check read, so
 * the resolver need not read it again), a thrown error ends the subscription with that error's code (e.g.
 * FORBIDDEN: the journey left the caller's scope). Called with a fresh context (own ORM fork and
 * loaders) so it reads the rows as committed now.
 */
export type Admit<N> = (notice: N, fresh: LiveContext) => Promise<boolean | 'last' | { value: N; last: boolean }>;

/**
 * The events of `topic` one subscriber receives, in order. `concerns` is a cheap first filter on the
 * notice's own ids; each event it lets through is checked again when it is sent: the token not
 * expired (else the whole connection closes, 4401), then `admit`. `first` reads what is sent before
 * any new event (the current state, which a client could otherwise miss). An iterator rather than an async
 * generator, so that a client's `complete` ends it at once even while it waits for the next event.
 */
export function liveStream<T extends LiveTopic>(
  ctx: LiveContext,
  topic: T,
  concerns: (notice: LiveNotices[T]) => boolean,
  admit: Admit<LiveNotices[T]>,
  first?: () => Promise<LiveNotices[T][]>,
): AsyncIterableIterator<LiveNotices[T]> {
  type N = LiveNotices[T];
  const buffer: N[] = [];
  let waiting: ((notice: N | null) => void) | null = null;
  let ended = false;
  let last = false;
  const off = ctx.live.hub.on(topic, (notice) => {
    if (ended || !concerns(notice)) return;
    if (waiting) {
      const wake = waiting;
      waiting = null;
      wake(notice);
      return;
    }
    if (buffer.length >= LIVE_BUFFER) buffer.shift();
    buffer.push(notice);
  });
  // Read after listening, so nothing committed in between is missed (it may come twice: seq tells).
  let primeError: Error | null = null;
  const primed = first
    ? first().then(
        (items) => void buffer.unshift(...items),
        (err: unknown) =>
          void (primeError =
            err instanceof Error ? err : new Error('live stream: the current state could not be read')),
      )
    : Promise.resolve();
  const end = (): IteratorResult<N> => {
    if (!ended) {
      ended = true;
      off();
      buffer.length = 0;
      waiting?.(null);
      waiting = null;
    }
    return { done: true, value: undefined };
  };
  const take = (): Promise<N | null> =>
    buffer.length > 0 ? Promise.resolve(buffer.shift()!) : new Promise((resolve) => (waiting = resolve));

  const iterator: AsyncIterableIterator<N> = {
    async next(): Promise<IteratorResult<N>> {
      await primed;
      if (primeError) {
        end();
        throw primeError;
      }
      while (!ended && !last) {
        const notice = await take();
        if (notice === null || ended) break;
        if (Date.now() >= ctx.live.expiresAtMs) {
          ctx.live.closeExpired();
          break;
        }
        const em = ctx.em.fork();
        try {
          const verdict = await admit(notice, { ...ctx, em, loaders: createLoaders(em) });
          if (typeof verdict === 'object') {
            last = verdict.last;
            return { done: false, value: verdict.value };
          }
          last = verdict === 'last';
          if (verdict) return { done: false, value: notice };
        } catch (err) {
          end();
          throw err;
        }
      }
      return end();
    },
    return(): Promise<IteratorResult<N>> {
      return Promise.resolve(end());
    },
    [Symbol.asyncIterator]() {
      return iterator;
    },
  };
  return iterator;
}
