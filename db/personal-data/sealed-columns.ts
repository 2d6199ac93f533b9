import type { FieldCipher } from '../../config/crypto/field-cipher';

/**
 * How a beneficiary's sensitive columns are stored: `nik` and `phone` sealed with the field cipher
 * (AES-256-GCM, key id in the value), `nik_hash` the NIK's blind index, which carries the UNIQUE
 * constraint and serves look-ups by NIK. Every writer of those columns goes through here.
 */
export const NIK_INDEX_PURPOSE = 'nik';

export const nikHash = (cipher: FieldCipher, nik: string): string => cipher.blindIndex(NIK_INDEX_PURPOSE, nik);

export interface SealedPersonColumns {
  nik: string;
  nikHash: string;
  phone: string | null;
}

/** The stored values for a plaintext NIK and (normalised) phone number. */
export function sealPerson(cipher: FieldCipher, nik: string, phone: string | null | undefined): SealedPersonColumns {
  return { nik: cipher.encrypt(nik), nikHash: nikHash(cipher, nik), phone: cipher.encryptNullable(phone) };
}
