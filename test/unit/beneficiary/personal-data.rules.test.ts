import {
  erasedBirthDate,
  erasedName,
  maskNik,
  maskPhone,
  normalisePhone,
} from '../../../domain/beneficiary/personal-data.rules';

describe('personal data rules', () => {
  it('accepts Indonesian numbers written +62, 62 or 0, with spaces or dashes, and stores them as +62...', () => {
    expect(normalisePhone('0812-3456-789')).toBe('+628123456789');
    expect(normalisePhone('+62 812 3456 7890')).toBe('+6281234567890');
    expect(normalisePhone('6281234567890')).toBe('+6281234567890');
    expect(normalisePhone('021-5550123')).toBe('+62215550123'); // a Jakarta landline
  });

  it.each([
    ['0012345678'],
    ['+1 202 555 0100'],
    ['0812'],
    ['08123456789012345'],
    ['0812--3456-7890'],
    ['0812345678a'],
    [''],
  ])('refuses %p', (text) => {
    expect(normalisePhone(text)).toBeNull();
  });

  it('masks a phone number in national form, keeping the first four and last three digits', () => {
    expect(maskPhone('+62812345678789')).toBe('0812******789');
    expect(maskPhone('+6281234567789')).toBe('0812*****789');
    expect(maskPhone('+628123456789')).toBe('0812****789');
    expect(maskPhone('+62215550123')).toBe('0215***123');
  });

  it('masks the middle eight digits of a NIK', () => {
    expect(maskNik('3174010101900001')).toBe('3174********0001');
  });

  it('erasure keeps the year of birth (as 1 July) and gives a pseudonym from the id', () => {
    expect(erasedBirthDate('1988-04-12')).toBe('1988-07-01');
    expect(erasedName('1a2b3c4d-0000-4000-8000-000000000000')).toBe('Erased 1a2b3c4d');
  });
});
