/** The run's results: one row per measured case beside its baseline, facts, plans and memory. */
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { LoadResult } from './load-loop';

export interface Figures {
  perSecond: number;
  p50Ms: number;
  p99Ms: number;
  done: number;
  failed: number;
}
export interface Row {
  benchmark: string;
  case: string;
  jejak: Figures;
  baseline?: Figures & { what: string };
  /** Which figure the ratio compares, e.g. 'rate' (Jejak / baseline) or 'p50' (Jejak / baseline). */
  ratioOf?: 'rate' | 'p50' | 'p99';
  ratio?: number;
  goal?: string;
  met?: boolean;
  /** First errors of failed requests (codes and messages only). */
  errors?: string[];
}
export interface MemorySample {
  after: string;
  rssMb: Record<string, number>;
}
export interface BenchReport {
  startedAt: string;
  machine: { cpus: number; model: string; node: string; loadAverageAtStart: number[] };
  scale: number;
  servers: string[];
  rows: Row[];
  facts: Record<string, unknown>;
  plans: Record<string, string>;
  memory: MemorySample[];
  notes: string[];
}

export function newReport(scale: number, servers: string[], startedAt: Date): BenchReport {
  const cpus = os.cpus();
  return {
    startedAt: startedAt.toISOString(),
    machine: {
      cpus: cpus.length,
      model: cpus[0]?.model ?? '?',
      node: process.version,
      loadAverageAtStart: os.loadavg().map((l) => Math.round(l * 100) / 100),
    },
    scale,
    servers,
    rows: [],
    facts: {},
    plans: {},
    memory: [],
    notes: [],
  };
}

export const figures = (r: LoadResult): Figures => ({
  perSecond: r.perSecond,
  p50Ms: r.p50Ms,
  p99Ms: r.p99Ms,
  done: r.done,
  failed: r.failed,
});

export function compare(
  benchmark: string,
  kase: string,
  jejak: LoadResult,
  baseline: LoadResult | undefined,
  what: string,
  ratioOf: Row['ratioOf'],
  goal?: { text: string; met: (ratio: number) => boolean },
): Row {
  const b = baseline ? { ...figures(baseline), what } : undefined;
  const ratio = !b
    ? undefined
    : ratioOf === 'rate'
      ? jejak.perSecond / b.perSecond
      : ratioOf === 'p50'
        ? jejak.p50Ms / b.p50Ms
        : jejak.p99Ms / b.p99Ms;
  const errors = [
    ...jejak.firstErrors.map((e) => `Jejak: ${e}`),
    ...(baseline?.firstErrors ?? []).map((e) => `baseline: ${e}`),
  ];
  return {
    benchmark,
    case: kase,
    jejak: figures(jejak),
    baseline: b,
    ratioOf,
    ratio,
    goal: goal?.text,
    met: goal && ratio !== undefined ? goal.met(ratio) : undefined,
    ...(errors.length ? { errors } : {}),
  };
}

const f = (n: number, digits = 1) => (Number.isFinite(n) ? n.toFixed(digits) : '-');
const cell = (x: Figures) =>
  `${f(x.perSecond)}/s · p50 ${f(x.p50Ms)} · p99 ${f(x.p99Ms)} ms${x.failed ? ` · ${x.failed} failed` : ''}`;

export function toMarkdown(r: BenchReport): string {
  const out: string[] = [];
  out.push(
    `Run ${r.startedAt} · ${r.machine.cpus} × ${r.machine.model} · Node ${r.machine.node} · ` +
      `load average at start ${r.machine.loadAverageAtStart.join(' / ')} · BENCH_SCALE=${r.scale}`,
    '',
  );
  out.push('| Benchmark | Case | Jejak | Baseline (same run) | Ratio | Goal |', '|---|---|---|---|---|---|');
  for (const row of r.rows) {
    const base = row.baseline ? `${row.baseline.what}: ${cell(row.baseline)}` : '-';
    const ratio = row.ratio === undefined ? '-' : `${f(row.ratio, 2)}× (${row.ratioOf})`;
    const goal = row.goal ? `${row.goal}: ${row.met ? '**met**' : '**not met**'}` : '';
    out.push(`| ${row.benchmark} | ${row.case} | ${cell(row.jejak)} | ${base} | ${ratio} | ${goal} |`);
  }
  out.push('', '| Fact | Value |', '|---|---|');
  for (const [k, v] of Object.entries(r.facts)) out.push(`| ${k} | ${typeof v === 'string' ? v : JSON.stringify(v)} |`);
  out.push(
    '',
    '| RSS (MB) after | ' + Object.keys(r.memory[0]?.rssMb ?? {}).join(' | ') + ' |',
    '|---|' +
      Object.keys(r.memory[0]?.rssMb ?? {})
        .map(() => '---|')
        .join(''),
  );
  for (const m of r.memory) out.push(`| ${m.after} | ${Object.values(m.rssMb).join(' | ')} |`);
  for (const row of r.rows)
    for (const e of row.errors ?? []) out.push('', `- failed request in "${row.benchmark}: ${row.case}": ${e}`);
  if (r.notes.length) out.push('', ...r.notes.map((n) => `- ${n}`));
  for (const [name, plan] of Object.entries(r.plans)) out.push('', `EXPLAIN ${name}:`, '```', plan, '```');
  return out.join('\n');
}

export function writeResults(root: string, r: BenchReport): { json: string; md: string } {
  const dir = path.join(root, 'bench', 'results');
  mkdirSync(dir, { recursive: true });
  const name = r.startedAt.slice(0, 16).replace(/[:T]/g, '-');
  const json = path.join(dir, `${name}.json`);
  const md = path.join(dir, `${name}.md`);
  writeFileSync(json, `${JSON.stringify(r, null, 2)}\n`);
  writeFileSync(md, `# Bench run ${r.startedAt}\n\n${toMarkdown(r)}\n`);
  return { json, md };
}

/** The commit measured, and whether the working tree had changes beside it. */
export function commitFact(root: string): string {
  try {
    const head = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: root, encoding: 'utf8' }).trim();
    const dirty =
      execFileSync('git', ['status', '--porcelain', '--untracked-files=no'], { cwd: root, encoding: 'utf8' }).trim() !==
      '';
    return `${head}${dirty ? ' + uncommitted changes in the working tree' : ''}`;
  } catch {
    return 'unknown (no git)';
  }
}
