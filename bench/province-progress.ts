/**
 * Progress of the province step's long loads: jobs done, their rate, the time left and the journey workers' RSS
 * printed every 10 s, and the largest RSS seen (the issue's memory goal is per worker process).
 */
import { rssMb, type BenchProcess } from './bench-processes';
import type { LoadResult } from './load-loop';

export interface ProgressDeps {
  workers: BenchProcess[];
  say: (msg: string) => void;
}

/** The largest RSS of the journey worker processes (the goal is per process). */
const workerRss = (deps: ProgressDeps): number => Math.max(...deps.workers.map((w) => rssMb(w.proc)));

/** Runs `load` while printing how many jobs are done, their rate and the worker's RSS every 10 s. */
export async function withProgress(
  deps: ProgressDeps,
  what: string,
  total: number,
  done: () => number,
  load: () => Promise<LoadResult>,
): Promise<{ result: LoadResult; peakWorkerMb: number }> {
  const t0 = performance.now();
  let peakWorkerMb = workerRss(deps);
  const timer = setInterval(() => {
    const n = done();
    const s = (performance.now() - t0) / 1000;
    const rss = workerRss(deps);
    peakWorkerMb = Math.max(peakWorkerMb, rss);
    const eta = n > 0 ? ((total - n) * s) / n : NaN;
    deps.say(`province: ${what} ${n}/${total}, ${(n / s).toFixed(1)}/s, ~${eta.toFixed(0)} s left, worker ${rss} MB`);
  }, 10_000);
  try {
    const result = await load();
    return { result, peakWorkerMb: Math.max(peakWorkerMb, workerRss(deps)) };
  } finally {
    clearInterval(timer);
  }
}
