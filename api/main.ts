import { processTracing } from './tracing.start';
import 'reflect-metadata';
import { Client } from '@temporalio/client';
import { loadConfigOrExit } from '../config/env';
import { createLogger } from '../config/logger';
import { openMigratedOrm } from '../db/migrate';
import { ALL_GUARDS, startApi, type ApiGuards } from './server';
import { connectTemporal } from '../config/temporal-connection';
import { temporalClientInterceptors } from '../config/tracing';

/**
 * The GraphQL API process: `node dist/api/main.js`, every guard on. Only the security-overhead
 * benchmark's fixture (bench/fixtures/unguarded-api.main.ts) runs it with guards left out.
 */
export async function runApiProcess(guards: ApiGuards = ALL_GUARDS): Promise<void> {
  const config = loadConfigOrExit();
  const logger = createLogger('jejak-api', config.logLevel);
  const orm = await openMigratedOrm(config.databaseUrl);
  const connection = await connectTemporal(config.temporalAddress);
  const temporal = new Client({
    connection,
    namespace: config.temporalNamespace,
    interceptors: temporalClientInterceptors(processTracing !== null),
  });
  const api = await startApi({ orm, temporal, config, logger }, config.apiPort, guards);
  if (processTracing) logger.info({ otlp: config.otlpEndpoint }, 'tracing on');
  logger.info(
    { graphql: `${api.url}/graphql`, health: `${api.url}/healthz`, ready: `${api.url}/readyz` },
    'api listening',
  );
  const stop = async () => {
    logger.info('api shutting down');
    await api.stop();
    await connection.close();
    await orm.close(true);
    await processTracing?.shutdown();
    process.exit(0);
  };
  process.once('SIGINT', () => void stop());
  process.once('SIGTERM', () => void stop());
}

export function exitOnFailure(err: Error): never {
  process.stderr.write(`${JSON.stringify({ level: 'fatal', service: 'jejak-api', msg: err.message })}\n`);
  process.exit(1);
}

if (require.main === module) runApiProcess().catch(exitOnFailure);
