import pino, { type DestinationStream, type Logger } from 'pino';

/** Fields that hold personal data, wherever they sit in a logged object (up to three levels deep). */
const PERSONAL_FIELDS = ['nik', 'phone', 'nikMasked', 'phoneMasked', 'birthDate'];
const REDACT_PATHS = [
  'nik',
  'phone', // top level ("name" there is pino's logger name)
  ...PERSONAL_FIELDS.flatMap((f) => [`*.${f}`, `*.*.${f}`, `*.*.*.${f}`]),
  '*.name',
  '*.*.name',
  '*.*.*.name',
];

/**
 * Structured JSON logs. Personal data never goes in: log ids and codes only. `redact` is a
 * second line of defence for fields that must never appear even by mistake.
 */
export function createLogger(
  name: string,
  level = process.env.LOG_LEVEL ?? 'info',
  destination?: DestinationStream,
): Logger {
  return pino(
    {
      name,
      level,
      base: { service: name },
      timestamp: pino.stdTimeFunctions.isoTime,
      redact: { paths: REDACT_PATHS, censor: '[redacted]' },
    },
    destination,
  );
}

/**
 * Database errors quote the offending values (`Key (nik_hash)=(...)`, `values ('...')`): strip them
 * before a message reaches a log, so a constraint error cannot leak a NIK, a phone number or an
 * income; NIK-like and Indonesian phone-like digit runs and sealed values are masked anywhere.
 */
export function sanitizeForLog(message: string): string {
  return message
    .replace(/values\s*\(.*$/is, 'values (...)')
    .replace(/=\([^)]*\)/g, '=(...)')
    .replace(/enc:v1:[A-Za-z0-9_\-:]+/g, '[sealed]')
    .replace(/\b\d{16}\b/g, '[16 digits]')
    .replace(/(?:\+62|\b62|\b0)[ -]?[1-9](?:[ -]?\d){7,11}\b/g, '[phone]');
}
