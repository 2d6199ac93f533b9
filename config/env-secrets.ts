/**
 * The secrets a deployment configures: how tokens are verified (JWT_SECRET or JWT_JWKS_URL) and the data keys that
 * seal personal data at rest. Production refuses missing or published values; development derives its own.
 */
import { DataKeys, FieldCipherError, parseDataKeys } from './crypto/field-cipher';
import { devSecret } from './dev-secrets';
import { ConfigError, optional } from './env-values';
import { HOW_TO_MAKE_A_KEY, isPublishedSecret, publishedDataKeyProblem } from './published-secrets';

/** How the API verifies bearer tokens. */
export interface JwtSettings {
  jwtSecret: string | null;
  jwtJwksUrl: string | null;
  jwtIssuer: string | null;
  jwtAudience: string | null;
}

export function jwtSettings(env: NodeJS.ProcessEnv, nodeEnv: string): JwtSettings {
  let jwtSecret = optional(env, 'JWT_SECRET');
  const jwks = optional(env, 'JWT_JWKS_URL');
  if (jwtSecret && jwks)
    throw new ConfigError('JWT_SECRET and JWT_JWKS_URL are both set: set only one (JWKS in production)');
  if (jwks) {
    let parsed: URL;
    try {
      parsed = new URL(jwks);
    } catch {
      throw new ConfigError(`JWT_JWKS_URL must be a URL like https://idp.example/.well-known/jwks.json`);
    }
    if (parsed.protocol !== 'https:' && !(nodeEnv !== 'production' && parsed.protocol === 'http:'))
      throw new ConfigError('JWT_JWKS_URL must use https:');
  }
  if (jwtSecret && jwtSecret.length < 32) throw new ConfigError('JWT_SECRET must be at least 32 characters');
  if (jwtSecret && nodeEnv === 'production' && isPublishedSecret(jwtSecret))
    throw new ConfigError(
      `JWT_SECRET is printed in the Jejak repository, so anyone could sign tokens with it: ${HOW_TO_MAKE_A_KEY}`,
    );
  if (!jwtSecret && !jwks) {
    if (nodeEnv === 'production')
      throw new ConfigError('JWT_JWKS_URL (or JWT_SECRET) is required when NODE_ENV=production');
    jwtSecret = devSecret('jwt-secret', 32, 'JWT_SECRET');
  }
  return {
    jwtSecret,
    jwtJwksUrl: jwks,
    jwtIssuer: optional(env, 'JWT_ISSUER'),
    jwtAudience: optional(env, 'JWT_AUDIENCE'),
  };
}

export function dataKeySettings(env: NodeJS.ProcessEnv, nodeEnv: string): DataKeys {
  let keys = optional(env, 'DATA_ENCRYPTION_KEYS');
  let hashKey = optional(env, 'DATA_HASH_KEY');
  if (nodeEnv === 'production' && (!keys || !hashKey))
    throw new ConfigError('DATA_ENCRYPTION_KEYS and DATA_HASH_KEY are required when NODE_ENV=production');
  keys ??= `dev1:${devSecret('data-key-dev1', 32, 'DATA_ENCRYPTION_KEYS')}`;
  hashKey ??= devSecret('data-hash-key', 32, 'DATA_HASH_KEY');
  let dataKeys: DataKeys;
  try {
    dataKeys = parseDataKeys(keys, hashKey);
  } catch (err) {
    if (err instanceof FieldCipherError) throw new ConfigError(err.message);
    throw err;
  }
  const published = nodeEnv === 'production' ? publishedDataKeyProblem(dataKeys) : null;
  if (published) throw new ConfigError(published);
  return dataKeys;
}
