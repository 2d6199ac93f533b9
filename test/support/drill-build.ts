/**
 * The product compiled as deployed (tsc with tsconfig.build.json's options), for the fault drills
 * that start the API and the worker as real child processes (<build>/api/main.js,
 * <build>/worker/main.js) and kill them. Compiled into .data/drill-build (under the clone, so the
 * children resolve node_modules), never into the clone's own dist/: a clean clone needs no
 * `npm run build` first, and a stale dist/ is never what a drill runs. Incremental (tsbuildinfo
 * beside it): the first run of a clone compiles everything, later runs only what changed. Built
 * once per test run (the first drill file to ask), under a lock against a second run in the clone,
 * with the workflow bundle the worker processes load (WORKFLOW_BUNDLE_PATH).
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';

const ROOT = path.resolve(__dirname, '..', '..');
/** What the API and worker processes import; bench/ and scripts/ are not needed. */
const SOURCES = ['api', 'workflows', 'activities', 'worker', 'domain', 'db', 'config', 'infra'];

async function withLock<T>(dir: string, fn: () => Promise<T>): Promise<T> {
  const lock = path.join(dir, '.lock');
  const deadline = Date.now() + 10 * 60_000;
  for (;;) {
    try {
      mkdirSync(lock);
      writeFileSync(path.join(lock, 'pid'), String(process.pid));
      break;
    } catch {
      const owner = Number(readFileSync(path.join(lock, 'pid'), 'utf8').trim() || 0);
      const alive =
        owner > 0 &&
        (() => {
          try {
            process.kill(owner, 0);
            return true;
          } catch {
            return false;
          }
        })();
      if (!alive) {
        rmSync(lock, { recursive: true, force: true });
        continue;
      } // left by a killed run
      if (Date.now() > deadline) throw new Error(`the drill build is locked by process ${owner} (${lock})`);
      await new Promise((r) => setTimeout(r, 500));
    }
  }
  try {
    return await fn();
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}

export const drillWorkflowBundle = (build: string): string => path.join(build, 'workflow-bundle.js');

export async function drillBuild(): Promise<string> {
  const runDir = process.env.JEJAK_TEST_DIR;
  if (!runDir)
    throw new Error(
      "JEJAK_TEST_DIR is not set: the fault drills need the integration project's globalSetup " +
        '(run them with `npm test` or `--selectProjects integration`)',
    );
  const outDir = path.join(ROOT, '.data', 'drill-build');
  const built = path.join(runDir, 'drill-build-done'); // this run already compiled it
  if (existsSync(built)) return outDir;
  mkdirSync(outDir, { recursive: true });
  await withLock(outDir, async () => {
    const config = path.join(outDir, 'tsconfig.drill.json');
    writeFileSync(
      config,
      JSON.stringify(
        {
          extends: path.join(ROOT, 'tsconfig.build.json'),
          compilerOptions: {
            rootDir: ROOT,
            outDir,
            incremental: true,
            tsBuildInfoFile: path.join(outDir, 'tsconfig.drill.tsbuildinfo'),
          },
          include: SOURCES.map((s) => path.join(ROOT, s)),
          exclude: [path.join(ROOT, '**', '*.test.ts')],
        },
        null,
        2,
      ),
    );
    const tsc = path.join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc');
    try {
      await promisify(execFile)(process.execPath, [tsc, '-p', config], { cwd: ROOT, maxBuffer: 16 * 1024 * 1024 });
    } catch (err) {
      const e = err as { stdout?: string; stderr?: string; message: string };
      throw new Error(
        `the fault drills could not build the product (tsc -p ${config}): ${e.stdout || e.stderr || e.message}`,
      );
    }
    // The workflow bundle too, as a deployment would (WORKFLOW_BUNDLE_PATH): each restarted worker polls at once.
    await promisify(execFile)(
      process.execPath,
      [path.join(outDir, 'worker', 'workflow-bundle.js'), drillWorkflowBundle(outDir)],
      { cwd: ROOT },
    );
  });
  writeFileSync(built, `${new Date().toISOString()}\n`);
  return outDir;
}
