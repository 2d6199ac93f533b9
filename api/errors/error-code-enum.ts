import { ERROR_CODES, type ErrorCode } from '../../domain/errors/error-codes';
import { codeEnum } from '../shared/code-enum';

/**
 * The error catalogue as a GraphQL enum, for results that report a failure per item (bulk enrolment rows,
 * attendance entries) instead of a GraphQL error. Built from the catalogue, each code described by its message.
 */
export const ErrorCodeEnum = codeEnum(
  'ErrorCode',
  Object.keys(ERROR_CODES) as ErrorCode[],
  'A code of the one error catalogue (domain/errors/error-codes.ts; docs/api.md, Error codes): the same codes ' +
    'as extensions.code of a GraphQL error.',
  ERROR_CODES,
);
