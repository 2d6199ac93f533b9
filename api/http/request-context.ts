import type { MikroORM } from '@mikro-orm/postgresql';
import type { Client } from '@temporalio/client';
import type { Logger } from 'pino';
import type { FieldCipher } from '../../config/crypto/field-cipher';
import type { AppConfig } from '../../config/env';
import type { Locale } from '../../domain/i18n/locale';
import { actorOf, type Principal } from '../../domain/staff/principal.rules';
import type { GraphQLContext } from '../context';
import { createLoaders } from '../loaders';

/** What every request context is built from: the process's services. */
export interface ContextServices {
  orm: MikroORM;
  temporal: Client;
  config: AppConfig;
  logger: Logger;
  cipher: FieldCipher;
}

/**
 * One request's context (an HTTP request, or one subscription over WebSocket): its own MikroORM fork and
 * loaders, the caller and the request's language.
 */
export function requestContext(
  services: ContextServices,
  principal: Principal | null,
  requestId: string,
  locale: Locale,
  logger: Logger,
): GraphQLContext {
  const em = services.orm.em.fork();
  return {
    em,
    temporal: services.temporal,
    config: services.config,
    actor: principal ? actorOf(principal) : null,
    principal,
    requestId,
    logger,
    loaders: createLoaders(em),
    locale,
    cipher: services.cipher,
  };
}
