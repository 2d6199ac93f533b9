import { Writable } from 'node:stream';
import { createLogger, sanitizeForLog } from '../../../config/logger';

const NIK = '3174010101900001';
const PHONE = '+6281234567890';

function capture(): { lines: string[]; stream: Writable } {
  const lines: string[] = [];
  return {
    lines,
    stream: new Writable({
      write(chunk, _enc, done) {
        lines.push(String(chunk));
        done();
      },
    }),
  };
}

describe('logs never carry a NIK or a phone number', () => {
  it('redacts personal fields at any of the first levels of a logged object', () => {
    const { lines, stream } = capture();
    const logger = createLogger('test', 'info', stream);
    logger.info({ nik: NIK, phone: PHONE }, 'top level');
    logger.info({ input: { nik: NIK, phone: PHONE, name: 'Siti Aminah', birthDate: '1988-04-12' } }, 'an input');
    logger.info(
      { variables: { input: { nik: NIK, phone: '0812-3456-7890', name: 'Siti Aminah' } } },
      'request variables',
    );
    logger.info(
      { data: { beneficiary: { person: { nikMasked: '3174********0001', phoneMasked: '0812*****890' } } } },
      'deep',
    );
    const text = lines.join('');
    expect(lines).toHaveLength(4);
    for (const secret of [
      NIK,
      PHONE,
      '0812-3456-7890',
      'Siti Aminah',
      '1988-04-12',
      '3174********0001',
      '0812*****890',
    ])
      expect(text).not.toContain(secret);
    expect(text).toContain('"service":"test"'); // the logger's own name and fields stay
  });

  it('masks values quoted by database errors and NIK- or phone-like digits anywhere in a message', () => {
    const messages = [
      'duplicate key value violates unique constraint "beneficiary_nik_hash_unique": ' +
        'Key (nik_hash)=(9f2c) already exists',
      `insert into "beneficiary" ("nik", "phone") values ('${NIK}', '${PHONE}')`,
      `could not open enc:v1:k1:abc:def:ghi for ${NIK}, call +62 812-3456-7890 or 081234567890`,
    ];
    const text = messages.map(sanitizeForLog).join('\n');
    for (const secret of [NIK, PHONE, '812-3456-7890', '081234567890', '9f2c', 'enc:v1:k1'])
      expect(text).not.toContain(secret);
    expect(text).toContain('[phone]');
    expect(text).toContain('[16 digits]');
  });
});
