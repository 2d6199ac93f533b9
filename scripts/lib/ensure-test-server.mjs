// Provisions the Java time-skipping Temporal test server from Maven Central into the tools folder.
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { TEMPORAL_TEST_SERVER_VERSION, testServerDir, testServerWrapper } from './tools-paths.mjs';
import { BootstrapError, capture, say, since } from './run.mjs';

const POM = `<?xml version="1.0" encoding="UTF-8"?>
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>jejak.tools</groupId>
  <artifactId>temporal-test-server-fetch</artifactId>
  <version>1</version>
  <packaging>pom</packaging>
  <dependencies>
    <dependency>
      <groupId>io.temporal</groupId>
      <artifactId>temporal-test-server</artifactId>
      <version>${TEMPORAL_TEST_SERVER_VERSION}</version>
    </dependency>
  </dependencies>
</project>
`;

async function requireTool(cmd, args, what) {
  try {
    await capture(cmd, args);
  } catch {
    throw new BootstrapError(`${cmd} is not on PATH. The workflow tests need ${what} to provision the Temporal
time-skipping test server (io.temporal:temporal-test-server:${TEMPORAL_TEST_SERVER_VERSION}): install Java 17+ and
Maven 3.8+ (apt-get install openjdk-17-jdk-headless maven, or brew install openjdk@17 maven) and run this
command again.`);
  }
}

/** Returns the path of the test server's launcher script, provisioning it if needed. */
export async function ensureTestServer(env = process.env) {
  const dir = testServerDir(env);
  const wrapper = testServerWrapper(env);
  const lib = path.join(dir, 'lib');
  if (existsSync(wrapper) && existsSync(lib) && readdirSync(lib).some((f) => f.startsWith('temporal-test-server'))) {
    return wrapper;
  }
  await requireTool('java', ['-version'], 'Java 17+');
  await requireTool('mvn', ['-v'], 'Maven');
  const started = Date.now();
  say(
    `provisioning the Temporal time-skipping test server ${TEMPORAL_TEST_SERVER_VERSION} with Maven, ` +
      '~10 s (once per machine)...',
  );
  mkdirSync(path.dirname(wrapper), { recursive: true });
  writeFileSync(path.join(dir, 'pom.xml'), POM);
  const staging = path.join(dir, 'lib.partial');
  rmSync(staging, { recursive: true, force: true });
  // Maven's -q still prints colour resets: keep its output for a failure only.
  try {
    await capture('mvn', ['-q', '-B', 'dependency:copy-dependencies', `-DoutputDirectory=${staging}`], { cwd: dir });
  } catch (err) {
    throw new BootstrapError(
      `Maven could not fetch io.temporal:temporal-test-server:${TEMPORAL_TEST_SERVER_VERSION} ` +
        `(is Maven Central reachable?): ${err.message}`,
    );
  }
  rmSync(lib, { recursive: true, force: true });
  renameSync(staging, lib);
  writeFileSync(
    wrapper,
    `#!/bin/sh\n` +
      `# Temporal time-skipping test server ${TEMPORAL_TEST_SERVER_VERSION} (Java); the SDK passes the port.\n` +
      `exec java -cp "${lib}/*" io.temporal.testserver.TestServer "$@"\n`,
    { mode: 0o755 },
  );
  say(`test server provisioned in ${since(started)}: ${wrapper}`);
  return wrapper;
}
