/**
 * A closed-loop load generator: `concurrency` workers take the next job until `count` are done (or
 * until `seconds` have passed), timing each. Failures are counted and the first few kept.
 */
export interface LoadResult {
  label: string;
  concurrency: number;
  done: number;
  failed: number;
  seconds: number;
  perSecond: number;
  p50Ms: number;
  p99Ms: number;
  firstErrors: string[];
}

export interface LoadOptions {
  label: string;
  concurrency: number;
  /** Number of jobs; jobs get their index 0..count-1. */
  count?: number;
  /** Or run for this long (jobs get an ever-growing index). */
  seconds?: number;
  job: (index: number) => Promise<void>;
}

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank];
}

export async function runLoad(opts: LoadOptions): Promise<LoadResult> {
  const latencies: number[] = [];
  const errors: string[] = [];
  let failed = 0;
  let next = 0;
  const started = performance.now();
  const until = opts.seconds ? started + opts.seconds * 1000 : Infinity;
  const more = () => (opts.count !== undefined ? next < opts.count : performance.now() < until);
  const worker = async () => {
    while (more()) {
      const index = next++;
      const t0 = performance.now();
      try {
        await opts.job(index);
        latencies.push(performance.now() - t0);
      } catch (err) {
        failed++;
        if (errors.length < 3) errors.push((err as Error).message.slice(0, 300));
      }
    }
  };
  await Promise.all(Array.from({ length: opts.concurrency }, worker));
  const seconds = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  return {
    label: opts.label,
    concurrency: opts.concurrency,
    done: latencies.length,
    failed,
    seconds,
    perSecond: latencies.length / seconds,
    p50Ms: percentile(latencies, 50),
    p99Ms: percentile(latencies, 99),
    firstErrors: errors,
  };
}
