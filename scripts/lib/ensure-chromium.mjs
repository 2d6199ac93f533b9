// Installs Debian's Chromium (for the GraphiQL screenshot test) when /usr/bin/chromium is missing.
import { existsSync } from 'node:fs';
import { BootstrapError, capture, say, since } from './run.mjs';

/** Where the screenshot test launches Chromium from (test/e2e/graphiql.e2e.test.ts). */
export const CHROMIUM_BIN = '/usr/bin/chromium';

const HOW = `Install it and run this command again: apt-get install -y chromium (Debian or Ubuntu, as root),
or another distribution's package that puts Chromium at ${CHROMIUM_BIN}.`;

async function installCommand(env, bin) {
  try {
    await capture('apt-get', ['--version'], { env });
  } catch {
    throw new BootstrapError(`Chromium is not at ${bin} (the GraphiQL screenshot test runs it) and
apt-get, which installs it here, is not on PATH. ${HOW}`);
  }
  if (process.getuid?.() === 0) return [];
  try {
    await capture('sudo', ['-n', 'true'], { env });
    return ['sudo', '-n'];
  } catch {
    throw new BootstrapError(`Chromium is not at ${bin} (the GraphiQL screenshot test runs it) and
installing it needs root: this user is not root and cannot run sudo without a password. ${HOW}`);
  }
}

/** Returns the Chromium binary's path, installing Debian's package with apt-get if it is missing. */
export async function ensureChromium(env = process.env, bin = CHROMIUM_BIN) {
  if (existsSync(bin)) return bin;
  const prefix = await installCommand(env, bin);
  // apt-get's output is kept for a failure only.
  const apt = (args) => {
    const cmd = [...prefix, 'apt-get', ...args];
    return capture(cmd[0], cmd.slice(1), { env: { ...env, DEBIAN_FRONTEND: 'noninteractive' } });
  };
  const started = Date.now();
  say('installing Chromium with apt-get for the GraphiQL screenshot test, ~1 minute (once per machine)...');
  const ticker = setInterval(() => say(`  still installing Chromium (${since(started)})...`), 20_000);
  try {
    say('  apt-get update...');
    await apt(['-o', 'DPkg::Lock::Timeout=300', 'update']);
    say('  apt-get install -y chromium...');
    // Another apt-get holding dpkg's lock: wait for it rather than fail at once.
    await apt(['-o', 'DPkg::Lock::Timeout=300', 'install', '-y', '--no-install-recommends', 'chromium']);
  } catch (err) {
    throw new BootstrapError(`apt-get could not install Chromium (is the Debian mirror reachable?):
${err.message}
${HOW}`);
  } finally {
    clearInterval(ticker);
  }
  if (!existsSync(bin)) throw new BootstrapError(`apt-get installed chromium but ${bin} is still missing. ${HOW}`);
  say(`Chromium installed in ${since(started)}: ${bin}`);
  return bin;
}
