import type { Locale } from './locale';
import type { MessageKey } from './messages.en';
import { t } from './translate';

/**
 * The last number in class-validator's English message (its limit), e.g. "... shorter than or equal to 200
 * characters".
 */
const lastNumber = (message: string): string | null => message.match(/-?\d+(\.\d+)?/g)?.at(-1) ?? null;

function keyOf(constraint: string, message: string): { key: MessageKey; n?: string; values?: string } {
  const n = lastNumber(message) ?? '?';
  switch (constraint) {
    case 'isBoolean':
      return { key: 'validation.isBoolean' };
    case 'isIso8601':
    case 'isISO8601':
    case 'isDateString':
      return { key: 'validation.isIso8601' };
    case 'isIn':
      return { key: 'validation.isIn', values: message.split(': ').slice(1).join(': ') || '?' };
    case 'isString':
      return { key: 'validation.isString' };
    case 'isUuid':
      return { key: 'validation.isUuid' };
    case 'maxLength':
      return { key: 'validation.maxLength', n };
    case 'minLength':
      return { key: 'validation.minLength', n };
    case 'isLength':
      return { key: /shorter/.test(message) ? 'validation.maxLength' : 'validation.minLength', n };
    case 'max':
      return { key: 'validation.max', n };
    case 'min':
      return { key: 'validation.min', n };
    case 'arrayMaxSize':
      return { key: 'validation.arrayMaxSize', n };
    case 'matches':
      return /^nik\b/i.test(message) ? { key: 'validation.nik' } : { key: 'validation.format' };
    default:
      return { key: 'validation.invalid' };
  }
}

/**
 * One class-validator problem (constraint name and its English message) as a person reads it:
 * English keeps the message written beside the constraint; Indonesian is the catalogue sentence
 * for the constraint, with the limit taken from the English message.
 */
export function validationProblemText(
  locale: Locale,
  field: string,
  constraint: string,
  englishMessage: string,
): string {
  if (locale === 'en') return englishMessage;
  const { key, n, values } = keyOf(constraint, englishMessage);
  return t(locale, key, { field, ...(n !== undefined ? { n } : {}), ...(values !== undefined ? { values } : {}) });
}

/** The whole VALIDATION_FAILED message for the problems of several fields. */
export function invalidInputText(locale: Locale, fields: { field: string; problems: string[] }[]): string {
  const problems = fields
    .map((f) => t(locale, 'validation.problem', { field: f.field, problems: f.problems.join('; ') }))
    .join(', ');
  return t(locale, 'validation.invalidInput', { problems });
}
