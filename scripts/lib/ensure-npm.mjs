// Installs the npm packages when node_modules is missing or older than package-lock.json.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { run, say, since } from './run.mjs';

const STAMP = '.jejak-lock-sha256';

function lockHash(root) {
  return createHash('sha256')
    .update(readFileSync(path.join(root, 'package-lock.json')))
    .digest('hex');
}

/** Why node_modules needs (re)installing, or undefined when it is up to date. */
export function npmInstallReason(root) {
  const modules = path.join(root, 'node_modules');
  if (!existsSync(modules)) return 'node_modules is missing';
  const stamp = path.join(modules, STAMP);
  if (existsSync(stamp)) {
    return readFileSync(stamp, 'utf8').trim() === lockHash(root)
      ? undefined
      : 'package-lock.json changed since the last install';
  }
  // Installed by hand (npm install / npm ci): npm's own record must be at least as new as the lock.
  const hidden = path.join(modules, '.package-lock.json');
  if (!existsSync(hidden)) return 'node_modules was not installed by npm';
  if (statSync(hidden).mtimeMs + 1000 < statSync(path.join(root, 'package-lock.json')).mtimeMs) {
    return 'package-lock.json is newer than node_modules';
  }
  writeFileSync(stamp, `${lockHash(root)}\n`);
  return undefined;
}

export async function ensureNpmPackages(root) {
  const reason = npmInstallReason(root);
  if (!reason) return;
  const started = Date.now();
  say(`installing npm packages with \`npm ci\` (${reason}); about a minute on a first run...`);
  await run('npm', ['ci', '--no-audit', '--no-fund'], { cwd: root });
  writeFileSync(path.join(root, 'node_modules', STAMP), `${lockHash(root)}\n`);
  say(`npm packages installed in ${since(started)}`);
}
