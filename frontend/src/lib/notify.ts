import { notifications } from '@mantine/notifications';
import { i18n } from './i18n';
import type { ServerErrorDetails } from './urql';

function closeLabel() {
  return { 'aria-label': i18n.t('common.close') };
}

/** A short green toast after a save ("Opgeslagen", "Uitnodiging verstuurd"). */
export function notifySuccess(message: string): void {
  notifications.show({ message, color: 'green', autoClose: 4000, closeButtonProps: closeLabel() });
}

/** A red toast for a refusal the person should read (CONFLICT, FORBIDDEN, …). */
export function notifyError(message: string, title?: string): void {
  notifications.show({ title, message, color: 'red', autoClose: 8000, closeButtonProps: closeLabel() });
}

/** The toast for INTERNAL and UNAVAILABLE errors and an unreachable server. */
export function notifyServerError(details: ServerErrorDetails): void {
  if (details.retryable) {
    // One toast however many requests failed while the database restarted.
    notifications.show({
      id: 'unavailable',
      message: i18n.t('errors.unavailable'),
      color: 'orange',
      autoClose: 8000,
      closeButtonProps: closeLabel(),
    });
    return;
  }
  const message = details.network
    ? i18n.t('errors.network')
    : details.requestId
      ? i18n.t('errors.requestId', { id: details.requestId })
      : i18n.t('errors.somethingWrong');
  notifications.show({
    id: details.network ? 'network-error' : `server-error-${details.requestId ?? ''}`,
    title: i18n.t('errors.somethingWrong'),
    message,
    color: 'red',
    autoClose: 10000,
    closeButtonProps: closeLabel(),
  });
}
