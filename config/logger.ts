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
    redact: { paths: ['*.nik', '*.name', '*.phone', 'nik', 'name', 'phone', 'input.nik', 'input.name', 'variables.input.nik', 'variables.input.name'], censor: '[redacted]' },
  });
}
