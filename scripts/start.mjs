#!/usr/bin/env node
// `npm start`: installs what is missing (npm packages, the Temporal CLI), builds the TypeScript and
// runs the local stack (dist/infra/stack.js) in this process. Plain Node: runs before node_modules.
// Honours DATABASE_URL and TEMPORAL_ADDRESS (no local PostgreSQL / Temporal then).
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { ensureNpmPackages } from './lib/ensure-npm.mjs';
import { ensureTemporalCli } from './lib/ensure-temporal.mjs';
import { checkNode, run, say, since } from './lib/run.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

try {
  checkNode();
  await ensureNpmPackages(root);
  if (!process.env.TEMPORAL_ADDRESS) process.env.TEMPORAL_BIN = await ensureTemporalCli();
  const started = Date.now();
  say('building TypeScript (npm run build)...');
  await run('npm', ['run', '--silent', 'build'], { cwd: root });
  say(`built in ${since(started)}`);
} catch (err) {
  say(`\x1b[31mnpm start failed:\x1b[0m ${err.message}`);
  process.exit(1);
}
const stack = await import(pathToFileURL(path.join(root, 'dist', 'infra', 'stack.js')).href);
await (stack.main ?? stack.default.main)(process.argv.slice(2));
