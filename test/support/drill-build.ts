/**
 * The product compiled as deployed (tsc -p tsconfig.build.json), for the fault drills that start the
 * API and the worker as real child processes (dist/api/main.js, dist/worker/main.js) and kill them.
 * Built once per test run into the run's folder (.data/test-<pid>/dist, under the clone so the
 * children resolve node_modules), never into the clone's own dist/: a clean clone needs no
 * `npm run build` first and a stale dist/ is never what a drill runs.
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';

const ROOT = path.resolve(__dirname, '..', '..');

export async function drillBuild(): Promise<string> {
  const runDir = process.env.JEJAK_TEST_DIR;
  if (!runDir) throw new Error('JEJAK_TEST_DIR is not set: the fault drills need the integration project\'s globalSetup (run them with `npm test` or `--selectProjects integration`)');
  const outDir = path.join(runDir, 'dist');
  const done = path.join(outDir, '.build-complete');
  if (existsSync(done)) return outDir; // an earlier drill file of this run built it
  mkdirSync(outDir, { recursive: true });
  const tsc = path.join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc');
  try {
    await promisify(execFile)(process.execPath, [tsc, '-p', path.join(ROOT, 'tsconfig.build.json'), '--outDir', outDir], { cwd: ROOT, maxBuffer: 16 * 1024 * 1024 });
  } catch (err) {
    const e = err as { stdout?: string; stderr?: string; message: string };
    throw new Error(`the fault drills could not build the product (tsc -p tsconfig.build.json): ${e.stdout || e.stderr || e.message}`);
  }
  writeFileSync(done, `${new Date().toISOString()}\n`);
  return outDir;
}
