/**
 * Encryption at rest for sensitive columns (NIK, phone, a safeguarding reporter's identity).
 *
 * - AES-256-GCM with a random 96-bit IV per value; the stored text names the key that sealed it:
 *   `enc:v1:<keyId>:<iv>:<tag>:<ciphertext>` (base64url parts). Reading accepts every configured
 *   key, writing uses the first one, so a key is rotated by putting a new one first and re-sealing
 *   rows (`needsRotation` tells which) before the old key is removed.
 * - A blind index (HMAC-SHA-256 under a separate key) lets PostgreSQL enforce uniqueness and find a
 *   person by NIK without the plaintext: equal inputs give equal digests, nothing else leaks.
 * Pure Node crypto, no I/O: keys come from configuration (config/env.ts).
 */
import { createCipheriv, createDecipheriv, createHmac, randomBytes } from 'node:crypto';

export interface DataKeys {
  /** Key id used for new values (the first key of DATA_ENCRYPTION_KEYS). */
  currentKeyId: string;
  /** Every key that may still open stored values, by id (32 bytes each). */
  keys: Record<string, Buffer>;
  /** HMAC key for blind indexes (DATA_HASH_KEY, 32+ bytes). */
  hashKey: Buffer;
}

const PREFIX = 'enc:v1:';
const b64 = (b: Buffer): string => b.toString('base64url');

export class FieldCipherError extends Error {}

export class FieldCipher {
  constructor(private readonly dataKeys: DataKeys) {
    if (!dataKeys.keys[dataKeys.currentKeyId]) throw new FieldCipherError(`no key with id "${dataKeys.currentKeyId}"`);
  }

  get currentKeyId(): string {
    return this.dataKeys.currentKeyId;
  }

  encrypt(plain: string): string {
    const keyId = this.dataKeys.currentKeyId;
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.dataKeys.keys[keyId], iv);
    cipher.setAAD(Buffer.from(keyId));
    const ct = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
    return `${PREFIX}${keyId}:${b64(iv)}:${b64(cipher.getAuthTag())}:${b64(ct)}`;
  }

  decrypt(stored: string): string {
    const { keyId, iv, tag, ct } = parse(stored);
    const key = this.dataKeys.keys[keyId];
    if (!key)
      throw new FieldCipherError(`value sealed with key "${keyId}", which is not configured (DATA_ENCRYPTION_KEYS)`);
    const decipher = createDecipheriv('aes-256-gcm', key, iv);
    decipher.setAAD(Buffer.from(keyId));
    decipher.setAuthTag(tag);
    try {
      return Buffer.concat([decipher.update(ct), decipher.final()]).toString('utf8');
    } catch {
      throw new FieldCipherError(`value sealed with key "${keyId}" failed authentication (tampered or wrong key)`);
    }
  }

  encryptNullable(plain: string | null | undefined): string | null {
    return plain == null ? null : this.encrypt(plain);
  }
  decryptNullable(stored: string | null | undefined): string | null {
    return stored == null ? null : this.decrypt(stored);
  }

  /** True when the value was sealed by an older key and should be re-sealed with the current one. */
  needsRotation(stored: string): boolean {
    return parse(stored).keyId !== this.dataKeys.currentKeyId;
  }

  /** Deterministic keyed digest (hex) for uniqueness and look-up; `purpose` separates domains (e.g. 'nik'). */
  blindIndex(purpose: string, value: string): string {
    return createHmac('sha256', this.dataKeys.hashKey).update(`${purpose}\u0000${value}`).digest('hex');
  }
}

export const isSealed = (stored: string): boolean => stored.startsWith(PREFIX);

function parse(stored: string): { keyId: string; iv: Buffer; tag: Buffer; ct: Buffer } {
  if (!isSealed(stored)) throw new FieldCipherError('value is not an encrypted field (enc:v1:...)');
  const parts = stored.slice(PREFIX.length).split(':');
  if (parts.length !== 4) throw new FieldCipherError('malformed encrypted field');
  const [keyId, iv, tag, ct] = parts;
  return {
    keyId,
    iv: Buffer.from(iv, 'base64url'),
    tag: Buffer.from(tag, 'base64url'),
    ct: Buffer.from(ct, 'base64url'),
  };
}

/**
 * Parses DATA_ENCRYPTION_KEYS (`id:base64key[,id:base64key...]`, first = current) and DATA_HASH_KEY.
 * Throws with a message naming the variable; config/env.ts turns it into a ConfigError.
 */
export function parseDataKeys(keysText: string, hashKeyText: string): DataKeys {
  const keys: Record<string, Buffer> = {};
  let currentKeyId = '';
  for (const entry of keysText
    .split(',')
    .map((e) => e.trim())
    .filter(Boolean)) {
    const m = /^([A-Za-z0-9_-]{1,32}):(.+)$/.exec(entry);
    if (!m)
      throw new FieldCipherError('DATA_ENCRYPTION_KEYS must be a list of id:base64key (id of letters, digits, - or _)');
    const key = Buffer.from(m[2], 'base64');
    if (key.length !== 32)
      throw new FieldCipherError(
        `DATA_ENCRYPTION_KEYS key "${m[1]}" must be 32 bytes in base64 (openssl rand -base64 32)`,
      );
    if (keys[m[1]]) throw new FieldCipherError(`DATA_ENCRYPTION_KEYS names key "${m[1]}" twice`);
    keys[m[1]] = key;
    currentKeyId ||= m[1];
  }
  if (!currentKeyId) throw new FieldCipherError('DATA_ENCRYPTION_KEYS has no key');
  const hashKey = Buffer.from(hashKeyText, 'base64');
  if (hashKey.length < 32)
    throw new FieldCipherError('DATA_HASH_KEY must be at least 32 bytes in base64 (openssl rand -base64 32)');
  return { currentKeyId, keys, hashKey };
}
