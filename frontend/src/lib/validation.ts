import { i18n } from './i18n';

/** Deliberately loose: the server has the last word on e-mail addresses. */
const EMAIL_PATTERN = /^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$/;

export const MIN_PASSWORD_LENGTH = 10;

export function isValidEmail(value: string): boolean {
  return EMAIL_PATTERN.test(value.trim());
}

/** Form rules that read the active language at validation time. */
export const rules = {
  required: (value: unknown): string | null => {
    if (typeof value === 'string') return value.trim() ? null : i18n.t('validation.required');
    if (Array.isArray(value)) return value.length > 0 ? null : i18n.t('validation.required');
    return value === null || value === undefined ? i18n.t('validation.required') : null;
  },
  email: (value: string): string | null => {
    if (!value.trim()) return i18n.t('validation.emailRequired');
    return isValidEmail(value) ? null : i18n.t('validation.emailInvalid');
  },
  newPassword: (value: string): string | null =>
    value.length >= MIN_PASSWORD_LENGTH ? null : i18n.t('validation.passwordTooShort', { min: MIN_PASSWORD_LENGTH }),
};
