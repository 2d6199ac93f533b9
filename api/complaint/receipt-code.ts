import { randomBytes } from 'node:crypto';
import type { FieldCipher } from '../../config/crypto/field-cipher';

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567'; // RFC 4648 base32

/** 128 random bits in base32 (26 characters), shown in groups of 4 for reading aloud or copying. */
export function newReceiptCode(): string {
  const bytes = randomBytes(16);
  let bits = 0;
  let value = 0;
  let out = '';
  for (const byte of bytes) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      out += ALPHABET[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
  }
  if (bits > 0) out += ALPHABET[(value << (5 - bits)) & 31];
  return out.match(/.{1,4}/g)!.join('-');
}

/** The code as typed (any case, dashes or spaces) reduced to its 26 characters, or null when it cannot be one. */
export function normaliseReceiptCode(typed: string): string | null {
  const code = typed.toUpperCase().replace(/[\s-]/g, '');
  return /^[A-Z2-7]{26}$/.test(code) ? code : null;
}

/** What PostgreSQL keeps: a keyed hash (HMAC, DATA_HASH_KEY) of the normalised code, never the code. */
export const receiptHash = (cipher: FieldCipher, normalised: string): string =>
  cipher.blindIndex('complaint-receipt', normalised);
