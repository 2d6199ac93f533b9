#!/usr/bin/env node
// `npm test`: installs what is missing (npm packages, the Temporal CLI, the Java time-skipping test
// server), then runs every jest project (unit, workflow, integration + e2e). Exit code is jest's.
// Extra arguments go to jest: `npm test -- --selectProjects unit`.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureNpmPackages } from './lib/ensure-npm.mjs';
import { ensureTemporalCli } from './lib/ensure-temporal.mjs';
import { ensureTestServer } from './lib/ensure-test-server.mjs';
import { checkNode, say } from './lib/run.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

try {
  checkNode();
  await ensureNpmPackages(root);
  if (!process.env.TEST_TEMPORAL_ADDRESS) process.env.TEMPORAL_BIN = await ensureTemporalCli();
  process.env.TEMPORAL_TEST_SERVER_BIN = await ensureTestServer();
} catch (err) {
  say(`\x1b[31mnpm test failed before the tests ran:\x1b[0m ${err.message}`);
  process.exit(1);
}

const jest = path.join(root, 'node_modules', 'jest', 'bin', 'jest.js');
const child = spawn(process.execPath, [jest, ...process.argv.slice(2)], { cwd: root, stdio: 'inherit' });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
