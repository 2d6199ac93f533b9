import { randomBytes } from 'node:crypto';
import { loadConfig, loadDataKeys } from '../../../config/env';
import { PUBLISHED_SECRETS } from '../../../config/published-secrets';
import { keyShapedValues, repositoryKeyShapedValues } from '../../support/key-shaped-values';

/**
 * A secret printed in the repository protects nothing: production refuses every one of them (as the
 * token secret, the sealing key or the blind-index key) and says how to make one's own. Development and
 * the tests go on using them.
 */
const ownKey = (): string => randomBytes(32).toString('base64');
const production = (env: Record<string, string>) => ({
  DATABASE_URL: 'postgres://u:p@localhost:5432/jejak',
  NODE_ENV: 'production',
  JWT_SECRET: ownKey(),
  DATA_ENCRYPTION_KEYS: `k1:${ownKey()}`,
  DATA_HASH_KEY: ownKey(),
  ...env,
});
const MAKE_ONE = /openssl rand -base64 32/;
const asBytes = (secret: string): Buffer => Buffer.from(secret, 'base64');
const dataKeySecrets = PUBLISHED_SECRETS.filter((s) => asBytes(s).length === 32);

describe('published secrets in production', () => {
  it('starts with secrets of its own', () => {
    expect(loadConfig(production({})).nodeEnv).toBe('production');
  });

  it.each(PUBLISHED_SECRETS)('refuses %s as JWT_SECRET, saying how to make one', (secret) => {
    expect(() => loadConfig(production({ JWT_SECRET: secret }))).toThrow(
      /^JWT_SECRET is printed in the Jejak repository/,
    );
    expect(() => loadConfig(production({ JWT_SECRET: secret }))).toThrow(MAKE_ONE);
  });

  it.each(dataKeySecrets)('refuses %s as the sealing key and as the blind-index key', (secret) => {
    const sealing = production({ DATA_ENCRYPTION_KEYS: `k1:${secret}` });
    expect(() => loadConfig(sealing)).toThrow(/^DATA_ENCRYPTION_KEYS key "k1" is printed in the Jejak repository/);
    expect(() => loadConfig(sealing)).toThrow(MAKE_ONE);
    expect(() => loadDataKeys(sealing)).toThrow(/"k1" is printed/); // db:migrate and db:rotate-keys too
    const hashing = production({ DATA_HASH_KEY: secret });
    expect(() => loadConfig(hashing)).toThrow(/^DATA_HASH_KEY is printed in the Jejak repository/);
    expect(() => loadConfig(hashing)).toThrow(MAKE_ONE);
  });

  it('recognises a published key written another way (base64url, no padding, another key id)', () => {
    for (const secret of dataKeySecrets) {
      const other = asBytes(secret).toString('base64url');
      expect(() => loadConfig(production({ DATA_ENCRYPTION_KEYS: `mine:${other}` }))).toThrow(/key "mine" is printed/);
      expect(() => loadConfig(production({ DATA_HASH_KEY: other }))).toThrow(/DATA_HASH_KEY is printed/);
    }
  });

  it('still opens data sealed with a published key while it is rotated away (new key first)', () => {
    for (const secret of dataKeySecrets) {
      const keys = loadDataKeys(production({ DATA_ENCRYPTION_KEYS: `k2:${ownKey()},k1:${secret}` }));
      expect(keys.currentKeyId).toBe('k2');
      expect(keys.keys.k1).toEqual(asBytes(secret));
    }
  });

  it('leaves development and the tests free to use them', () => {
    const [secret] = dataKeySecrets;
    const dev = { DATABASE_URL: 'postgres://u:p@localhost:5432/jejak', DATA_ENCRYPTION_KEYS: `k1:${secret}` };
    expect(loadConfig({ ...dev, DATA_HASH_KEY: secret, JWT_SECRET: PUBLISHED_SECRETS[1] }).nodeEnv).toBe('development');
  });
});

describe('the list of published secrets', () => {
  it('holds every key-shaped value written anywhere in the repository', () => {
    const unlisted = repositoryKeyShapedValues().filter(({ value }) => !PUBLISHED_SECRETS.includes(value));
    expect(unlisted).toEqual([]);
  });

  it('finds what a key looks like, and not ids or recorded payloads', () => {
    let key = ownKey();
    while (!/[A-Z]/.test(key) || !/[a-z]/.test(key) || !/\d/.test(key)) key = ownKey(); // 1 in ~1,000 lacks one
    const secret = 'a-long-enough-secret-'.repeat(2);
    const payload = Buffer.from(JSON.stringify({ journeyId: 'j-0123456789', stage: 'ENROLLED', n: 42 }));
    expect(keyShapedValues(`DATA_HASH_KEY=${key}`)).toEqual([key]);
    expect(keyShapedValues(`  DATA_ENCRYPTION_KEYS: k1:${key.replace(/=$/, '')}`)).toEqual([key.replace(/=$/, '')]);
    expect(keyShapedValues(`const MY_SECRET = '${secret}';`)).toEqual([secret]);
    expect(keyShapedValues(`"data":"${payload.toString('base64')}"`)).toEqual([]);
    expect(keyShapedValues('"key":"approvePlan-2-5e704b25-11ab-4d5c-af42-6c6ede72bb62"')).toEqual([]);
    expect(keyShapedValues('JWT_SECRET: ${JWT_SECRET:?set JWT_SECRET (32+ characters, openssl rand)}')).toEqual([]);
    expect(keyShapedValues('journey_event_journey_id_seq_ordinal_unique')).toEqual([]);
  });
});
