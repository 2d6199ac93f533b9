#!/usr/bin/env node
// `npm test`: installs what is missing (npm packages, the Temporal CLI, the Java time-skipping test
// server, Chromium for the GraphiQL screenshot test), checks format, lint and layers (`npm run lint`),
// then runs every jest project (unit, workflow, integration + e2e). Exit code is the first failure's.
// Extra arguments go to jest: `npm test -- --selectProjects unit`; JEJAK_SKIP_LINT=1 skips the lint
// step for a quick local run.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureChromium } from './lib/ensure-chromium.mjs';
import { ensureNpmPackages } from './lib/ensure-npm.mjs';
import { ensureTemporalCli } from './lib/ensure-temporal.mjs';
import { ensureTestServer } from './lib/ensure-test-server.mjs';
import { checkNode, run, say, since } from './lib/run.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

try {
  checkNode();
  await ensureNpmPackages(root);
  if (!process.env.TEST_TEMPORAL_ADDRESS) process.env.TEMPORAL_BIN = await ensureTemporalCli();
  process.env.TEMPORAL_TEST_SERVER_BIN = await ensureTestServer();
  await ensureChromium();
} catch (err) {
  say(`\x1b[31mnpm test failed before the tests ran:\x1b[0m ${err.message}`);
  process.exit(1);
}

if (process.env.JEJAK_SKIP_LINT !== '1') {
  const started = Date.now();
  say('checking format, lint and layers (npm run lint)...');
  try {
    await run('npm', ['run', '--silent', 'lint'], { cwd: root });
  } catch {
    say(
      '\x1b[31mnpm test failed: format, lint or layer check\x1b[0m (run `npm run lint`; `npm run format` fixes format)',
    );
    process.exit(1);
  }
  say(`format, lint and layers clean in ${since(started)}`);
}

const jest = path.join(root, 'node_modules', 'jest', 'bin', 'jest.js');
const child = spawn(process.execPath, [jest, ...process.argv.slice(2)], { cwd: root, stdio: 'inherit' });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
