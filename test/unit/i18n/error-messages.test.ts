import { ArgumentValidationError } from 'type-graphql';
import type { ValidationError } from 'class-validator';
import { DomainError } from '../../../domain/errors/error-codes';
import { formatError } from '../../../api/errors/error-mapping';
import { notificationText } from '../../../domain/i18n/notification-text';

const formatted = (message: string, code?: string) => ({ message, extensions: code ? { code } : {} });

/** The same error, one stable code, a message in the request's language. */
describe('localized error messages', () => {
  it('answers a catalogue error in Indonesian or English with the same code', () => {
    const err = new DomainError('DUPLICATE_NIK');
    expect(formatError(formatted(err.message), err, 'id')).toMatchObject({
      message: 'Penerima manfaat dengan NIK ini sudah terdaftar',
      extensions: { code: 'DUPLICATE_NIK' },
    });
    expect(formatError(formatted(err.message), err, 'en')).toMatchObject({
      message: 'A beneficiary with this NIK is already enrolled',
      extensions: { code: 'DUPLICATE_NIK' },
    });
  });

  it('keeps the English specifics of an error as detail when answering in Indonesian', () => {
    const err = new DomainError('NOT_FOUND', 'No journey 42');
    expect(formatError(formatted(err.message), err, 'id')).toMatchObject({
      message: 'Data yang dirujuk tidak ditemukan',
      extensions: { code: 'NOT_FOUND', detail: 'No journey 42' },
    });
    expect(formatError(formatted(err.message), err, 'en')).toEqual({
      message: 'No journey 42',
      extensions: { code: 'NOT_FOUND', details: {} },
    });
  });

  it('translates class-validator problems field by field', () => {
    const problems = [
      { property: 'name', constraints: { maxLength: 'name must be shorter than or equal to 200 characters' } },
      {
        property: 'selection',
        children: [{ property: 'potentialScore', constraints: { max: 'potentialScore must not be greater than 100' } }],
      },
      { property: 'sex', constraints: { isIn: 'sex must be one of the following values: FEMALE, MALE' } },
      { property: 'nik', constraints: { matches: 'nik must be exactly 16 digits' } },
    ] as ValidationError[];
    const err = new ArgumentValidationError(problems);
    const id = formatError(formatted('Argument Validation Error'), err, 'id');
    expect(id.extensions?.code).toBe('VALIDATION_FAILED');
    expect(id.message).toBe(
      'Masukan tidak valid: name (name maksimal 200 karakter), ' +
        'selection.potentialScore (potentialScore tidak boleh lebih dari 100), ' +
        'sex (sex harus salah satu dari: FEMALE, MALE), nik (NIK harus terdiri dari tepat 16 digit)',
    );
    const en = formatError(formatted('Argument Validation Error'), err, 'en');
    expect(en.message).toBe(
      'Input is invalid: name (name must be shorter than or equal to 200 characters), ' +
        'selection.potentialScore (potentialScore must not be greater than 100), ' +
        'sex (sex must be one of the following values: FEMALE, MALE), nik (nik must be exactly 16 digits)',
    );
  });

  it('never leaks an unexpected error, in either language', () => {
    expect(formatError(formatted('connection string postgres://secret'), new Error('boom'), 'id')).toMatchObject({
      message: 'Terjadi kesalahan server yang tidak terduga',
      extensions: { code: 'INTERNAL' },
    });
    expect(formatError(formatted('x'), new Error('boom'), 'en').message).toBe('Unexpected server error');
  });

  it("renders stored notifications in the reader's language", () => {
    const overdue = {
      kind: 'ESCALATE_TO_MANAGER',
      reason: 'ASSESSMENT overdue',
      data: { dueAt: '2026-11-25T03:00:00.000Z' },
    };
    expect(notificationText('id', overdue)).toBe(
      'Asesmen kebutuhan terlambat sejak 25 November 2026: mohon tindak lanjuti bersama pendamping.',
    );
    expect(notificationText('en', overdue)).toBe(
      'Needs assessment is overdue since 25 November 2026: please follow up with the facilitator.',
    );
    const toFacilitator = { ...overdue, kind: 'ESCALATE_TO_FACILITATOR' };
    expect(notificationText('en', toFacilitator)).toBe(
      'Needs assessment is overdue since 25 November 2026: please complete it.',
    );
    expect(notificationText('id', toFacilitator)).toBe(
      'Asesmen kebutuhan terlambat sejak 25 November 2026: mohon segera diselesaikan.',
    );
    expect(notificationText('en', { ...overdue, kind: 'ESCALATE_TO_COORDINATOR' })).toBe(
      notificationText('en', overdue),
    );
    const low = {
      kind: 'ALERT_FACILITATOR',
      reason: 'LOW_ATTENDANCE',
      data: { moduleId: 'VOCATIONAL_TRAINING-1', attendanceRate: 62.5, thresholdPercent: 75 },
    };
    expect(notificationText('id', low)).toBe(
      'Kehadiran rendah pada modul VOCATIONAL_TRAINING-1: 62,5% sesi dihadiri (ambang 75%).',
    );
    expect(notificationText('en', low)).toBe(
      'Low attendance in module VOCATIONAL_TRAINING-1: 62.5% of the sessions attended (threshold 75%).',
    );
  });
});
