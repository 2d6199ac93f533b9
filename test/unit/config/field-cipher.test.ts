import { FieldCipher, FieldCipherError, isSealed, parseDataKeys } from '../../../config/crypto/field-cipher';

const k = (n: number): string => Buffer.alloc(32, n).toString('base64');

describe('encrypted columns', () => {
  const old = new FieldCipher(parseDataKeys(`k1:${k(1)}`, k(9)));
  const rotated = new FieldCipher(parseDataKeys(`k2:${k(2)},k1:${k(1)}`, k(9)));

  it('seals a NIK so the stored text holds no digit of it, and opens it again', () => {
    const sealed = old.encrypt('3174010101900001');
    expect(isSealed(sealed)).toBe(true);
    expect(sealed).not.toContain('3174');
    expect(old.decrypt(sealed)).toBe('3174010101900001');
    expect(old.encrypt('3174010101900001')).not.toBe(sealed); // a fresh IV each time
  });

  it('reads values of the old key after rotation, writes with the new one, and says which rows to re-seal', () => {
    const sealedOld = old.encrypt('x');
    expect(rotated.decrypt(sealedOld)).toBe('x');
    expect(rotated.needsRotation(sealedOld)).toBe(true);
    const sealedNew = rotated.encrypt('x');
    expect(sealedNew.startsWith('enc:v1:k2:')).toBe(true);
    expect(rotated.needsRotation(sealedNew)).toBe(false);
    expect(() => old.decrypt(sealedNew)).toThrow(/key "k2", which is not configured/);
  });

  it('refuses a tampered value', () => {
    const sealed = old.encrypt('3174010101900001');
    const parts = sealed.split(':');
    parts[5] = Buffer.from('9999999999999999').toString('base64url');
    expect(() => old.decrypt(parts.join(':'))).toThrow(FieldCipherError);
    expect(() => old.decrypt('3174010101900001')).toThrow(/not an encrypted field/);
  });

  it('gives the same blind index for the same NIK under any encryption key, and different per purpose', () => {
    expect(old.blindIndex('nik', '3174010101900001')).toBe(rotated.blindIndex('nik', '3174010101900001'));
    expect(old.blindIndex('nik', '3174010101900001')).not.toBe(old.blindIndex('nik', '3174010101900002'));
    expect(old.blindIndex('nik', 'a')).not.toBe(old.blindIndex('phone', 'a'));
  });
});
