/**
 * English texts besides error codes and labels: HTTP-level refusals, validation problems and
 * notification texts. `{name}` placeholders are filled by interpolate(). The Indonesian catalogue
 * (messages.id.ts) must have exactly these keys and placeholders: the compiler checks the keys,
 * test/unit/i18n-catalogue-parity.test.ts the placeholders.
 */
export const MESSAGES_EN = {
  'http.bodyTooLarge': 'Request body larger than {limit} bytes',
  'http.invalidJson': 'Body is not valid JSON',
  'http.internal': 'Internal error',
  'http.notFound': 'Not found',
  'bulk.alreadyEnrolledElsewhere':
    'A beneficiary with this NIK is already enrolled (journey {journeyId}); this row changed nothing',
  'bulk.alreadyEnrolledByKey': 'Enrolled by an earlier post of this file with the same idempotencyKey',
  'bulk.listedTwice': 'This journey is already listed in this call; each participant once',
  'group.notListed': 'A member on the day whose journey holds the session, left out of the list: nothing recorded',
  'bulk.rowFieldCount': 'The row has {fields} fields; the header has {header}',
  'bulk.nikRepeated': 'This NIK is also on row {row} of this file; only that row is enrolled',
  'validation.invalidInput': 'Input is invalid: {problems}',
  'validation.problem': '{field} ({problems})',
  'validation.isBoolean': '{field} must be true or false',
  'validation.isIso8601': '{field} must be an ISO-8601 date or date-time',
  'validation.isIn': '{field} must be one of: {values}',
  'validation.isString': '{field} must be text',
  'validation.isUuid': '{field} must be a UUID',
  'validation.minLength': '{field} must be at least {n} characters long',
  'validation.maxLength': '{field} must be at most {n} characters long',
  'validation.max': '{field} must not be greater than {n}',
  'validation.min': '{field} must not be less than {n}',
  'validation.arrayMaxSize': '{field} must not have more than {n} items',
  'validation.format': '{field} does not have the expected format',
  'validation.nik': 'NIK must be exactly 16 digits',
  'validation.invalid': '{field} is not valid',
  'notification.overdue': '{deadline} is overdue since {dueAt}: please follow up with the facilitator.',
  'notification.overdueFacilitator': '{deadline} is overdue since {dueAt}: please complete it.',
  'notification.lowAttendance':
    'Low attendance in module {module}: {rate} of the sessions attended (threshold {threshold}).',
  'notification.other': 'Journey notification: {reason}',
  'notification.complaintOverdue': 'A complaint was not answered by {dueAt}: it is now with the programme manager.',
  'notification.majorConflict':
    'A major conflict was recorded in region {region}: it could stop the programme if not resolved quickly.',
  'notification.groupMeetingOverdueFacilitator':
    'A group you facilitate has not met since {since}: please hold its next meeting.',
  'notification.groupMeetingOverdue': 'A group has not met since {since}: please follow up with its facilitator.',
} as const;

export type MessageKey = keyof typeof MESSAGES_EN;
export type MessageCatalogue = { readonly [K in MessageKey]: string };
