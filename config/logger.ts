import pino, { type Logger } from 'pino';

/**
 * Structured JSON logs. Personal data never goes in: log ids and codes only. `redact` is a
 * second line of defence for fields that must never appear even by mistake.
 */
export function createLogger(name: string, level = process.env.LOG_LEVEL ?? 'info'): Logger {
  return pino({
    name,
    level,
    base: { service: name },
    timestamp: pino.stdTimeFunctions.isoTime,
    redact: { paths: ['*.nik', '*.name', '*.phone', 'nik', 'phone', 'input.nik', 'input.name', 'variables.input.nik', 'variables.input.name'], censor: '[redacted]' },
  });
}

/**
 * Database errors quote the offending values (`Key (nik)=(3174...)`, `values ('...')`): strip them
 * before a message reaches a log, so a constraint error cannot leak a NIK or an income.
 */
export function sanitizeForLog(message: string): string {
  return message
    .replace(/values\s*\(.*$/is, 'values (...)')
    .replace(/=\([^)]*\)/g, '=(...)')
    .replace(/\b\d{16}\b/g, '[16 digits]');
}
