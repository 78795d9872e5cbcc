import type { CombinedError } from '@urql/core';
import { applyFieldErrors, codeOf, graphQLErrors, messageOf } from './errors';
import { currentLanguage, translateReason } from './i18n';
import { notifyError } from './notify';

interface FormLike {
  setFieldError: (path: string, error: string) => void;
}

/**
 * Shows what a failed mutation means: BAD_USER_INPUT next to the form's fields,
 * CONFLICT/FORBIDDEN/NOT_FOUND and field-less input errors as a toast.
 * UNAUTHENTICATED, INTERNAL, UNAVAILABLE and network failures are handled by the client.
 */
export function showMutationError(
  error: CombinedError,
  form?: FormLike,
  fields: readonly string[] = [],
  fieldMap?: Readonly<Record<string, string>>,
): void {
  const options = { language: currentLanguage(), translateReason, fields, fieldMap };
  const rest = form
    ? applyFieldErrors(form, { graphQLErrors: error.graphQLErrors.filter((e) => codeOf(e) === 'BAD_USER_INPUT') }, options)
    : [];
  const shown = new Set<string>(rest);
  for (const message of rest) notifyError(message);
  for (const e of graphQLErrors(error)) {
    const code = codeOf(e);
    if (code === 'BAD_USER_INPUT' && form) continue;
    if (code === 'UNAUTHENTICATED' || code === 'INTERNAL' || code === 'UNAVAILABLE') continue;
    const message = messageOf(e, options);
    if (message && !shown.has(message)) {
      shown.add(message);
      notifyError(message);
    }
  }
}
