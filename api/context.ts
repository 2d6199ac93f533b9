import type { EntityManager } from '@mikro-orm/postgresql';
import type { Client } from '@temporalio/client';
import type { Logger } from 'pino';
import type { FieldCipher } from '../config/crypto/field-cipher';
import type { AppConfig } from '../config/env';
import type { Locale } from '../domain/i18n/locale';
import type { Actor } from '../domain/journey/journey.types';
import type { Principal } from '../domain/staff/principal.rules';
import type { Loaders } from './loaders';

/** Built per request: its own MikroORM fork, the caller, and a request id that reaches the workflow. */
export interface GraphQLContext {
  em: EntityManager;
  temporal: Client;
  config: AppConfig;
  /** Id and role of the caller (what reaches the workflow); null when anonymous. */
  actor: Actor | null;
  /** The verified caller with every role and their scope (programmes, regions). */
  principal: Principal | null;
  requestId: string;
  logger: Logger;
  loaders: Loaders;
  /** The request's language (Accept-Language, else DEFAULT_LOCALE): labels and messages use it. */
  locale: Locale;
  /** Seals and opens the sensitive columns (NIK, phone) with the configured data keys. */
  cipher: FieldCipher;
}
