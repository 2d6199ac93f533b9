/** Indonesian and English for every text a person reads (pure; see README "Languages"). */
export { LOCALES, isLocale, localeOfTag, resolveLocale, type Locale } from './locale';
export { interpolate, placeholdersOf, type MessageParams } from './interpolate';
export { formatDate, formatNumber, formatPercent, formatRupiah, monthName } from './format';
export { ERROR_MESSAGES, LABELS, MESSAGES, errorText, label, t } from './translate';
export type { LabelCatalogue, LabelGroup } from './labels.types';
export type { MessageKey } from './messages.en';
export { notificationText, type StoredNotification } from './notification-text';
export { invalidInputText, validationProblemText } from './validation-text';
export { moduleTemplateName } from './module-name';
