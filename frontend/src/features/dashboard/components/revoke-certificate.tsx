import { Button } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { ConfirmDialog } from '@/components/confirm-dialog';
import { showMutationError } from '@/lib/mutation-errors';
import { notifySuccess } from '@/lib/notify';
import { RevokeCertificateMutation } from '../api/revoke-certificate';

/** Withdraws a certificate issued in error (the server allows the beheerder and the leergang's opleiders). */
export function RevokeCertificateButton({ id, label, onRevoked }: { id: string; label: string; onRevoked: () => void }) {
  const { t } = useTranslation();
  const [opened, setOpened] = useState(false);
  const [{ fetching }, revoke] = useMutation(RevokeCertificateMutation);
  const confirm = async () => {
    const result = await revoke({ input: { id } });
    if (result.error) {
      showMutationError(result.error);
      return;
    }
    setOpened(false);
    notifySuccess(t('dashboard.person.revoked'));
    onRevoked();
  };
  return (
    <>
      <Button variant="subtle" color="red" size="xs" onClick={() => setOpened(true)} aria-label={label}>
        {t('dashboard.person.revoke')}
      </Button>
      <ConfirmDialog
        opened={opened}
        title={label}
        message={t('dashboard.person.revokeConfirm')}
        confirmLabel={t('dashboard.person.revoke')}
        danger
        loading={fetching}
        onConfirm={() => void confirm()}
        onClose={() => setOpened(false)}
      />
    </>
  );
}
