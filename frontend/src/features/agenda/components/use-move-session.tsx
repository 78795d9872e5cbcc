import { Button, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import type { CombinedError } from '@urql/core';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { codeOf, graphQLErrors, messageOf } from '@/lib/errors';
import { currentLanguage, translateReason } from '@/lib/i18n';
import { notifyError, notifySuccess } from '@/lib/notify';
import { AgendaMoveSessionMutation } from '../api/move-session';
import { formatMoveTarget } from './amsterdam-time';
import type { MoveRequest } from './session-calendar';

/**
 * Codes the client's error exchange already handles (see handleCommonErrors in
 * lib/urql.ts): UNAUTHENTICATED goes to the login page, INTERNAL and UNAVAILABLE
 * get their own toast. Toasting them here too would show the same failure twice.
 */
const HANDLED_BY_CLIENT: ReadonlySet<string | undefined> = new Set(['UNAUTHENTICATED', 'INTERNAL', 'UNAVAILABLE']);

/** The refusals worth reading (CONFLICT, BAD_USER_INPUT, …); the client toasts the rest. */
function refusals(error: CombinedError): string[] {
  const options = { language: currentLanguage(), translateReason };
  const messages = graphQLErrors(error)
    .filter((e) => !HANDLED_BY_CLIENT.has(codeOf(e)))
    .map((e) => messageOf(e, options))
    .filter(Boolean);
  return [...new Set(messages)];
}

/**
 * Moves a dragged session. A refusal puts the event back and explains why in a
 * red toast; a success says where it went, with a button that moves it back.
 */
export function useMoveSession() {
  const { t, i18n } = useTranslation();
  const [, move] = useMutation(AgendaMoveSessionMutation);

  const showRefusal = (error: CombinedError) => {
    const messages = refusals(error);
    if (messages.length > 0) notifyError(messages.join(' '), t('agenda.moveFailed'));
  };

  const moveBack = async (id: string, startsAt: string, endsAt: string, notificationId: string) => {
    notifications.hide(notificationId);
    const result = await move({ input: { id, startsAt, endsAt } });
    if (result.error) {
      showRefusal(result.error);
      return;
    }
    notifySuccess(t('agenda.movedBack', { when: formatMoveTarget(startsAt, endsAt, i18n.language) }));
  };

  return async ({ session, startsAt, endsAt, revert }: MoveRequest) => {
    const result = await move({ input: { id: session.id, startsAt, endsAt } });
    if (result.error) {
      revert();
      showRefusal(result.error);
      return;
    }
    const moved = result.data?.moveSession.session;
    const when = formatMoveTarget(moved?.startsAt ?? startsAt, moved?.endsAt ?? endsAt, i18n.language);
    const notificationId = `moved-${session.id}-${Date.now()}`;
    notifications.show({
      id: notificationId,
      color: 'green',
      autoClose: 12000,
      closeButtonProps: { 'aria-label': t('common.close') },
      message: (
        <Stack gap={6} align="flex-start">
          <Text size="sm">{t('agenda.movedTo', { when })}</Text>
          <Button
            size="compact-sm"
            variant="light"
            onClick={() => void moveBack(session.id, session.startsAt, session.endsAt, notificationId)}
          >
            {t('agenda.undo')}
          </Button>
        </Stack>
      ),
    });
  };
}
