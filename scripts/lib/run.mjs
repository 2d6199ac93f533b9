// Small process helpers for the bootstrap scripts (no dependencies: they run before node_modules).
import { spawn } from 'node:child_process';

export const say = (msg) => process.stdout.write(`\x1b[1m[jejak]\x1b[0m ${msg}\n`);

export class BootstrapError extends Error {}

/** Runs a command with inherited output; resolves on exit 0, rejects with the command line otherwise. */
export function run(cmd, args, opts = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { stdio: 'inherit', ...opts });
    child.on('error', (err) => reject(new BootstrapError(`${cmd} could not start: ${err.message}`)));
    child.on('exit', (code, signal) => {
      if (code === 0) resolve();
      else reject(new BootstrapError(`\`${[cmd, ...args].join(' ')}\` failed (${signal ?? `exit ${code}`})`));
    });
  });
}

/** Runs a command and captures stdout; rejects if it cannot start or fails. */
export function capture(cmd, args, opts = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { stdio: ['ignore', 'pipe', 'pipe'], ...opts });
    let out = '';
    let err = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (err += d));
    child.on('error', reject);
    child.on('exit', (code) =>
      code === 0 ? resolve(out.trim()) : reject(new Error((err.trim() || out.trim() || `exit ${code}`).slice(-4000))),
    );
  });
}

/** Seconds since `start` (a Date.now() value), one decimal. */
export const since = (start) => `${((Date.now() - start) / 1000).toFixed(1)} s`;

/** Node 20 is what the project pins (package.json engines); say so early on another major. */
export function checkNode() {
  const major = Number(process.versions.node.split('.')[0]);
  if (major !== 20)
    say(`\x1b[33mwarning:\x1b[0m Node ${process.versions.node} here; Jejak is built and tested on Node 20`);
}
