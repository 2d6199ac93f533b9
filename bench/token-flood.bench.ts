/**
 * The token flood: a 1 MB document of 40,000 selected fields. With the token limit (guarded API)
 * graphql's parser stops at 3,000 tokens; without it (the unguarded fixture: no query limits) the
 * whole document is parsed and validated before it is refused, which is what every API paid before
 * the token limit. Baseline in the same run: a small valid query on the guarded API.
 */
import { cpuPerOp, type BenchProcess } from './bench-processes';
import { compare, type BenchReport } from './bench-report';
import { gql } from './http-client';
import { runLoad } from './load-loop';

const FLOOD = `{ programmes { ${Array.from({ length: 40_000 }, (_, i) => `id${i}`).join(' ')} } }`;
const SMALL = '{ programmes { id } }';

/** Runs `query` `count` times one after another; a refusal with `code` counts as done, anything else fails. */
const sequential = (proc: BenchProcess, label: string, query: string, count: number, code?: string) =>
  cpuPerOp(
    [proc],
    (r) => r.done,
    () =>
      runLoad({
        label,
        concurrency: 1,
        count,
        job: async () => {
          try {
            await gql(proc.url!, query, {});
            if (code) throw new Error(`expected ${code}, got an answer`);
          } catch (err) {
            if (!code || !(err as Error).message.startsWith(`GraphQL ${code} `)) throw err;
          }
        },
      }),
  );

export async function tokenFloodBench(
  report: BenchReport,
  deps: { api: BenchProcess; unguarded: BenchProcess },
  floods: number,
): Promise<void> {
  await sequential(deps.api, 'warm', SMALL, 20);
  await sequential(deps.unguarded, 'warm', SMALL, 20);
  const small = await sequential(deps.api, 'small valid query', SMALL, floods * 5);
  const limited = await sequential(deps.api, 'flood, token limit', FLOOD, floods, 'QUERY_TOO_COMPLEX');
  const unlimited = await sequential(
    deps.unguarded,
    'flood, no token limit',
    FLOOD,
    floods,
    'GRAPHQL_VALIDATION_FAILED',
  );
  const kase = `1 MB document, 40,000 fields, ${floods} one after another`;
  report.rows.push(
    compare('Token flood', `${kase}: token limit`, limited.result, small.result, 'small valid query', 'p50'),
    compare('Token flood', `${kase}: no token limit`, unlimited.result, small.result, 'small valid query', 'p50'),
  );
  report.facts['Token flood CPU'] =
    `token limit: ${limited.perOp}; no token limit (parsed and validated whole): ${unlimited.perOp}; ` +
    `small valid query: ${small.perOp}; p50 ${limited.result.p50Ms.toFixed(1)} vs ` +
    `${unlimited.result.p50Ms.toFixed(1)} ms ` +
    `(${(unlimited.result.p50Ms / limited.result.p50Ms).toFixed(0)}× less with the limit)`;
}
