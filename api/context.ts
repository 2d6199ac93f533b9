import type { EntityManager } from '@mikro-orm/postgresql';
import type { Client } from '@temporalio/client';
import type { Logger } from 'pino';
import type { AppConfig } from '../config/env';
import type { Actor } from '../domain/journey/journey.types';
import type { Loaders } from './loaders';

/** Built per request: its own MikroORM fork, the caller, and a request id that reaches the workflow. */
export interface GraphQLContext {
  em: EntityManager;
  temporal: Client;
  config: AppConfig;
  actor: Actor | null;
  requestId: string;
  logger: Logger;
  loaders: Loaders;
}
